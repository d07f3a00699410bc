// PLACEHOLDER: the statement format is defined by issue 9's signing work.
#include "packsignature.h"

namespace maharat {
QByteArray packStatement(const QString &, int, const QString &, const QString &) { return {}; }
} // namespace maharat
