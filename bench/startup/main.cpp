// Start-up must not grow with what is installed: first-frame time of the real app (offscreen,
// software rendering) with no user packs, and with ten ~10 MB packs installed, as a ratio; goal
// <= 1.2. The packs open off the UI thread, so the benchmark also times the first frame that
// shows every pack, with the validation cache and with it thrown away before every launch
// (what every launch cost before packs were validated once at import).
//
// maharat-bench-startup [--runs N]   (needs the built app and its bundled packs)
#include "benchutil.h"
#include "packreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using bench::median;

namespace {

QTextStream out(stdout);

// A copy of the biggest bundled pack under another id (unsigned: its signature would no
// longer match), so ten of them are ten distinct ~10 MB packs with real clips.
bool makeCopy(const QString &from, const QString &to, int n)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return false;
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(to).constData(), &db) != SQLITE_OK)
        return false;
    const QByteArray sql = "UPDATE manifest SET value = 'org.maharat.bench" + QByteArray::number(n)
                           + "' WHERE key = 'id'; DELETE FROM signature;";
    // v1 packs have no signature table; the first statement is what matters.
    sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    const bool ok = sqlite3_changes(db) >= 0;
    sqlite3_close(db);
    return ok;
}

// Milliseconds from launch until the app says it has drawn its first frame (or, with
// --exit-when-loaded, the first frame with every pack open): the line it prints then.
double frameMs(const QString &app, const QString &dataDir, const QString &flag)
{
    return bench::runChild(app, {u"--data-dir"_s, dataDir, flag}).ms;
}

double firstFrameMs(const QString &app, const QString &dataDir)
{
    return frameMs(app, dataDir, u"--exit-after-first-frame"_s);
}

double allPacksMs(const QString &app, const QString &dataDir)
{
    return frameMs(app, dataDir, u"--exit-when-loaded"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    const QStringList args = core.arguments();
    const int runs = std::max(1, args.contains(u"--runs"_s) ? args.value(args.indexOf(u"--runs"_s) + 1).toInt() : 7);
    const QString app = QStringLiteral(MAHARAT_EXE);
    const QString bundled = QStringLiteral(MAHARAT_BENCH_PACKS_DIR);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");

    QString biggest;
    qint64 biggestSize = 0;
    for (const QFileInfo &fi : QDir(bundled).entryInfoList({u"*.skillpack"_s}, QDir::Files))
        if (fi.size() > biggestSize)
            biggest = fi.filePath(), biggestSize = fi.size();
    if (biggest.isEmpty()) {
        out << "no bundled packs in " << bundled << " (build the packs target)\n";
        return 2;
    }
    QTemporaryDir work;
    const QString empty = work.filePath(u"empty"_s), ten = work.filePath(u"ten"_s);
    QStringList files;
    for (int i = 0; i < 10; ++i) {
        const QString f = work.filePath(u"bench%1.skillpack"_s.arg(i));
        if (!makeCopy(biggest, f, i))
            return 2;
        files.append(f);
    }
    // Installed through the real import (full validation once, recorded in library.db).
    QProcess import;
    import.setProcessChannelMode(QProcess::ForwardedChannels);
    import.start(app, QStringList{u"--data-dir"_s, ten, u"--import"_s, u"--allow-unsigned"_s} + files);
    if (!import.waitForFinished(600000) || import.exitCode() != 0)
        return 2;
    qint64 installed = 0;
    for (const QFileInfo &fi : QDir(ten + u"/packs"_s).entryInfoList({u"*.skillpack"_s}, QDir::Files))
        installed += fi.size();

    // Warm-up: the first launch of each data folder validates the bundled packs once.
    allPacksMs(app, empty);
    allPacksMs(app, ten);
    QList<double> base, withTen, baseAll, tenAll, uncached;
    for (int r = 0; r < runs; ++r) {
        base.append(firstFrameMs(app, empty));
        withTen.append(firstFrameMs(app, ten));
        baseAll.append(allPacksMs(app, empty));
        tenAll.append(allPacksMs(app, ten));
        QFile::remove(ten + u"/library.db"_s);
        QFile::remove(ten + u"/library.db-wal"_s);
        QFile::remove(ten + u"/library.db-shm"_s);
        uncached.append(allPacksMs(app, ten)); // records them again, so the next run is cached
    }
    for (const QList<double> *v : {&base, &withTen, &baseAll, &tenAll, &uncached})
        if (std::any_of(v->cbegin(), v->cend(), [](double x) { return x < 0; }))
            return 2;
    const double b = median(base), t = median(withTen), ba = median(baseAll), ta = median(tenAll),
                 u = median(uncached);
    const auto ms = [](double v) -> QString { return QString::number(v, 'f', 0).rightJustified(5) + u" ms"_s; };
    const auto ratio = [](double v) -> QString { return u"   ratio "_s + QString::number(v, 'f', 2); };
    out << "median of " << runs << " launches (offscreen, software rendering); ten installed packs: "
        << QString::number(double(installed) / 1e6, 'f', 0) << " MB\n";
    out << "first frame\n";
    out << "  bundled packs only:                      " << ms(b) << "\n";
    out << "  + 10 installed packs:                    " << ms(t) << ratio(t / b) << " (goal <= 1.20)\n";
    out << "first frame with every pack open\n";
    out << "  bundled packs only:                      " << ms(ba) << "\n";
    out << "  + 10 installed packs:                    " << ms(ta) << ratio(ta / ba) << "\n";
    out << "  + 10 packs, full validation each launch: " << ms(u) << ratio(u / ba) << "\n";
    out << "{\"baseMs\":" << b << ",\"tenPacksMs\":" << t << ",\"ratio\":" << t / b << ",\"baseAllMs\":" << ba
        << ",\"tenAllMs\":" << ta << ",\"allRatio\":" << ta / ba << ",\"uncachedAllMs\":" << u
        << ",\"uncachedRatio\":" << u / ba << "}\n";
    return t / b <= 1.2 ? 0 : 1;
}
