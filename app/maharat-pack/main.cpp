// maharat-pack: build, inspect and check .skillpack files. The interface is fixed (docs and
// tests rely on it): exit 0 success, 1 the input is bad, 2 usage.
#include "catalogcommand.h"
#include "cli.h"
#include "packbuilder.h"
#include "packlint.h"
#include "packreader.h"
#include "packstats.h"
#include "languages.h"
#include "searchindex.h"
#include "signcommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace maharat;
using namespace maharat::cli;

namespace maharat::cli {

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

int usage(const QString &problem)
{
    if (!problem.isEmpty())
        err() << "maharat-pack: " << problem << '\n';
    err() << "usage:\n"
             "  maharat-pack build SRC_DIR -o OUT.skillpack [--audio-cache DIR] [--no-synth]\n"
             "  maharat-pack info PACK [--json]\n"
             "  maharat-pack verify PACK [--key BASE.pub]\n"
             "  maharat-pack lint SRC_DIR\n"
             "  maharat-pack search PACK... --query TEXT [--lang fa|ar|en] [--limit N] [--json]\n"
             "  maharat-pack keygen -o BASE [--comment TEXT] [--no-passphrase] [--force]\n"
             "  maharat-pack sign PACK -k BASE.key\n"
             "  maharat-pack statement PACK\n"
             "  maharat-pack signature PACK\n"
             "  maharat-pack catalog PACK... -k BASE.key -o DIR [--expires-days N] [--sequence N]\n"
             "                       [--publisher NAME] [--base-url URL]\n"
             "The passphrase of a key is read from the terminal, or from MAHARAT_PASSPHRASE.\n";
    err().flush();
    return 2;
}

} // namespace maharat::cli

namespace {

QJsonObject signerJson(const PackSigner &signer)
{
    if (!signer.isSigned())
        return {{u"state"_s, u"unsigned"_s}};
    return {{u"state"_s, u"signed"_s},
            {u"key_id"_s, signer.key.keyIdHex()},
            {u"fingerprint"_s, signer.key.fingerprint()},
            {u"public_key"_s, signer.key.toBase64()}};
}

QString signerLine(const PackSigner &signer)
{
    if (!signer.isSigned())
        return u"unsigned"_s;
    return signer.key.keyIdHex() + u"  fingerprint "_s + signer.key.fingerprint();
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
    QJsonObject o = packInfoJson(pack.content, pack.digest, pack.mediaBytes);
    o.insert(u"format"_s, pack.formatVersion);
    o.insert(u"signer"_s, signerJson(pack.signer));
    if (json) {
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    const Manifest &m = pack.content.manifest;
    out() << "id:        " << m.id << "\nversion:   " << m.version << "\npublisher: " << m.publisher
          << "\ncreated:   " << m.created << "\nlicense:   " << m.license
          << "\nlanguages: " << m.languages.join(u' ') << "\nformat:    " << pack.formatVersion
          << "\nsigner:    " << signerLine(pack.signer) << "\ndigest:    " << pack.digest
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

int verify(QStringList args)
{
    QString path, keyPath;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == u"--key" && !args.isEmpty())
            keyPath = args.takeFirst();
        else if (!a.startsWith(u'-') && path.isEmpty())
            path = a;
        else
            return usage(u"unexpected argument "_s + a);
    }
    if (path.isEmpty())
        return usage(u"verify needs exactly one PACK"_s);
    if (!QFileInfo::exists(path))
        return usage(u"no such file: "_s + path);
    minisign::PublicKey required;
    if (!keyPath.isEmpty()) {
        QFile f(keyPath);
        if (f.open(QIODevice::ReadOnly))
            required = minisign::PublicKey::fromText(f.read(4096));
        if (!required.isValid())
            return usage(keyPath + u" is not a minisign public key"_s);
    }
    LoadedPack pack;
    if (const PackError e = readPack(path, pack, {.digest = true})) {
        out() << e.message() << '\n';
        return 1;
    }
    if (required.isValid() && (!pack.signer.isSigned() || !pack.signer.key.sameKey(required))) {
        const QString actual = pack.signer.isSigned() ? pack.signer.key.fingerprint() : u"(none: unsigned)"_s;
        out() << PackError(PackError::UnexpectedSigner, {actual, required.fingerprint()}).message() << '\n';
        return 1;
    }
    out() << "OK\n";
    if (pack.signer.isSigned())
        out() << "signer: " << signerLine(pack.signer) << '\n';
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
        out() << problems.size() << (problems.size() == 1 ? " problem\n" : " problems\n");
        return 1;
    }
    out() << "lint: no problems\n";
    return 0;
}

// The app's own search (in-memory index over the packs as the safe reader returns them), so
// authors can check what a query finds before shipping a pack.
int searchPacks(QStringList args)
{
    QStringList packs;
    QString query;
    QString lang = u"en"_s;
    int limit = 10;
    bool json = false;
    bool haveQuery = false;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == u"--query" && !args.isEmpty()) {
            query = args.takeFirst();
            haveQuery = true;
        } else if (a == u"--lang" && !args.isEmpty()) {
            lang = args.takeFirst();
        } else if (a == u"--limit" && !args.isEmpty()) {
            bool ok = false;
            limit = args.takeFirst().toInt(&ok);
            if (!ok || limit < 1 || limit > 200)
                return usage(u"--limit needs a number from 1 to 200"_s);
        } else if (a == u"--json") {
            json = true;
        } else if (!a.startsWith(u'-')) {
            packs.append(a);
        } else {
            return usage(u"unexpected argument "_s + a);
        }
    }
    if (packs.isEmpty() || !haveQuery || query.trimmed().isEmpty())
        return usage(u"search needs at least one PACK and --query TEXT"_s);
    if (!isSupportedLanguage(lang))
        return usage(u"--lang must be fa, ar or en"_s);

    QList<LoadedPack> loaded;
    for (const QString &path : std::as_const(packs)) {
        LoadedPack pack;
        if (const PackError e = readPack(path, pack)) {
            err() << path << ": " << e.message() << '\n';
            return 1;
        }
        loaded.append(std::move(pack));
    }
    search::SearchIndex index;
    if (!index.open(u":memory:"_s) || !index.sync(loaded).ok) {
        err() << "maharat-pack: search index: " << index.errorString() << '\n';
        return 1;
    }
    const search::SearchResult r = index.search(query, lang, limit);
    if (json) {
        QJsonArray hits;
        for (const search::SearchHit &h : r.hits) {
            hits.append(QJsonObject{{u"rank"_s, hits.size() + 1},
                                    {u"pack"_s, h.packId},
                                    {u"topic"_s, h.skillId},
                                    {u"title"_s, h.title},
                                    {u"language"_s, h.language},
                                    {u"matched_language"_s, h.matchedLanguage},
                                    {u"match"_s, search::matchKindName(h.kind)},
                                    {u"score"_s, h.score},
                                    {u"snippet"_s, h.snippet}});
        }
        const QJsonObject o{{u"query"_s, query},
                            {u"lang"_s, lang},
                            {u"corrected_query"_s, r.correctedQuery},
                            {u"suggestion"_s, r.suggestion},
                            {u"hits"_s, hits}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (!r.correctedQuery.isEmpty())
        out() << "showing results for: " << r.correctedQuery << '\n';
    if (!r.suggestion.isEmpty())
        out() << "did you mean: " << r.suggestion << '\n';
    if (r.hits.isEmpty())
        out() << "no results\n";
    int rank = 0;
    for (const search::SearchHit &h : r.hits) {
        out() << ++rank << ". " << h.ref() << "  score " << QString::number(h.score, 'f', 2) << "  matched "
              << h.matchedLanguage << " (" << search::matchKindName(h.kind) << ")\n"
              << "   " << h.title << '\n'
              << "   " << h.snippet << '\n';
    }
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
    else if (command == u"keygen")
        rc = keygen(args);
    else if (command == u"sign")
        rc = signPackCommand(args);
    else if (command == u"statement")
        rc = statement(args);
    else if (command == u"signature")
        rc = signature(args);
    else if (command == u"lint")
        rc = lint(args);
    else if (command == u"search")
        rc = searchPacks(args);
    else if (command == u"catalog")
        rc = catalogCommand(args);
    else if (command == u"--help" || command == u"-h" || command == u"help")
        rc = usage();
    else
        rc = usage(u"unknown command "_s + command);
    out().flush();
    err().flush();
    return rc;
}
