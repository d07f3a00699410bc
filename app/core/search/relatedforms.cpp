#include "relatedforms.h"

#include "textnormalizer.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

QHash<QString, QStringList> buildTable()
{
    // singular, plural: words a customer-service text uses, as people write them.
    const QList<QPair<QString, QString>> pairs = {
        {u"عميل"_s, u"عملاء"_s},    {u"زميل"_s, u"زملاء"_s},    {u"زبون"_s, u"زبائن"_s},
        {u"مشكلة"_s, u"مشاكل"_s},   {u"سؤال"_s, u"أسئلة"_s},    {u"حل"_s, u"حلول"_s},
        {u"شكوى"_s, u"شكاوى"_s},    {u"رسالة"_s, u"رسائل"_s},   {u"موعد"_s, u"مواعيد"_s},
        {u"خطأ"_s, u"أخطاء"_s},     {u"سبب"_s, u"أسباب"_s},     {u"طريقة"_s, u"طرق"_s},
        {u"نصيحة"_s, u"نصائح"_s},   {u"عرض"_s, u"عروض"_s},      {u"يوم"_s, u"أيام"_s},
        {u"دقيقة"_s, u"دقائق"_s},   {u"حق"_s, u"حقوق"_s},       {u"قانون"_s, u"قوانين"_s},
        {u"مسألة"_s, u"مسائل"_s},   {u"مسئله"_s, u"مسائل"_s},   {u"شخص"_s, u"أشخاص"_s},
        {u"موقف"_s, u"مواقف"_s},    {u"تفصيل"_s, u"تفاصيل"_s},  {u"وقت"_s, u"أوقات"_s},
        {u"رقم"_s, u"أرقام"_s},     {u"مدير"_s, u"مدراء"_s},    {u"شرط"_s, u"شروط"_s},
        {u"فرع"_s, u"فروع"_s},      {u"شغل"_s, u"مشاغل"_s},     {u"مرجع"_s, u"مراجع"_s},
        {u"شرط"_s, u"شرایط"_s},     {u"عامل"_s, u"عوامل"_s},    {u"وسيلة"_s, u"وسائل"_s},
        {u"مكان"_s, u"أماكن"_s},    {u"كلمة"_s, u"كلمات"_s},    {u"ساعة"_s, u"ساعات"_s},
    };
    QHash<QString, QStringList> table;
    for (const auto &[singular, plural] : pairs) {
        const QString s = normalize(singular);
        const QString p = normalize(plural);
        if (!table[s].contains(p))
            table[s].append(p);
        if (!table[p].contains(s))
            table[p].append(s);
    }
    return table;
}

} // namespace

QStringList relatedForms(QStringView word)
{
    static const QHash<QString, QStringList> table = buildTable();
    return table.value(word.toString());
}

} // namespace maharat::search
