#include "sqlitestatement.h"

#include <sqlite3.h>

#include <utility>

namespace maharat::search {

Statement::Statement(sqlite3 *db, QStringView sql) : m_db(db)
{
    // PERSISTENT: these statements live as long as the index and are reused on every query.
    m_rc = sqlite3_prepare16_v3(db, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_rc(other.m_rc)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_rc = other.m_rc;
    }
    return *this;
}

Statement &Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_rc = SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, QStringView text)
{
    if (m_stmt) {
        // A null QStringView would bind NULL; every text here is a value, possibly empty.
        static const char16_t empty = 0;
        const void *data = text.isNull() ? static_cast<const void *>(&empty) : text.utf16();
        sqlite3_bind_text16(m_stmt, index, data, int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &data)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, data.constData(), int(data.size()), SQLITE_TRANSIENT);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt) {
        m_rc = SQLITE_MISUSE;
        return false;
    }
    m_rc = sqlite3_step(m_stmt);
    return m_rc == SQLITE_ROW;
}

bool Statement::run()
{
    while (next()) {
    }
    return m_rc == SQLITE_DONE;
}

QString Statement::errorString() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(m_rc));
}

QString Statement::text(int column) const
{
    const void *data = sqlite3_column_text16(m_stmt, column);
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return data ? QString(static_cast<const QChar *>(data), bytes / int(sizeof(QChar))) : QString();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool execSql(sqlite3 *db, QStringView sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

} // namespace maharat::search
