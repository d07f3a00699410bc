#pragma once
#include <QByteArray>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace maharat::search {

// A prepared statement on a raw SQLite handle. The search index runs a few statements thousands of
// times per sync and several times per keystroke; QSqlQuery's per-call QVariant traffic shows up in
// the latency budget, so the hot paths bind and read values here directly. Move-only.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, QStringView sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt; }
    // Resets the statement and clears its bindings, ready for the next call.
    Statement &reset();
    Statement &bind(int index, QStringView text);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, double value);
    Statement &bindBlob(int index, const QByteArray &data);

    // One step: true while there is a row. After the last row (or an error), false and rc() says
    // which: SQLITE_DONE, SQLITE_INTERRUPT when a cancel check stopped it, else an error.
    bool next();
    // Runs to completion; true on SQLITE_DONE.
    bool run();
    int rc() const { return m_rc; }
    QString errorString() const;

    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    int m_rc = 0;
};

// Runs SQL without results (DDL, pragmas, transactions). False on failure, with the reason in error.
bool execSql(sqlite3 *db, QStringView sql, QString *error = nullptr);

} // namespace maharat::search
