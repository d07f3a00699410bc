// maharat-pack: build, inspect and check .skillpack files. The interface is fixed (docs and
// tests rely on it): exit 0 success, 1 the input is bad, 2 usage.
#include "packbuilder.h"
#include "packlint.h"
#include "packreader.h"
#include "packstats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace maharat;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage(const QString &problem = {})
{
    if (!problem.isEmpty())
        err() << "maharat-pack: " << problem << '\n';
    err() << "usage:\n"
             "  maharat-pack build SRC_DIR -o OUT.skillpack [--audio-cache DIR] [--no-synth]\n"
             "  maharat-pack info PACK [--json]\n"
             "  maharat-pack verify PACK\n"
             "  maharat-pack lint SRC_DIR\n";
    err().flush();
    return 2;
}

int build(QStringList args)
{
    QString src, output, cache;
    bool synth = true;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if ((a == u"-o" || a == u"--output") && !args.isEmpty())
            output = args.takeFirst();
        else if (a == u"--audio-cache" && !args.isEmpty())
            cache = args.takeFirst();
        else if (a == u"--no-synth")
            synth = false;
        else if (!a.startsWith(u'-') && src.isEmpty())
            src = a;
        else
            return usage(u"unexpected argument "_s + a);
    }
    if (src.isEmpty() || output.isEmpty())
        return usage(u"build needs SRC_DIR and -o OUT.skillpack"_s);
    if (!QFileInfo(src).isDir())
        return usage(u"no such folder: "_s + src);
    if (cache.isEmpty())
        cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/tts"_s;
    const BuildResult r = buildPack(src, output, {cache, synth});
    for (const SourceError &e : r.errors)
        err() << QDir(src).filePath(e.file) << ':' << e.line << ": " << e.message << '\n';
    if (!r.failure.isEmpty())
        err() << "maharat-pack: " << r.failure << '\n';
    if (!r.ok())
        return 1;
    out() << "wrote " << output << '\n';
    return 0;
}

int info(QStringList args)
{
    const bool json = args.removeAll(u"--json"_s) > 0;
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usage(u"info needs exactly one PACK"_s);
    if (!QFileInfo::exists(args.first()))
        return usage(u"no such file: "_s + args.first());
    LoadedPack pack;
    if (const PackError e = readPack(args.first(), pack, {.digest = true})) {
        err() << args.first() << ": " << e.message() << '\n';
        return 1;
    }
    const QJsonObject o = packInfoJson(pack.content, pack.digest, pack.mediaBytes);
    if (json) {
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    const Manifest &m = pack.content.manifest;
    out() << "id:        " << m.id << "\nversion:   " << m.version << "\npublisher: " << m.publisher
          << "\ncreated:   " << m.created << "\nlicense:   " << m.license
          << "\nlanguages: " << m.languages.join(u' ') << "\ndigest:    " << pack.digest
          << "\nmedia:     " << pack.content.media.size() << " clips, " << pack.mediaBytes << " bytes\n";
    for (const QString &lang : m.languages)
        out() << "title." << lang << ":  " << m.title.value(lang) << '\n';
    const auto counts = countByLanguage(pack.content);
    out() << "lang  topics  examples  clips  questions\n";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out() << qSetFieldWidth(4) << Qt::left << it.key() << qSetFieldWidth(0) << "  " << qSetFieldWidth(6)
              << Qt::right << it->topics << qSetFieldWidth(10) << it->examples << qSetFieldWidth(7) << it->clips
              << qSetFieldWidth(11) << it->questions << qSetFieldWidth(0) << '\n';
    for (const QString &c : m.credits)
        out() << "credit: " << c << '\n';
    return 0;
}

int verify(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usage(u"verify needs exactly one PACK"_s);
    if (!QFileInfo::exists(args.first()))
        return usage(u"no such file: "_s + args.first());
    LoadedPack pack;
    if (const PackError e = readPack(args.first(), pack, {.digest = true})) {
        out() << e.message() << '\n';
        return 1;
    }
    out() << "OK\n";
    return 0;
}

int lint(const QStringList &args)
{
    if (args.size() != 1 || !QFileInfo(args.first()).isDir())
        return usage(u"lint needs one existing SRC_DIR"_s);
    const QList<SourceError> problems = lintSource(args.first());
    for (const SourceError &e : problems)
        out() << QDir(args.first()).filePath(e.file) << ':' << e.line << ": " << e.message << '\n';
    if (!problems.isEmpty()) {
        out() << problems.size() << " problem(s)\n";
        return 1;
    }
    out() << "lint: no problems\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"maharat"_s);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    int rc = 2;
    if (command == u"build")
        rc = build(args);
    else if (command == u"info")
        rc = info(args);
    else if (command == u"verify")
        rc = verify(args);
    else if (command == u"lint")
        rc = lint(args);
    else if (command == u"--help" || command == u"-h" || command == u"help")
        rc = usage();
    else
        rc = usage(u"unknown command "_s + command);
    out().flush();
    err().flush();
    return rc;
}
