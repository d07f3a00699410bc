#pragma once
#include <QStringView>

namespace maharat::search {

// Function words of fa, ar and en that a query may contain ("how to calm an angry customer",
// «برخورد با مشتری», «التعامل مع العميل») but that must not decide whether a topic matches:
// requiring them would hide topics that say the same thing in other words. One list for all
// three languages, since a query has no language. `word` is normalize()d; the list is too.
bool isStopWord(QStringView word);

} // namespace maharat::search
