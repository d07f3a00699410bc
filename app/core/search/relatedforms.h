#pragma once
#include <QStringList>

namespace maharat::search {

// Arabic broken plurals and their singulars (عميل / عملاء, مشكلة / مشاكل), including the Arabic
// plurals Persian uses (مسائل، قوانین). Light stemming cannot join them, so a query word also
// accepts its other number: «العملاء الغاضبين» finds a title that says «العميل الغاضب». Query
// side only: the index terms do not change. `word` is normalized; so is the result.
QStringList relatedForms(QStringView word);

} // namespace maharat::search
