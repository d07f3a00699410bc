#include "queryset.h"

#include "wordlists.h"

using namespace Qt::StringLiterals;

namespace bench {

namespace {

void add(QList<BenchQuery> &out, const QString &lang, const QString &kind, const QStringList &texts)
{
    for (const QString &t : texts)
        out.append({t, lang, kind});
}

// A letter dropped from the middle: the commonest typing slip.
QString typo(const QString &word)
{
    QString w = word;
    w.remove(w.size() / 2, 1);
    return w;
}

} // namespace

QList<BenchQuery> querySet()
{
    QList<BenchQuery> q;
    add(q, u"en"_s, u"phrase"_s,
        {u"angry customer"_s, u"late delivery"_s, u"refund policy"_s, u"complaint email"_s, u"phone queue"_s,
         u"escalate to supervisor"_s, u"polite tone"_s, u"wrong order"_s, u"password login"_s, u"thank you"_s});
    add(q, u"en"_s, u"word"_s, {u"refund"_s, u"apology"_s, u"empathy"_s, u"warranty"_s});
    add(q, u"en"_s, u"prefix"_s, {u"ang"_s, u"cust"_s, u"deliv"_s, u"angry cus"_s, u"refund pol"_s});
    add(q, u"en"_s, u"typo"_s, {u"custmer"_s, u"refnd"_s, u"complant"_s, u"angry custmer"_s});
    add(q, u"en"_s, u"stopwords"_s, {u"how to handle an angry customer"_s, u"what to do with a late parcel"_s});
    add(q, u"fa"_s, u"phrase"_s,
        {u"مشتری عصبانی"_s, u"مشتري عصباني"_s, u"تأخیر در تحویل"_s, u"شکایت ایمیل"_s, u"پیگیری سفارش"_s,
         u"گوش دادن"_s, u"مشتری ها"_s, u"مشتریها"_s, u"مشتری‌ها"_s, u"لحن مؤدب"_s});
    add(q, u"fa"_s, u"word"_s, {u"بازپرداخت"_s, u"عذرخواهی"_s, u"همدلی"_s, u"گارانتی"_s});
    add(q, u"fa"_s, u"prefix"_s, {u"مشت"_s, u"عصبا"_s, u"مشتری عص"_s, u"بازپ"_s, u"پیگی"_s});
    add(q, u"fa"_s, u"typo"_s, {u"مشتزی"_s, u"عصبانب"_s, u"بازپرداخ"_s, u"مشتری عصبانب"_s});
    add(q, u"fa"_s, u"stopwords"_s, {u"چطور با مشتری عصبانی"_s, u"برای تأخیر در ارسال"_s});
    add(q, u"fa"_s, u"latin"_s, {u"CRM"_s, u"سامانه CRM"_s, u"iPhone"_s});
    add(q, u"ar"_s, u"phrase"_s,
        {u"عميل غاضب"_s, u"العملاء الغاضبين"_s, u"استرداد المال"_s, u"تأخير التوصيل"_s, u"شكوى البريد"_s,
         u"متابعة الطلب"_s, u"الاستماع"_s, u"النبرة الهادئة"_s, u"خدمة العملاء"_s, u"عَمِيلٌ غَاضِبٌ"_s});
    add(q, u"ar"_s, u"word"_s, {u"اعتذار"_s, u"التعاطف"_s, u"الضمان"_s, u"الشكوى"_s});
    add(q, u"ar"_s, u"prefix"_s, {u"العمي"_s, u"غاض"_s, u"عميل غا"_s, u"استر"_s, u"الشك"_s});
    add(q, u"ar"_s, u"typo"_s, {u"عميا"_s, u"الغاضبيق"_s, u"استرداظ"_s, u"عميل غاضق"_s});
    add(q, u"ar"_s, u"stopwords"_s, {u"كيف التعامل مع العميل الغاضب"_s, u"ما هي سياسة الاسترداد"_s});
    add(q, u"ar"_s, u"latin"_s, {u"نظام CRM"_s, u"VIP"_s});

    // Drawn from the lists: words at ranks spread over the frequency range, pairs, prefixes, typos.
    for (const QString &lang : {u"en"_s, u"fa"_s, u"ar"_s}) {
        const QStringList &w = words(lang);
        const int n = int(w.size());
        for (int r : {FunctionWords, FunctionWords + 3, 30, 60, 100, 150, n - 20, n - 2})
            q.append({w.at(r), lang, u"word"_s});
        for (int r : {FunctionWords + 1, 25, 45, 80, 120, 170})
            q.append({w.at(r) + u' ' + w.at(r + 7), lang, u"phrase"_s});
        for (int r : {FunctionWords + 2, 40, 90, 140})
            q.append({w.at(r).left(std::max<qsizetype>(2, w.at(r).size() - 2)), lang, u"prefix"_s});
        int typos = 0;
        for (int r = 20; r < n && typos < 4; r += 23) {
            if (w.at(r).size() >= 6) {
                q.append({typo(w.at(r)), lang, u"typo"_s});
                ++typos;
            }
        }
    }
    return q;
}

} // namespace bench
