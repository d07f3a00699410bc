// The app's own search index: what users type in fa, ar and en finds the right topic first, as
// they type, with typos and stop words; results are shown in the UI language; sync only redoes
// what changed; the service drops stale queries. The packs are written and read back through the
// real writer and the safe reader, like installed packs.
#include "packreader.h"
#include "packwriter.h"
#include "searchindex.h"
#include "searchservice.h"
#include "snippet.h"
#include "textmatch.h"
#include "vocabulary.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;
using namespace maharat::search;

namespace {

struct TopicSpec
{
    QString id;
    // fa, ar, en: title, summary, body
    QStringList fa, ar, en;
    // en example: situation, bad, good, why (the same lines serve fa and ar: only en is searched)
    QStringList example = {};
};

SkillText skillText(const QStringList &t)
{
    return {t.value(0), t.value(1), t.value(2)};
}

PackContent makeContent(const QString &packId, int version, const QList<TopicSpec> &topics)
{
    PackContent c;
    Manifest &m = c.manifest;
    m.id = packId;
    m.version = version;
    m.publisher = u"Maharat tests"_s;
    m.created = u"2024-05-01"_s;
    m.license = u"CC-BY-4.0"_s;
    m.languages = {u"fa"_s, u"ar"_s, u"en"_s};
    m.title = {{u"fa"_s, u"بسته‌ی آزمایشی"_s}, {u"ar"_s, u"حزمة اختبار"_s}, {u"en"_s, u"Test pack"_s}};
    m.description = m.title;
    c.categories.append({u"core"_s, 1, {{u"fa"_s, u"پایه"_s}, {u"ar"_s, u"أساسيات"_s}, {u"en"_s, u"Basics"_s}}});
    int order = 0;
    for (const TopicSpec &t : topics) {
        Skill s;
        s.id = t.id;
        s.categoryId = u"core"_s;
        s.order = ++order;
        s.text.insert(u"fa"_s, skillText(t.fa));
        s.text.insert(u"ar"_s, skillText(t.ar));
        s.text.insert(u"en"_s, skillText(t.en));
        if (!t.example.isEmpty()) {
            Example e;
            e.id = t.id + u".first"_s;
            e.order = 1;
            const ExampleText x{t.example.value(0), t.example.value(1), t.example.value(2), t.example.value(3), {}, {}};
            for (const QString &lang : m.languages)
                e.text.insert(lang, x);
            s.examples.append(e);
        }
        c.skills.append(s);
    }
    return c;
}

QList<TopicSpec> serviceTopics()
{
    return {
        {u"angry-customers"_s,
         {u"برخورد با مشتری عصبانی"_s,
          u"بگذارید مشتری ناراحت حرفش را بزند، نشان دهید دلیل ناراحتی‌اش را می‌فهمید و زود سراغ راه‌حل بروید."_s,
          u"هر کسب‌وکاری مشتری ناراضی دارد. مشتری معمولاً از موقعیت عصبانی است، نه از شخص شما.\n\n"
          "### چطور انجامش دهیم\n\n1. بگذارید مشتری حرفش را **تمام** کند.\n2. بابت تجربه‌ای که داشته عذرخواهی کنید."_s},
         {u"التعامل مع العملاء الغاضبين"_s,
          u"عندما يتصل بك عميل غاضب، دعه يُكمل كلامه، وأظهر أنك تفهم سبب انزعاجه، ثم انتقل بسرعة إلى الحل."_s,
          u"لكل نشاط تجاري عملاء غير راضين. غالبًا ما يكون العميل غاضبًا من الموقف، لا منك شخصيًا.\n\n"
          "### كيف تفعل ذلك\n\n1. دع العميل يُنهي كلامه.\n2. اعتذر عن التجربة التي مرّ بها."_s},
         {u"Dealing with angry customers"_s,
          u"Let an angry customer finish, show you understand why they are upset, stay calm and move quickly to a solution."_s,
          u"Every business has unhappy customers. Most of the time the anger is about the situation, not about you.\n\n"
          "### How to do it\n\n1. **Listen** first: let the customer finish before you answer.\n"
          "2. Apologise for the experience they had, without blaming a colleague."_s},
         {u"A caller shouts that his parcel is a week late."_s, u"Calm down, sir."_s,
          u"I'm sorry your parcel is late; let me find out where it is right now."_s,
          u"Naming the problem and acting on it lowers the tension."_s}},
        {u"active-listening"_s,
         {u"گوش دادن فعال"_s, u"با تمام توجه گوش کنید و نشان دهید که حرف طرف مقابل را فهمیده‌اید."_s,
          u"گوش دادن فعال یعنی تمرکز کامل روی گوینده. حتی مشتری عصبانی هم وقتی احساس کند شنیده می‌شود آرام‌تر می‌شود."_s},
         {u"الاستماع الفعّال"_s, u"استمع بكامل انتباهك وأظهر أنك فهمت ما يقوله الطرف الآخر."_s,
          u"الاستماع الفعّال يعني التركيز الكامل على المتحدث. حتى العميل الغاضب يهدأ حين يشعر بأن أحدًا يسمعه."_s},
         {u"Active listening"_s, u"Listen with full attention and show that you understood the other person."_s,
          u"Active listening means giving the speaker your full attention. Even an angry customer calms down "
          "when they feel heard. Take notes and repeat the key details back."_s}},
        {u"patience"_s,
         {u"صبر و حوصله"_s, u"با حوصله توضیح دهید، حتی وقتی سؤال تکراری است."_s,
          u"بعضی مشتری‌ها چند بار همان سؤال را می‌پرسند. آرام بمانید."_s},
         {u"الصبر"_s, u"اشرح بهدوء حتى عندما يتكرر السؤال."_s,
          u"بعض العملاء يسألون السؤال نفسه عدة مرات. حافظ على هدوئك."_s},
         {u"Patience"_s, u"Explain calmly, even when the question comes up again and again."_s,
          u"Some customers ask the same question several times. Stay calm and explain it once more."_s}},
        {u"long-hold-times"_s,
         {u"انتظار طولانی پشت خط"_s, u"وقتی مشتری مدت زیادی پشت خط مانده، از صبرش تشکر کنید."_s,
          u"انتظار طولانی حوصله‌ی هر کسی را سر می‌برد. از صبر و حوصله‌ی مشتری تشکر کنید."_s},
         {u"الانتظار الطويل على الخط"_s, u"عندما ينتظر العميل طويلًا على الخط، اشكره على صبره."_s,
          u"الانتظار الطويل يستنفد صبر أي شخص. اشكر العميل على صبره."_s},
         {u"Long hold times"_s, u"When a caller has waited a long time on hold, thank them for waiting."_s,
          u"Long waits wear down anyone's patience. Thank the customer for their patience, and patience again "
          "is what you need when the line is busy."_s}},
        {u"refunds"_s,
         {u"درخواست بازپرداخت"_s, u"قوانین بازگرداندن پول را روشن و محترمانه توضیح دهید."_s,
          u"وقتی مشتری پولش را پس می‌خواهد، اول شرایط را بررسی کنید. سیستم CRM سابقه‌ی خرید را نشان می‌دهد."_s},
         {u"طلبات استرداد المال"_s, u"اشرح سياسة الاسترداد بوضوح واحترام."_s,
          u"عندما يطلب العميل استرداد ماله، راجع الشروط أولًا. يعرض نظام CRM سجل المشتريات."_s},
         {u"Refund requests"_s, u"Explain the refund policy clearly and politely."_s,
          u"When a customer wants their money back, check the conditions first. The CRM shows the purchase history."_s}},
    };
}

QString writeAndRead(const PackContent &c, const QString &dir, LoadedPack &out)
{
    const QString path = dir + u'/' + c.manifest.id + u"-v"_s + QString::number(c.manifest.version) + u".skillpack"_s;
    const QString err = writePack(c, {}, path);
    if (!err.isEmpty())
        return err;
    if (const PackError e = readPack(path, out))
        return e.message();
    return {};
}

QStringList ids(const SearchResult &r)
{
    QStringList out;
    for (const SearchHit &h : r.hits)
        out.append(h.skillId);
    return out;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fiveSpellingsFindTheTopic_data();
    void fiveSpellingsFindTheTopic();
    void titleOutranksBody();
    void prefixAsYouType();
    void stopWordsDoNotBlock();
    void typoRetry_data();
    void typoRetry();
    void realWordsAreNeverCorrected();
    void anyWordsFallback();
    void crossLanguage();
    void highlightsComeFromTheOriginalText();
    void snippetWithoutMarkdown();
    void latinTokenInPersianAndArabic();
    void incrementalSync();
    void cacheIsRebuiltWhenStale();
    void serviceDeliversOnlyTheNewestGeneration();
    void helpers();

private:
    QTemporaryDir m_dir;
    LoadedPack m_pack;
    SearchIndex m_index;
};

void TestSearchIndex::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString err = writeAndRead(makeContent(u"org.maharat.searchtest"_s, 1, serviceTopics()), m_dir.path(), m_pack);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(m_index.open(u":memory:"_s), qPrintable(m_index.errorString()));
    const auto st = m_index.sync({m_pack});
    QVERIFY(st.ok);
    QCOMPARE(st.indexedPacks, 1);
    QCOMPARE(m_index.topicCount(), 5);
    QCOMPARE(m_index.documentCount(), 15);
}

void TestSearchIndex::fiveSpellingsFindTheTopic_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("ui");
    QTest::newRow("fa typed with Arabic letters") << u"مشتري عصباني"_s << u"fa"_s;
    QTest::newRow("fa") << u"مشتری عصبانی"_s << u"fa"_s;
    QTest::newRow("ar singular") << u"عميل غاضب"_s << u"ar"_s;
    QTest::newRow("ar plural with article") << u"العملاء الغاضبين"_s << u"ar"_s;
    QTest::newRow("en") << u"angry customer"_s << u"en"_s;
    QTest::newRow("ar with harakat") << u"عَمِيلٌ غَاضِبٌ"_s << u"en"_s;
}

void TestSearchIndex::fiveSpellingsFindTheTopic()
{
    QFETCH(QString, query);
    QFETCH(QString, ui);
    const SearchResult r = m_index.search(query, ui);
    QVERIFY2(!r.hits.isEmpty(), qPrintable(query));
    QCOMPARE(r.hits.first().skillId, u"angry-customers"_s);
    QCOMPARE(r.hits.first().packId, u"org.maharat.searchtest"_s);
    QVERIFY(r.correctedQuery.isEmpty());
    QCOMPARE(r.hits.first().language, ui);
    // One result per topic, whatever the number of languages that matched.
    const QStringList found = ids(r);
    QCOMPARE(QSet<QString>(found.cbegin(), found.cend()).size(), found.size());
}

void TestSearchIndex::titleOutranksBody()
{
    // "patience" is a title, and three times in another topic's body.
    SearchResult r = m_index.search(u"patience"_s, u"en"_s);
    QCOMPARE(ids(r).value(0), u"patience"_s);
    QVERIFY(ids(r).contains(u"long-hold-times"_s));
    QCOMPARE(r.hits.first().kind, MatchKind::ExactTitle);

    // The angry-customers title against active-listening's body ("Even an angry customer…").
    r = m_index.search(u"angry customer "_s, u"en"_s);
    QCOMPARE(ids(r).mid(0, 2), (QStringList{u"angry-customers"_s, u"active-listening"_s}));
    QCOMPARE(r.hits.at(0).kind, MatchKind::Title);
    QCOMPARE(r.hits.at(1).kind, MatchKind::Anywhere);
    QCOMPARE(r.hits.at(1).snippetField, u"body"_s);
    QVERIFY(r.hits.at(0).score > 0);

    r = m_index.search(u"مشتری عصبانی"_s, u"fa"_s);
    QCOMPARE(ids(r).mid(0, 2), (QStringList{u"angry-customers"_s, u"active-listening"_s}));
}

void TestSearchIndex::prefixAsYouType()
{
    for (const QString &q : {u"angr"_s, u"angry cust"_s, u"مشتری عصب"_s, u"عصبا"_s, u"العملاء الغا"_s, u"Deal"_s}) {
        const SearchResult r = m_index.search(q, u"en"_s);
        QVERIFY2(!r.hits.isEmpty(), qPrintable(q));
        QCOMPARE(r.hits.first().skillId, u"angry-customers"_s);
    }
    // A finished word (space after it) is no longer a prefix: "angr" alone is then a typo.
    QCOMPARE(m_index.search(u"angr "_s, u"en"_s).correctedQuery, u"angry"_s);
    QCOMPARE(ids(m_index.search(u"pati"_s, u"en"_s)).value(0), u"patience"_s);
}

void TestSearchIndex::stopWordsDoNotBlock()
{
    for (const QString &q : {u"how to calm an angry customer"_s, u"the angry customers"_s,
                             u"چطور با مشتری عصبانی"_s, u"كيف التعامل مع العملاء الغاضبين"_s,
                             u"عن العملاء الغاضبين"_s}) {
        const SearchResult r = m_index.search(q, u"en"_s);
        QVERIFY2(!r.hits.isEmpty(), qPrintable(q));
        QCOMPARE(r.hits.first().skillId, u"angry-customers"_s);
    }
    // Only stop words: then they are the query.
    QVERIFY(!m_index.search(u"with the"_s, u"en"_s).hits.isEmpty());
}

void TestSearchIndex::typoRetry_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("corrected");
    QTest::addColumn<bool>("typedFoundSomething");
    QTest::addColumn<QString>("first");
    // Nothing typed is known: the hits are for the correction ("showing results for").
    QTest::newRow("missing letter") << u"custmer"_s << u"customer"_s << false << QString();
    QTest::newRow("fa wrong letter") << u"عصبانب"_s << u"عصبانی"_s << false << u"angry-customers"_s;
    QTest::newRow("extra letter") << u"pattience"_s << u"patience"_s << false << u"patience"_s;
    QTest::newRow("ar wrong letter keeps Arabic spelling") << u"الغاضبيق"_s << u"الغاضبين"_s << false << u"angry-customers"_s;
    // One word is known: its results come first, the correction is only offered ("did you mean").
    // (These two expected the corrected results before the any-words fallback existed.)
    QTest::newRow("missing letter, two words") << u"angry custmer"_s << u"angry customer"_s << true << u"angry-customers"_s;
    QTest::newRow("fa two words") << u"مشتری عصبانب"_s << u"مشتری عصبانی"_s << true << QString();
}

void TestSearchIndex::typoRetry()
{
    QFETCH(QString, query);
    QFETCH(QString, corrected);
    QFETCH(bool, typedFoundSomething);
    QFETCH(QString, first);
    const SearchResult r = m_index.search(query, u"en"_s);
    QCOMPARE(typedFoundSomething ? r.suggestion : r.correctedQuery, corrected);
    QVERIFY(typedFoundSomething ? r.correctedQuery.isEmpty() : r.suggestion.isEmpty());
    QVERIFY(!r.hits.isEmpty());
    if (!first.isEmpty())
        QCOMPARE(r.hits.first().skillId, first);
}

void TestSearchIndex::realWordsAreNeverCorrected()
{
    // Words the dictionaries know but no topic contains: no suggestion, nothing replaced, and
    // the other words' results (the "yelling" -> "telling", "burn out" -> "turn out").
    for (const QString &q : {u"angry yelling"_s, u"burn out customer"_s, u"مشتری خیلی عصبانی"_s}) {
        const SearchResult r = m_index.search(q, u"en"_s);
        QVERIFY2(r.suggestion.isEmpty(), qPrintable(q + u" -> "_s + r.suggestion));
        QVERIFY2(r.correctedQuery.isEmpty(), qPrintable(q + u" -> "_s + r.correctedQuery));
        QVERIFY2(!r.hits.isEmpty(), qPrintable(q));
    }
    QVERIFY(m_index.search(u"yelling"_s, u"en"_s).suggestion.isEmpty());
    QVERIFY(m_index.search(u"yelling"_s, u"en"_s).correctedQuery.isEmpty());
}

void TestSearchIndex::anyWordsFallback()
{
    // No topic has every word: the topics with the most telling ones, never an empty list.
    const SearchResult r = m_index.search(u"my angry caller keeps waiting"_s, u"en"_s);
    QVERIFY(!r.hits.isEmpty());
    QCOMPARE(r.hits.first().skillId, u"angry-customers"_s);
    QCOMPARE(r.hits.first().kind, MatchKind::SomeWords);
    // All-words matches still come before any-words ones.
    const SearchResult both = m_index.search(u"angry customer"_s, u"en"_s);
    QVERIFY(!both.hits.isEmpty());
    QVERIFY(both.hits.first().kind != MatchKind::SomeWords);
}

void TestSearchIndex::crossLanguage()
{
    const SearchResult r = m_index.search(u"مشتری عصبانی"_s, u"en"_s);
    QVERIFY(!r.hits.isEmpty());
    const SearchHit &h = r.hits.first();
    QCOMPARE(h.skillId, u"angry-customers"_s);
    QCOMPARE(h.language, u"en"_s);
    QCOMPARE(h.matchedLanguage, u"fa"_s);
    QCOMPARE(h.title, u"Dealing with angry customers"_s);
    QCOMPARE(h.snippet, u"Let an angry customer finish, show you understand why they are upset, stay calm and move quickly to a solution."_s);
    QVERIFY(h.titleHighlights.isEmpty());

    // In its own language the same query reports that language.
    const SearchHit fa = m_index.search(u"مشتری عصبانی"_s, u"fa"_s).hits.first();
    QCOMPARE(fa.language, u"fa"_s);
    QCOMPARE(fa.matchedLanguage, u"fa"_s);
    QCOMPARE(fa.title, u"برخورد با مشتری عصبانی"_s);
}

void TestSearchIndex::highlightsComeFromTheOriginalText()
{
    SearchHit h = m_index.search(u"angry customer"_s, u"en"_s).hits.first();
    QCOMPARE(markedText(h.title, h.titleHighlights, u"[", u"]"), u"Dealing with [angry] [customers]"_s);
    QCOMPARE(markedText(h.snippet, h.snippetHighlights, u"[", u"]").left(30), u"Let an [angry] [customer] fini"_s);

    h = m_index.search(u"مشتري عصباني"_s, u"fa"_s).hits.first();
    QCOMPARE(markedText(h.title, h.titleHighlights, u"[", u"]"), u"برخورد با [مشتری] [عصبانی]"_s);

    // Harakat and the plural with article stay as written.
    h = m_index.search(u"عميل غاضب"_s, u"ar"_s).hits.first();
    // عميل meets its broken plural العملاء through the related-forms table.
    QCOMPARE(markedText(h.title, h.titleHighlights, u"[", u"]"), u"التعامل مع [العملاء] [الغاضبين]"_s);
    QVERIFY(markedText(h.snippet, h.snippetHighlights, u"[", u"]").contains(u"[عميل] [غاضب]"_s));
}

void TestSearchIndex::snippetWithoutMarkdown()
{
    const SearchResult r = m_index.search(u"listen finish answer"_s, u"en"_s);
    QVERIFY(!r.hits.isEmpty());
    const SearchHit &h = r.hits.first();
    QCOMPARE(h.skillId, u"angry-customers"_s);
    QCOMPARE(h.snippetField, u"body"_s);
    QVERIFY2(!h.snippet.contains(u'*') && !h.snippet.contains(u'#'), qPrintable(h.snippet));
    QCOMPARE(markedText(h.snippet, h.snippetHighlights, u"[", u"]"),
             u"[Listen] first: let the customer [finish] before you [answer]."_s);
}

void TestSearchIndex::latinTokenInPersianAndArabic()
{
    const SearchResult r = m_index.search(u"CRM"_s, u"fa"_s);
    QCOMPARE(ids(r), QStringList{u"refunds"_s});
    QCOMPARE(r.hits.first().matchedLanguage, u"fa"_s);
    QCOMPARE(r.hits.first().snippetField, u"body"_s);
    QVERIFY(markedText(r.hits.first().snippet, r.hits.first().snippetHighlights, u"[", u"]").contains(u"[CRM]"_s));
}

void TestSearchIndex::incrementalSync()
{
    const QList<TopicSpec> all = serviceTopics();
    LoadedPack a, b, b2;
    QVERIFY(writeAndRead(makeContent(u"org.test.a"_s, 1, all.mid(0, 2)), m_dir.path(), a).isEmpty());
    QVERIFY(writeAndRead(makeContent(u"org.test.b"_s, 1, all.mid(2)), m_dir.path(), b).isEmpty());
    QList<TopicSpec> changed = all.mid(2);
    changed[0].en[0] = u"Patience with repeat questions"_s;
    QVERIFY(writeAndRead(makeContent(u"org.test.b"_s, 2, changed), m_dir.path(), b2).isEmpty());

    const QString path = m_dir.filePath(u"sync.sqlite"_s);
    {
        SearchIndex index;
        QVERIFY(index.open(path));
        auto st = index.sync({a, b});
        QCOMPARE(st.indexedPacks, 2);
        QCOMPARE(index.topicCount(), 5);

        st = index.sync({a, b});
        QVERIFY(st.ok);
        QCOMPARE(st.indexedPacks, 0);
        QCOMPARE(st.unchangedPacks, 2);
        QCOMPARE(st.removedPacks, 0);

        st = index.sync({a, b2});
        QCOMPARE(st.indexedPacks, 1);
        QCOMPARE(st.unchangedPacks, 1);
        QCOMPARE(st.indexedTopics, 3);
        QCOMPARE(ids(index.search(u"repeat questions"_s, u"en"_s)).value(0), u"patience"_s);
        QCOMPARE(index.search(u"repeat questions"_s, u"en"_s).hits.first().packId, u"org.test.b"_s);

        st = index.sync({b2});
        QCOMPARE(st.removedPacks, 1);
        QCOMPARE(st.unchangedPacks, 1);
        QCOMPARE(index.topicCount(), 3);
        for (const SearchHit &h : index.search(u"customer"_s, u"en"_s).hits)
            QCOMPARE(h.packId, u"org.test.b"_s);
        QVERIFY(!ids(index.search(u"angry"_s, u"en"_s)).contains(u"angry-customers"_s));
        // A contentless FTS table forgets a row's terms only when handed exactly the terms it was
        // given; the doc join would hide leftovers from search(), so look at the tables directly.
        QSqlQuery q(index.database());
        for (const QString &table : {u"fts"_s, u"fts_head"_s}) {
            for (const QString &term : {u"angry"_s, u"عصبانی"_s, u"غاضبین"_s, u"listening"_s}) {
                QVERIFY(q.exec(u"SELECT count(*) FROM "_s + table + u" WHERE "_s + table + u" MATCH '\""_s + term
                               + u"\"'"_s));
                QVERIFY(q.next());
                QVERIFY2(q.value(0).toInt() == 0, qPrintable(table + u' ' + term));
            }
        }
    }
    {
        // The file keeps what was indexed.
        SearchIndex index;
        QVERIFY(index.open(path));
        QCOMPARE(index.topicCount(), 3);
        const auto st = index.sync({b2});
        QCOMPARE(st.indexedPacks, 0);
        QCOMPARE(st.unchangedPacks, 1);
    }
}

void TestSearchIndex::cacheIsRebuiltWhenStale()
{
    LoadedPack a;
    QVERIFY(writeAndRead(makeContent(u"org.test.c"_s, 1, serviceTopics().mid(0, 2)), m_dir.path(), a).isEmpty());
    const QString path = m_dir.filePath(u"stale.sqlite"_s);
    {
        SearchIndex index;
        QVERIFY(index.open(path));
        QCOMPARE(index.sync({a}).indexedPacks, 1);
        // Packs indexed by an older analyzer: everything is indexed again.
        QSqlQuery q(index.database());
        QVERIFY(q.exec(u"UPDATE indexed_pack SET analyzer = 0"_s));
        const auto st = index.sync({a});
        QVERIFY(st.rebuilt);
        QCOMPARE(st.indexedPacks, 1);
        QCOMPARE(index.topicCount(), 2);
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
    }
    {
        // Another schema version: the file is a cache, so it starts empty.
        SearchIndex index;
        QVERIFY(index.open(path));
        QCOMPARE(index.topicCount(), 0);
        QCOMPARE(index.sync({a}).indexedPacks, 1);
        QCOMPARE(ids(index.search(u"angry"_s, u"en"_s)).value(0), u"angry-customers"_s);
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("this is not a database, just some bytes that happen to be here..........................................");
    }
    {
        SearchIndex index;
        QVERIFY(index.open(path));
        QCOMPARE(index.sync({a}).indexedPacks, 1);
    }
}

void TestSearchIndex::serviceDeliversOnlyTheNewestGeneration()
{
    SearchService service(u":memory:"_s);
    QSignalSpy ready(&service, &SearchService::indexReady);
    QSignalSpy results(&service, &SearchService::results);
    service.setPacks({m_pack});
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.first().first().toInt(), 5);
    QVERIFY(service.isReady());

    // Keystrokes: each one makes the previous query stale.
    const QStringList typed = {u"a"_s, u"an"_s, u"ang"_s, u"angr"_s, u"angry"_s, u"angry c"_s, u"angry cu"_s};
    quint64 last = 0;
    for (const QString &q : typed)
        last = service.search(q, u"en"_s);
    QCOMPARE(last, service.generation());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
    QTest::qWait(300);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().at(0).value<quint64>(), last);
    QCOMPARE(results.first().at(1).toString(), u"angry cu"_s);
    const auto hits = results.first().at(2).value<QList<SearchHit>>();
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().skillId, u"angry-customers"_s);

    // A cancelled search delivers nothing.
    results.clear();
    service.search(u"patience"_s, u"en"_s);
    service.cancel();
    QTest::qWait(300);
    QCOMPARE(results.size(), 0);

    // Corrections come through the service too.
    service.search(u"custmer"_s, u"en"_s);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
    QCOMPARE(results.first().at(3).toString(), u"customer"_s);
}

void TestSearchIndex::helpers()
{
    QVERIFY(withinOneEdit(u"custmer", u"customer"));
    QVERIFY(withinOneEdit(u"customer", u"custmer"));
    QVERIFY(withinOneEdit(u"cuztomer", u"customer"));
    QVERIFY(!withinOneEdit(u"cuztmer", u"customer"));
    QVERIFY(!withinOneEdit(u"customers", u"custom"));

    // Word spans keep harakat and ZWNJ inside the word and point into the original text.
    const QString text = u"مُشتری‌ها، iPhone‌ها!"_s;
    const QList<WordSpan> spans = wordSpans(text);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans.at(0).word, u"مشتریها"_s);
    QCOMPARE(text.mid(spans.at(0).start, spans.at(0).end - spans.at(0).start), u"مُشتری‌ها"_s);
    QCOMPARE(spans.at(0).parts, (QStringList{u"مشتری"_s, u"ها"_s}));
    QCOMPARE(spans.at(1).word, u"iphone"_s);
    QCOMPARE(spans.at(2).word, u"ها"_s);

    const QString longText = u"First sentence here. "_s + QString(u"word "_s).repeated(40) + u"target words follow. "_s
        + QString(u"tail "_s).repeated(40);
    const qsizetype at = longText.indexOf(u"target"_s);
    const Snippet s = makeSnippet(longText, {{at, 6}}, 80);
    QVERIFY(s.text.startsWith(QChar(0x2026)));
    QVERIFY(s.text.endsWith(QChar(0x2026)));
    QVERIFY(s.text.size() <= 84);
    QCOMPARE(s.text.mid(s.highlights.first().start, 6), u"target"_s);
    QCOMPARE(firstSentence(u"One. Two."), u"One."_s);
    QCOMPARE(markedText(u"a<b"_s, {{0, 1}}, u"<b>", u"</b>", true), u"<b>a</b>&lt;b"_s);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
