#include "libraryloader.h"

#include "librarydb.h"
#include "logging.h"
#include "packrecords.h"
#include "trustpolicy.h"
#include "truststore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace maharat {

Library LibraryLoader::load(const QList<Library::Folder> &folders)
{
    Library library;
    library.load(folders, [this](const QString &path, LoadedPack &out, Library::Origin &origin) {
        return open(path, out, origin);
    });
    return library;
}

ImportError LibraryLoader::open(const QString &file, LoadedPack &out, Library::Origin &origin)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    PackRecords records(m_db);
    const FileStamp stamp = FileStamp::of(path);
    const std::optional<PackRecord> record = m_db.isOpen() ? records.find(path) : std::nullopt;
    if (record && stamp.isValid() && record->stamp == stamp) {
        ReadOptions cheap;
        cheap.check = ReadOptions::Check::Structure;
        LoadedPack pack;
        if (const PackError e = readPack(path, pack, cheap)) {
            records.forget(path);
            return e;
        }
        if (pack.content.manifest.id == record->packId && pack.content.manifest.version == record->version) {
            pack.digest = record->digest;
            pack.signer = {};
            if (!record->signerKey.isEmpty()) {
                pack.signer.key = minisign::PublicKey::fromText(record->signerKey.toLatin1());
                pack.signer.state = pack.signer.key.isValid() ? PackSigner::State::Valid : PackSigner::State::Unsigned;
            }
            origin.installedAt = record->installedAt;
            out = std::move(pack);
            return {};
        }
        // Same stamp, other content: the stamp lied (e.g. a copy with a restored mtime).
    }

    ++m_fullChecks;
    ReadOptions full;
    full.digest = true;
    LoadedPack pack;
    if (const PackError e = readPack(path, pack, full)) {
        if (record)
            records.forget(path);
        return e;
    }
    if (!origin.bundled && m_db.isOpen()) {
        // A file in the user's folder that was not installed (or was changed) by this app: it
        // must still satisfy the pin of its id. A new id's key is pinned now, as the file was
        // placed here deliberately (an import killed after its rename, or IT staff provisioning).
        TrustStore trust(m_db);
        const QString id = pack.content.manifest.id;
        const minisign::PublicKey pinned = trust.pinnedKey(id);
        const TrustVerdict verdict = judgeTrust(pack, pinned, nullptr, m_builtin, false);
        if (verdict.kind == TrustVerdict::Refused)
            return verdict.error;
        if (verdict.kind == TrustVerdict::AskUnknownKey)
            trust.pin(id, pack.signer.key, pack.content.manifest.publisher);
    }
    PackRecord r;
    r.path = path;
    r.stamp = stamp;
    r.digest = pack.digest;
    r.packId = pack.content.manifest.id;
    r.version = pack.content.manifest.version;
    r.signerKey = pack.signer.isSigned() ? pack.signer.key.toBase64() : QString();
    r.validatedAt = QDateTime::currentDateTimeUtc();
    r.installedAt = record && record->packId == r.packId ? record->installedAt : QDateTime::currentDateTimeUtc();
    if (stamp.isValid() && m_db.isOpen())
        records.store(r);
    qCDebug(lcLibrary) << "validated in full:" << path;
    origin.installedAt = r.installedAt;
    out = std::move(pack);
    return {};
}

} // namespace maharat
