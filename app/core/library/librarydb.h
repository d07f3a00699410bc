#pragma once
#include <QSqlDatabase>
#include <QString>

namespace maharat {

// library.db in the data folder: which pack files were validated (so start-up can skip the full
// check), which publisher key is pinned to which pack id, and the library's own settings.
// One LibraryDb per thread: every instance owns its own SQLite connection.
class LibraryDb
{
public:
    LibraryDb();
    ~LibraryDb();
    LibraryDb(const LibraryDb &) = delete;
    LibraryDb &operator=(const LibraryDb &) = delete;

    static QString fileName() { return QStringLiteral("library.db"); }
    // Opens (creating and migrating) the database; false with error() set on failure.
    // PRAGMA application_id of library.db ("MHLB").
    static constexpr quint32 ApplicationId = 0x4D484C42;
    bool open(const QString &path);
    bool isOpen() const;
    QString error() const { return m_error; }
    QSqlDatabase database() const;

private:
    QString m_connection;
    QString m_error;
};

} // namespace maharat
