#include "packinstaller.h"

#include "durablefile.h"
#include "librarydb.h"
#include "libraryloader.h"
#include "logging.h"
#include "packrecords.h"
#include "packvalidator.h"
#include "trustpolicy.h"
#include "truststore.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

const auto StagingPrefix = u".import-"_s;
const auto StagingSuffix = u".part"_s;
// Room left on the disk after an import, so the progress database can still grow.
constexpr qint64 SpareBytes = 4 * 1024 * 1024;

ImportError fromDurable(const durable::Result &r)
{
    if (r.status == durable::Status::NoSpace)
        return {ImportError::NoSpace};
    return {ImportError::Unwritable, {r.detail}};
}

} // namespace

PackInstaller::PackInstaller(const QString &dataDir, minisign::PublicKey builtin)
    : m_packsDir(QDir::cleanPath(QDir(dataDir).absoluteFilePath(u"packs"_s))), m_builtin(std::move(builtin)),
      m_db(std::make_unique<LibraryDb>())
{
    if (!m_db->open(QDir(dataDir).filePath(LibraryDb::fileName())))
        qCWarning(lcLibrary) << "library.db:" << m_db->error();
}

PackInstaller::~PackInstaller() = default;

void PackInstaller::cleanStaging(const QString &packsDir)
{
    QDir dir(packsDir);
    const QStringList leftovers =
        dir.entryList({StagingPrefix + u'*' + StagingSuffix}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &f : leftovers) {
        qCInfo(lcLibrary) << "removing an interrupted import:" << f;
        dir.remove(f);
    }
}

PackInstaller::Prepared PackInstaller::prepare(const QString &file, const Library &installed, const Progress &progress)
{
    Prepared p;
    const QFileInfo source(file);
    if (!source.exists())
        return p.error = PackError{PackError::FileMissing, {file}}, p;
    if (!source.isFile())
        return p.error = PackError{PackError::NotAPack}, p;
    if (source.size() > packlimits::FileBytes)
        return p.error = PackError{PackError::FileTooLarge, {QString::number(source.size() / (1024 * 1024)),
                                                             QString::number(packlimits::FileBytes / (1024 * 1024))}},
               p;
    if (!QDir().mkpath(m_packsDir))
        return p.error = {ImportError::Unwritable, {m_packsDir}}, p;
    const QStorageInfo volume(m_packsDir);
    if (volume.isValid() && volume.bytesAvailable() < source.size() + SpareBytes)
        return p.error = {ImportError::NoSpace}, p;

    const QString staging = QDir(m_packsDir).filePath(
        StagingPrefix + QString::number(QRandomGenerator::system()->generate64(), 36) + StagingSuffix);
    const qint64 total = source.size();
    if (progress)
        progress(Stage::Copying, 0, total);
    const durable::Result copied =
        durable::copyNew(file, staging, [&](qint64 done) { if (progress) progress(Stage::Copying, done, total); });
    if (!copied) {
        if (copied.status == durable::Status::SourceFailed)
            return p.error = PackError{PackError::FileUnreadable, {file}}, p;
        return p.error = fromDurable(copied), p;
    }

    if (progress)
        progress(Stage::Validating, 0, total);
    ReadOptions full;
    full.digest = true;
    if (const PackError e = readPack(staging, p.pack, full)) {
        QFile::remove(staging);
        return p.error = e, p;
    }
    p.staging = staging;
    const Manifest &m = p.pack.content.manifest;
    const LoadedPack *current = installed.pack(m.id);
    const auto fail = [&](ImportError e) {
        discard(p);
        p.error = std::move(e);
        return p;
    };
    if (current && current->content.manifest.version == m.version)
        return fail({ImportError::AlreadyInstalled, {packTitle(p.pack), QString::number(m.version)}});
    if (current && current->content.manifest.version > m.version)
        return fail({ImportError::OlderVersion, {packTitle(p.pack), QString::number(m.version),
                                                 QString::number(current->content.manifest.version)}});

    TrustStore trust(*m_db);
    const TrustVerdict verdict = judgeTrust(p.pack, trust.pinnedKey(m.id), current, m_builtin, trust.onlySigned());
    if (verdict.kind == TrustVerdict::Refused)
        return fail(verdict.error);
    if (verdict.kind != TrustVerdict::Trusted) {
        p.trust.kind = verdict.kind == TrustVerdict::AskUnknownKey ? TrustRequest::UnknownKey : TrustRequest::Unsigned;
        p.trust.packId = m.id;
        p.trust.title = packTitle(p.pack);
        p.trust.publisher = m.publisher;
        if (p.pack.signer.isSigned()) {
            p.trust.keyId = p.pack.signer.key.keyIdHex();
            p.trust.fingerprint = p.pack.signer.key.fingerprint();
        }
    }
    return p;
}

void PackInstaller::discard(Prepared &p)
{
    if (!p.staging.isEmpty())
        QFile::remove(p.staging);
    p.staging.clear();
}

ImportError PackInstaller::commit(Prepared &p, bool accepted)
{
    if (p.error)
        return p.error;
    if (p.staging.isEmpty())
        return {ImportError::Rejected};
    if (p.trust.kind != TrustRequest::None && !accepted) {
        discard(p);
        return {ImportError::Rejected};
    }
    const QString id = p.pack.content.manifest.id;
    TrustStore trust(*m_db);
    if (p.trust.kind == TrustRequest::UnknownKey && !trust.pin(id, p.pack.signer.key, p.pack.content.manifest.publisher)) {
        discard(p);
        return {ImportError::Unwritable, {m_db->error()}};
    }
    // The user's older files of this id (any name) go once the new one is in place.
    PackRecords records(*m_db);
    QStringList older;
    for (const PackRecord &r : records.forPack(id))
        older.append(r.path);
    const QString target = QDir(m_packsDir).filePath(id + u".skillpack"_s);
    const durable::Result moved = durable::replace(p.staging, target);
    if (!moved) {
        discard(p);
        return fromDurable(moved);
    }
    p.staging.clear();
    p.pack.path = target;

    PackRecord r;
    r.path = target;
    r.stamp = FileStamp::of(target);
    r.digest = p.pack.digest;
    r.packId = id;
    r.version = p.pack.content.manifest.version;
    r.signerKey = p.pack.signer.isSigned() ? p.pack.signer.key.toBase64() : QString();
    r.validatedAt = r.installedAt = QDateTime::currentDateTimeUtc();
    // Losing this record (a kill right here) only costs one full validation at the next start.
    records.store(r);
    for (const QString &path : std::as_const(older)) {
        if (path == target || QFileInfo(path).absolutePath() != m_packsDir)
            continue;
        QFile::remove(path);
        records.forget(path);
    }
    durable::syncDir(m_packsDir);
    qCDebug(lcLibrary) << "installed" << id << "version" << r.version;
    return {};
}

ImportError PackInstaller::install(const QString &file, const Library &installed, const InstallPolicy &policy,
                                   LoadedPack *installedPack, const Progress &progress)
{
    Prepared p = prepare(file, installed, progress);
    if (p.error)
        return p.error;
    bool accept = true;
    if (p.trust.kind == TrustRequest::Unsigned && !policy.allowUnsigned) {
        discard(p);
        return {ImportError::UnsignedRefused};
    }
    if (p.trust.kind == TrustRequest::UnknownKey) {
        accept = std::any_of(policy.acceptKeys.cbegin(), policy.acceptKeys.cend(),
                             [&](const minisign::PublicKey &k) { return sameKey(k, p.pack.signer.key); });
        if (!accept) {
            discard(p);
            return {ImportError::UnknownKey, {p.trust.keyId}};
        }
    }
    if (progress)
        progress(Stage::Installing, 0, 0);
    if (const ImportError e = commit(p, accept))
        return e;
    if (installedPack)
        *installedPack = p.pack;
    return {};
}

ImportError PackInstaller::remove(const QString &packId, const Library &installed)
{
    const LoadedPack *pack = installed.pack(packId);
    if (!pack)
        return {ImportError::NotInstalled, {packId}};
    if (QFileInfo(pack->path).absolutePath() != m_packsDir)
        return {ImportError::BuiltinPack};
    PackRecords records(*m_db);
    QStringList paths{QFileInfo(pack->path).absoluteFilePath()};
    for (const PackRecord &r : records.forPack(packId))
        if (QFileInfo(r.path).absolutePath() == m_packsDir && !paths.contains(r.path))
            paths.append(r.path);
    for (const QString &path : std::as_const(paths)) {
        if (QFile::exists(path) && !QFile::remove(path))
            return {ImportError::Unwritable, {path}};
        records.forget(path);
    }
    durable::syncDir(m_packsDir);
    TrustStore(*m_db).unpin(packId);
    qCDebug(lcLibrary) << "removed" << packId;
    return {};
}

Library PackInstaller::load(const QList<Library::Folder> &folders)
{
    return LibraryLoader(*m_db, m_builtin).load(folders);
}

bool PackInstaller::onlySigned() const
{
    return TrustStore(*m_db).onlySigned();
}

bool PackInstaller::setOnlySigned(bool on)
{
    return TrustStore(*m_db).setOnlySigned(on);
}

} // namespace maharat
