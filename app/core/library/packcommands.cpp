#include "packcommands.h"

#include "packinstaller.h"
#include "builtinkey.h"
#include "trustpolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace maharat::packcommands {

int importFiles(const QString &dataDir, const QList<Library::Folder> &folders, const ImportOptions &options,
                QTextStream &out, QTextStream &err)
{
    InstallPolicy policy;
    policy.allowUnsigned = options.allowUnsigned;
    for (const QString &keyFile : options.trustKeyFiles) {
        QFile f(keyFile);
        const minisign::PublicKey key =
            f.size() < 4096 && f.open(QIODevice::ReadOnly) ? minisign::PublicKey::fromText(f.readAll()) : minisign::PublicKey{};
        if (!key.isValid()) {
            //: Command line; %1 a file name
            err << QCoreApplication::translate("PackCommands", "%1: not a minisign public key file").arg(keyFile) << '\n';
            return 2;
        }
        policy.acceptKeys.append(key);
    }
    PackInstaller::cleanStaging(QFileInfo(dataDir + u"/packs"_s).absoluteFilePath());
    PackInstaller installer(dataDir, builtinPublisherKey());
    Library library = installer.load(folders);
    int refused = 0;
    for (const QString &file : options.files) {
        LoadedPack pack;
        const ImportError e = installer.install(QFileInfo(file).absoluteFilePath(), library, policy, &pack);
        if (e && e.code() != ImportError::AlreadyInstalled) {
            ++refused;
            err << file << ": " << e.message() << '\n';
            continue;
        }
        if (e) {
            out << file << ": " << e.message() << '\n';
            continue;
        }
        //: Command line; %1 file, %2 pack id, %3 version
        out << QCoreApplication::translate("PackCommands", "%1: installed %2 version %3")
                   .arg(file, pack.content.manifest.id, QString::number(pack.content.manifest.version))
            << '\n';
        library = installer.load(folders);
    }
    return refused ? 1 : 0;
}

int listPacks(const QString &dataDir, const QList<Library::Folder> &folders, bool json, QTextStream &out)
{
    PackInstaller installer(dataDir, builtinPublisherKey());
    const Library library = installer.load(folders);
    const minisign::PublicKey builtin = builtinPublisherKey();
    QJsonArray rows;
    for (const LoadedPack &p : library.packs()) {
        const Manifest &m = p.content.manifest;
        const QString signer = !p.signer.isSigned()                  ? u"unsigned"_s
                               : sameKey(p.signer.key, builtin) ? u"built-in"_s
                                                                : p.signer.key.fingerprint();
        const Library::Origin origin = library.origin(m.id);
        const QString title = m.title.value(u"en"_s, m.title.value(m.languages.value(0)));
        if (json) {
            rows.append(QJsonObject{{u"id"_s, m.id},
                                    {u"version"_s, m.version},
                                    {u"title"_s, title},
                                    {u"signer"_s, signer},
                                    {u"keyId"_s, p.signer.isSigned() ? p.signer.key.keyIdHex() : QString()},
                                    {u"state"_s, u"installed"_s},
                                    {u"builtin"_s, origin.bundled},
                                    {u"path"_s, p.path}});
        } else {
            out << m.id << '\t' << m.version << '\t' << title << '\t' << signer << '\t' << "installed" << '\n';
        }
    }
    for (const Library::Failure &f : library.failures()) {
        if (json)
            rows.append(QJsonObject{{u"path"_s, f.path}, {u"state"_s, u"refused"_s}, {u"error"_s, f.error.message()},
                                    {u"code"_s, f.error.codeName()}});
        else
            out << f.path << '\t' << "refused" << '\t' << f.error.message() << '\n';
    }
    if (json)
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace maharat::packcommands
