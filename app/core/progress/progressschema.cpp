#include "progressschema.h"

using namespace Qt::StringLiterals;

namespace maharat::progressschema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        // 1: reading history. Keys are pack id + stable skill id, so a newer pack keeps them.
        {
            u"CREATE TABLE bookmark(pack_id TEXT NOT NULL, skill_id TEXT NOT NULL, "
            "created_at INTEGER NOT NULL, PRIMARY KEY(pack_id, skill_id)) STRICT"_s,
            u"CREATE TABLE skill_view(pack_id TEXT NOT NULL, skill_id TEXT NOT NULL, "
            "viewed_at INTEGER NOT NULL, PRIMARY KEY(pack_id, skill_id)) STRICT"_s,
            u"CREATE INDEX skill_view_recent ON skill_view(viewed_at)"_s,
            u"CREATE TABLE recent_search(query TEXT NOT NULL PRIMARY KEY, searched_at INTEGER NOT NULL) STRICT"_s,
        },
    };
    return list;
}

} // namespace maharat::progressschema
