#pragma once
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace maharat {

class LibraryDb;

// Identity of a file on disk: if any of these changed, the bytes may have changed.
struct FileStamp {
    qint64 size = -1;
    qint64 mtimeNs = 0;
    QString fileId; // device:inode
    bool isValid() const { return size >= 0; }
    bool operator==(const FileStamp &) const = default;
    static FileStamp of(const QString &path);
};

// What a full validation established about one pack file (see LibraryDb).
struct PackRecord {
    QString path;
    FileStamp stamp;
    QString digest;
    QString packId;
    int version = 0;
    QString signerKey; // the signer's public key (base64 line), "" when unsigned
    QDateTime validatedAt;
    QDateTime installedAt;
};

// The pack_file table: records of fully validated pack files, by absolute path.
class PackRecords
{
public:
    explicit PackRecords(LibraryDb &db) : m_db(db) {}
    std::optional<PackRecord> find(const QString &path) const;
    QList<PackRecord> forPack(const QString &packId) const;
    bool store(const PackRecord &record);
    bool forget(const QString &path);

private:
    LibraryDb &m_db;
};

} // namespace maharat
