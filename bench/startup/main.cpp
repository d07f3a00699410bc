// Start-up must not grow with what is installed: first-frame time of the real app (offscreen,
// software rendering) with no user packs, and with ten ~10 MB packs installed, as a ratio; goal
// <= 1.2. Also the same ten packs with the validation cache thrown away before every launch,
// which is what every launch cost before packs were validated once at import.
//
// maharat-bench-startup [--runs N]   (needs the built app and its bundled packs)
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

// Milliseconds from launch until the app has drawn its first frame and exited.
double firstFrameMs(const QString &app, const QString &dataDir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(app, {u"--data-dir"_s, dataDir, u"--exit-after-first-frame"_s});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
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
    firstFrameMs(app, empty);
    firstFrameMs(app, ten);
    QList<double> base, withTen, uncached;
    for (int r = 0; r < runs; ++r) {
        base.append(firstFrameMs(app, empty));
        withTen.append(firstFrameMs(app, ten));
        QFile::remove(ten + u"/library.db"_s);
        QFile::remove(ten + u"/library.db-wal"_s);
        QFile::remove(ten + u"/library.db-shm"_s);
        uncached.append(firstFrameMs(app, ten));
        firstFrameMs(app, ten); // re-records, so the next cached run is cached again
    }
    if (std::any_of(base.cbegin(), base.cend(), [](double v) { return v < 0; })
        || std::any_of(withTen.cbegin(), withTen.cend(), [](double v) { return v < 0; }))
        return 2;
    const double b = median(base), t = median(withTen), u = median(uncached);
    out << "first frame, median of " << runs << " launches (offscreen, software rendering)\n";
    out << "  bundled packs only:                 " << QString::number(b, 'f', 0) << " ms\n";
    out << "  + 10 installed packs (" << QString::number(double(installed) / 1e6, 'f', 0)
        << " MB):       " << QString::number(t, 'f', 0) << " ms   ratio " << QString::number(t / b, 'f', 2)
        << " (goal <= 1.20)\n";
    out << "  + 10 packs, full validation each launch: " << QString::number(u, 'f', 0) << " ms   ratio "
        << QString::number(u / b, 'f', 2) << "\n";
    out << "{\"baseMs\":" << b << ",\"tenPacksMs\":" << t << ",\"ratio\":" << t / b << ",\"uncachedMs\":" << u
        << ",\"uncachedRatio\":" << u / b << "}\n";
    return t / b <= 1.2 ? 0 : 1;
}
