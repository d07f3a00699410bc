#include "sqlitehandle.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace maharat::sqlite {

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool harden(const QSqlDatabase &db)
{
    sqlite3 *h = handle(db);
    if (!h)
        return false;
    int ok = 0;
    bool all = sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, &ok) == SQLITE_OK && ok == 1;
    all &= sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &ok) == SQLITE_OK && ok == 0;
    all &= sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &ok) == SQLITE_OK && ok == 0;
    all &= sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &ok) == SQLITE_OK && ok == 0;
    all &= sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &ok) == SQLITE_OK && ok == 0;
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(h, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, 50);
    sqlite3_limit(h, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(h, SQLITE_LIMIT_VDBE_OP, 25000);
    sqlite3_limit(h, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(h, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
    sqlite3_limit(h, SQLITE_LIMIT_VARIABLE_NUMBER, 64);
    sqlite3_limit(h, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    QSqlQuery q(db);
    all &= q.exec(u"PRAGMA cell_size_check = ON"_s);
    all &= q.exec(u"PRAGMA mmap_size = 0"_s);
    return all;
}

QString uniqueConnectionName(QStringView purpose)
{
    static QAtomicInteger<quint64> counter;
    return u"maharat-"_s + purpose + u'-' + QString::number(++counter);
}

} // namespace maharat::sqlite
