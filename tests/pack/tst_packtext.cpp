// Pack text is only text: the Markdown subset renderer escapes everything and names no resource,
// and the shared text rules (builder, lint, reader) refuse HTML, images, non-web links, bidi
// overrides and invisible characters while allowing what Persian and Arabic need.
#include "packlint.h"
#include "packmarkdown.h"
#include "packreader.h"
#include "packtestutil.h"
#include "packvalidator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using maharat::PackError;
using maharat::TextKind;

class TestPackText : public QObject
{
    Q_OBJECT
private slots:
    void renderSubset_data();
    void renderSubset();
    void renderNeverEmitsForeignMarkup_data();
    void renderNeverEmitsForeignMarkup();
    void hostileInputStaysFast();
    void linkTargets_data();
    void linkTargets();
    void textRules_data();
    void textRules();
    void readerRefusesHostileText_data();
    void readerRefusesHostileText();
    void lintAndVerifyReportFieldAndTopic();
};

void TestPackText::renderSubset_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("paragraph") << u"Hello\nworld"_s << u"<p dir=\"ltr\">Hello world</p>"_s;
    QTest::newRow("two paragraphs") << u"a\n\nb"_s << u"<p dir=\"ltr\">a</p><p dir=\"ltr\">b</p>"_s;
    QTest::newRow("heading") << u"### How"_s << u"<h3 dir=\"ltr\">How</h3>"_s;
    QTest::newRow("bullets") << u"- one\n- two"_s << u"<ul dir=\"ltr\"><li dir=\"ltr\">one</li><li dir=\"ltr\">two</li></ul>"_s;
    QTest::newRow("numbered") << u"1. one\n2. two\n   more"_s
                              << u"<ol dir=\"ltr\"><li dir=\"ltr\">one</li><li dir=\"ltr\">two more</li></ol>"_s;
    QTest::newRow("list then paragraph") << u"- a\n\nafter"_s
                                         << u"<ul dir=\"ltr\"><li dir=\"ltr\">a</li></ul><p dir=\"ltr\">after</p>"_s;
    QTest::newRow("bold and italic") << u"**b** and *i* and _j_"_s << u"<p dir=\"ltr\"><b>b</b> and <i>i</i> and <i>j</i></p>"_s;
    QTest::newRow("nested emphasis") << u"*a **b** c*"_s << u"<p dir=\"ltr\"><i>a <b>b</b> c</i></p>"_s;
    QTest::newRow("snake_case stays") << u"a_b_c"_s << u"<p dir=\"ltr\">a_b_c</p>"_s;
    QTest::newRow("lone star") << u"2 * 3"_s << u"<p dir=\"ltr\">2 * 3</p>"_s;
    QTest::newRow("escaped star") << u"\\*not\\*"_s << u"<p dir=\"ltr\">*not*</p>"_s;
    QTest::newRow("link shows host") << u"[the guide](https://example.org/a?b=1&c=2)"_s
                                     << u"<p dir=\"ltr\"><a href=\"https://example.org/a?b=1&amp;c=2\">the guide</a> \u2068(example.org)\u2069</p>"_s;
    QTest::newRow("international host in ASCII") << u"[x](https://bücher.example/)"_s
                                                 << u"<p dir=\"ltr\"><a href=\"https://xn--bcher-kva.example/\">x</a> \u2068(xn--bcher-kva.example)\u2069</p>"_s;
    QTest::newRow("file link is text") << u"[secret](file:///etc/passwd)"_s << u"<p dir=\"ltr\">secret</p>"_s;
    // Found by fuzz_markdown: a link in a link's text was a second anchor inside the first.
    QTest::newRow("link inside a link is text") << u"[[bank](https://bank.example) login](https://evil.example)"_s
                                                << u"<p dir=\"ltr\"><a href=\"https://evil.example\">bank login</a> \u2068(evil.example)\u2069</p>"_s;
    QTest::newRow("image is its text") << u"![pixel](http://127.0.0.1/p.png)"_s << u"<p dir=\"ltr\">pixel</p>"_s;
    QTest::newRow("html escaped") << u"<img src=\"http://h/p.png\"> <b>x</b> & \"q\""_s
                                  << u"<p dir=\"ltr\">&lt;img src=&quot;http://h/p.png&quot;&gt; &lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot;</p>"_s;
    QTest::newRow("rtl blocks") << u"### عنوان\n- یک"_s
                                << u"<h3 dir=\"rtl\">عنوان</h3><ul dir=\"rtl\"><li dir=\"rtl\">یک</li></ul>"_s;
}

void TestPackText::renderSubset()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(maharat::markdownToRichText(markdown, html.contains(u"rtl"_s)), html);
}

void TestPackText::renderNeverEmitsForeignMarkup_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("img tag") << u"<img src=\"http://127.0.0.1:9/x.png\">"_s;
    QTest::newRow("markdown image") << u"![a](http://127.0.0.1:9/x.png)"_s;
    QTest::newRow("image in link") << u"[![a](http://127.0.0.1:9/x.png)](https://ok.example)"_s;
    QTest::newRow("qrc image") << u"![a](qrc:/qt/qml/Maharat/icons/home.svg)"_s;
    QTest::newRow("style") << u"<style>p{background:url(http://127.0.0.1:9/s)}</style>"_s;
    QTest::newRow("quote in href") << u"[a](https://ok.example/\"onmouseover=x)"_s;
    QTest::newRow("javascript") << u"[a](javascript:alert(1))"_s;
    QTest::newRow("user info") << u"[bank](https://bank.example@evil.example/)"_s;
    QTest::newRow("entity") << u"&lt;img src=x&gt;"_s;
    QTest::newRow("unclosed") << u"**[a](https://ok.example *b [c"_s;
}

void TestPackText::renderNeverEmitsForeignMarkup()
{
    QFETCH(QString, markdown);
    const QString html = maharat::markdownToRichText(markdown, false);
    static const QRegularExpression tag(u"<(/?)([a-z0-9]+)([^>]*)>"_s);
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2);
        static const QStringList allowed{u"p"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s,
                                         u"ul"_s, u"ol"_s, u"li"_s, u"b"_s, u"i"_s, u"a"_s};
        QVERIFY2(allowed.contains(name), qPrintable(html));
        const QString attrs = m.captured(3);
        if (name == u"a" && m.captured(1).isEmpty()) {
            static const QRegularExpression href(u"^ href=\"https?://[^\"<>\\s]+\"$"_s);
            QVERIFY2(href.match(attrs).hasMatch(), qPrintable(html));
            QVERIFY2(!attrs.contains(u'@'), qPrintable(html));
        } else {
            QVERIFY2(attrs.isEmpty() || attrs == u" dir=\"ltr\"", qPrintable(html));
        }
    }
    QVERIFY2(!html.contains(u"<img"_s) && !html.contains(u"<style"_s) && !html.contains(u"href=\"qrc"_s)
                 && !html.contains(u"href=\"http://127"_s),
             qPrintable(html));
}

void TestPackText::hostileInputStaysFast()
{
    // Unmatched delimiters and brackets everywhere: the renderer must stay close to linear.
    QString hostile;
    for (int i = 0; i < 5000; ++i)
        hostile += u"*a _b [c ("_s;
    QElapsedTimer t;
    t.start();
    const QString html = maharat::markdownToRichText(hostile, false);
    QVERIFY(!html.isEmpty());
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
}

void TestPackText::linkTargets_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://example.org/x"_s << true;
    QTest::newRow("http") << u"http://example.org"_s << true;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("qrc") << u"qrc:/qt/qml/Maharat/Main.qml"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("mailto") << u"mailto:a@example.org"_s << false;
    QTest::newRow("relative") << u"../x"_s << false;
    QTest::newRow("no host") << u"https:///x"_s << false;
    QTest::newRow("user info") << u"https://bank.example@evil.example/"_s << false;
}

void TestPackText::linkTargets()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(maharat::isAllowedLinkTarget(QUrl(url, QUrl::StrictMode)), allowed);
}

void TestPackText::textRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("body");
    QTest::addColumn<int>("expected");
    const auto row = [](const char *name, const QString &text, bool body, PackError::Code code) {
        QTest::newRow(name) << text << body << int(code);
    };
    row("plain", u"Be patient."_s, false, PackError::None);
    row("persian zwnj", u"می\u200Cخواهم"_s, false, PackError::None);
    row("zwj", u"a\u200Db"_s, false, PackError::None);
    row("direction marks", u"CRM\u200F را \u200Eok\u061C"_s, false, PackError::None);
    row("isolates closed", u"\u2067نام\u2069 and \u2066abc\u2069 \u2068x\u2069"_s, false, PackError::None);
    row("emoji variation selector", u"\u2764\uFE0F"_s, false, PackError::None);
    row("body markdown", u"### How\n- **one**\n- [guide](https://example.org)"_s, true, PackError::None);
    row("img tag", u"<img src=\"http://h/p.png\"> Law"_s, false, PackError::HtmlInText);
    row("bold tag", u"<b>Law</b>"_s, false, PackError::HtmlInText);
    row("closing tag", u"Law</b>"_s, false, PackError::HtmlInText);
    row("comment", u"a <!-- b -->"_s, true, PackError::HtmlInText);
    row("autolink", u"<https://example.org>"_s, true, PackError::HtmlInText);
    row("less than a number", u"a < 3 and 5 > 2"_s, false, PackError::None);
    row("markdown image in body", u"![x](http://h/b.png)"_s, true, PackError::ImageInText);
    row("markdown image in title", u"![x](http://h/b.png)"_s, false, PackError::ImageInText);
    row("reference image", u"![x][1]"_s, true, PackError::ImageInText);
    row("file link", u"[x](file:///etc/passwd)"_s, true, PackError::LinkNotAllowed);
    row("qrc link", u"[x](qrc:/icons/home.svg)"_s, true, PackError::LinkNotAllowed);
    row("javascript link", u"[x](javascript:alert(1))"_s, true, PackError::LinkNotAllowed);
    row("link text in title is text", u"[x](file:///etc/passwd)"_s, false, PackError::None);
    for (char16_t c : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E})
        QTest::newRow(qPrintable(u"override U+"_s + QString::number(c, 16))) << (u"abc"_s + QChar(c) + u"def"_s) << false
                                                                              << int(PackError::BidiOverride);
    for (char16_t c : {0x200B, 0x00AD, 0x2060, 0xFEFF, 0x2028, 0x206F, 0xFFFC, 0x3164})
        QTest::newRow(qPrintable(u"hidden U+"_s + QString::number(c, 16))) << (u"abc"_s + QChar(c) + u"def"_s) << false
                                                                            << int(PackError::HiddenCharacter);
    row("tag character", u"abc"_s + QString::fromUcs4(U"\U000E0041", 1), false, PackError::HiddenCharacter);
    row("lone surrogate", u"abc"_s + QChar(0xD800), false, PackError::HiddenCharacter);
    row("isolate not closed", u"\u2067abc"_s, false, PackError::UnbalancedIsolate);
    row("isolate closed on the next line", u"\u2067abc\ndef\u2069"_s, true, PackError::UnbalancedIsolate);
    row("stray pop", u"abc\u2069"_s, false, PackError::UnbalancedIsolate);
    row("control", u"a\u0007b"_s, false, PackError::BadText);
}

void TestPackText::textRules()
{
    QFETCH(QString, text);
    QFETCH(bool, body);
    QFETCH(int, expected);
    const PackError e = maharat::checkPackText(text, body ? TextKind::Markdown : TextKind::Plain, u"title"_s, u"patience"_s);
    QCOMPARE(e.codeName(), PackError(PackError::Code(expected)).codeName());
    if (e)
        QVERIFY2(e.message().contains(u"patience"_s) || e.code() == PackError::BadText, qPrintable(e.message()));
}

void TestPackText::readerRefusesHostileText_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("expected");
    const auto row = [](const char *name, const QString &sql, PackError::Code code) {
        QTest::newRow(name) << sql << int(code);
    };
    row("img in topic title", u"UPDATE skill_text SET title = '<img src=\"http://127.0.0.1/p.png\"> Law' WHERE lang = 'en'"_s,
        PackError::HtmlInText);
    row("markdown image in body", u"UPDATE skill_text SET body = body || ' ![x](http://127.0.0.1/b.png)' WHERE lang = 'en'"_s,
        PackError::ImageInText);
    row("file link in body", u"UPDATE skill_text SET body = body || ' [x](file:///etc/passwd)' WHERE lang = 'en'"_s,
        PackError::LinkNotAllowed);
    row("tag in option", u"UPDATE option_text SET text = '<b>yes</b>' WHERE lang = 'en'"_s, PackError::HtmlInText);
    row("override in example", u"UPDATE example_text SET situation = 'a' || char(8238) || 'b' WHERE lang = 'fa'"_s,
        PackError::BidiOverride);
    row("hidden in credit", u"INSERT INTO credit VALUES (99, 'a' || char(8203) || 'b')"_s, PackError::HiddenCharacter);
    row("html in manifest", u"UPDATE manifest SET value = '<i>Me</i>' WHERE key = 'publisher'"_s, PackError::HtmlInText);
}

void TestPackText::readerRefusesHostileText()
{
    QFETCH(QString, sql);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString path = testutil::buildMini(dir.path());
    QVERIFY(!path.isEmpty());
    QString error;
    QVERIFY2(testutil::tamper(path, sql, &error), qPrintable(error));
    maharat::LoadedPack pack;
    const PackError e = maharat::readPack(path, pack);
    QCOMPARE(e.codeName(), PackError(PackError::Code(expected)).codeName());
}

void TestPackText::lintAndVerifyReportFieldAndTopic()
{
    QTemporaryDir dir;
    const QString src = dir.filePath(u"src"_s);
    QVERIFY(QProcess::execute(u"cp"_s, {u"-r"_s, testutil::miniSource(), src}) == 0);
    const QString skill = QDir(src).filePath(u"skills/patience.skill"_s);
    QFile f(skill);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    QVERIFY(text.contains(u"@en.title "_s));
    text.replace(u"@en.title "_s, u"@en.title <img src=\"http://127.0.0.1/p.png\"> "_s);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    f.close();

    const auto problems = maharat::lintSource(src);
    const auto hit = std::find_if(problems.cbegin(), problems.cend(), [](const maharat::SourceError &e) {
        return e.message.contains(u"HTML"_s) && e.message.contains(u"@en.title"_s) && e.message.contains(u"patience"_s);
    });
    QVERIFY2(hit != problems.cend(), qPrintable(problems.isEmpty() ? u"no problems"_s : problems.first().toString()));
    QVERIFY(hit->file.endsWith(u"patience.skill"_s) && hit->line > 0);

    // The builder refuses it too, with the field and the topic.
    QProcess p;
    p.start(QStringLiteral(MAHARAT_PACK_EXE), {u"build"_s, src, u"-o"_s, dir.filePath(u"x.skillpack"_s)});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(p.exitCode() != 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY2(out.contains(u"HTML"_s) && out.contains(u"patience"_s), qPrintable(out));

    // verify on a built pack whose text was changed afterwards.
    const QString pack = testutil::buildMini(dir.path());
    QVERIFY(testutil::tamper(pack, u"UPDATE skill_text SET summary = '![x](http://127.0.0.1/b.png)' WHERE skill_id = 'listening' AND lang = 'ar'"_s));
    p.start(QStringLiteral(MAHARAT_PACK_EXE), {u"verify"_s, pack});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    const QString verify = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    QVERIFY2(verify.contains(u"image"_s) && verify.contains(u"summary"_s) && verify.contains(u"listening"_s),
             qPrintable(verify));
}

QTEST_GUILESS_MAIN(TestPackText)
#include "tst_packtext.moc"
