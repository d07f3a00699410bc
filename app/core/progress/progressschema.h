#pragma once
#include <QList>
#include <QStringList>

namespace maharat::progressschema {

// Migration N (1-based) takes the store from user_version N-1 to N. Append, never edit:
// users' databases are at every version that ever shipped.
const QList<QStringList> &migrations();

// PRAGMA application_id of a Maharat progress store ("MHPR"); stores made before it existed
// carry 0 and are recognised by their tables.
constexpr quint32 ApplicationId = 0x4D485052;
inline int latestVersion() { return int(migrations().size()); }

} // namespace maharat::progressschema
