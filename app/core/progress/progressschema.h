#pragma once
#include <QList>
#include <QStringList>

namespace maharat::progressschema {

// Migration N (1-based) takes the store from user_version N-1 to N. Append, never edit:
// users' databases are at every version that ever shipped.
const QList<QStringList> &migrations();
inline int latestVersion() { return int(migrations().size()); }

} // namespace maharat::progressschema
