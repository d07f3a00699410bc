// The builder, the digest, the reader and the maharat-pack command line on a known pack.
#include "oggopus.h"
#include "packbuilder.h"
#include "lengthbias.h"
#include "packdigest.h"
#include "packlint.h"
#include "packreader.h"
#include "packstats.h"
#include "packtestutil.h"
#include "packwriter.h"
#include "sourcecompiler.h"
#include "sourceparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;

class TestPack : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsBackWhatWasWritten();
    void buildIsByteIdentical();
    void digestIgnoresPageLayout();
    void digestFollowsContent();
    void keywordsRoundTrip();
    void parserKeepsBlocksAndLines();
    void sourceErrorsPointToFileAndLine_data();
    void sourceErrorsPointToFileAndLine();
    void recordedClipMustBeOggOpus();
    void recordedClipMustBeInsideTheSource_data();
    void recordedClipMustBeInsideTheSource();
    void oggInspectorRejectsDamage();
    void cliInfoJson();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void lengthBiasRule();
    void lintWarnsOnLengthBias();

private:
    QString writeSource(const QString &name, const QString &skillText);
    QTemporaryDir m_dir;
    QString m_mini;
};

void TestPack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_mini = testutil::buildMini(m_dir.path());
    QVERIFY(!m_mini.isEmpty());
}

void TestPack::readsBackWhatWasWritten()
{
    LoadedPack pack;
    QCOMPARE(readPack(m_mini, pack, {.digest = true}).code(), PackError::None);
    const PackContent &c = pack.content;
    QCOMPARE(c.manifest.id, u"org.maharat.test-mini"_s);
    QCOMPARE(c.manifest.version, 3);
    QCOMPARE(c.manifest.languages, (QStringList{u"fa"_s, u"ar"_s, u"en"_s}));
    QCOMPARE(c.manifest.credits, (QStringList{u"Test credit one"_s, u"Test credit two"_s}));
    QCOMPARE(c.manifest.title.value(u"ar"_s), u"حزمة تجريبية"_s);
    QCOMPARE(c.skills.size(), 2);
    QCOMPARE(c.skills[0].id, u"patience"_s); // display order, not file order
    const Skill &p = c.skills[0];
    QVERIFY(p.text[u"fa"_s].body.contains(u"### چطور انجامش دهیم"_s));
    QVERIFY(p.text[u"en"_s].body.contains(u"@not a field"_s)); // @@ escapes a literal @
    QCOMPARE(p.examples.size(), 1);
    QCOMPARE(p.examples[0].id, u"patience.wait"_s);
    QCOMPARE(p.examples[0].text[u"en"_s].goodMedia, u"patience.wait.en.good"_s);
    QVERIFY(p.examples[0].text[u"en"_s].badMedia.isEmpty()); // no synthesis in this build
    QCOMPARE(p.questions.size(), 3);
    const Question &choice = p.questions[0];
    QCOMPARE(choice.type, u"choice"_s);
    QCOMPARE(choice.options.size(), 2);
    QCOMPARE(choice.options[choice.correctIndex()].id, u"b"_s);
    QCOMPARE(choice.options[1].text[u"fa"_s], u"آرامش"_s);
    const Question &phrasing = p.questions[2];
    QCOMPARE(phrasing.exampleId, u"patience.wait"_s);
    QCOMPARE(phrasing.options[phrasing.correctIndex()].id, u"good"_s);
    QCOMPARE(phrasing.options[phrasing.correctIndex()].media.value(u"en"_s), u"patience.wait.en.good"_s);
    QCOMPARE(c.media.size(), 1);
    QVERIFY(c.media[0].durationMs > 1000 && c.media[0].durationMs < 5000);
    QCOMPARE(pack.digest.size(), 64);

    QByteArray clip;
    QCOMPARE(readPackMedia(m_mini, c.media[0], clip).code(), PackError::None);
    QFile original(testutil::miniSource() + u"/audio/en-good.opus"_s);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(clip, original.readAll());

    const auto counts = countByLanguage(c);
    QCOMPARE(counts[u"en"_s].topics, 2);
    QCOMPARE(counts[u"en"_s].examples, 2);
    QCOMPARE(counts[u"en"_s].clips, 1);
    QCOMPARE(counts[u"fa"_s].clips, 0);
    QCOMPARE(counts[u"ar"_s].questions, 4);
}

void TestPack::buildIsByteIdentical()
{
    const QString again = testutil::buildMini(m_dir.path(), u"again.skillpack"_s);
    QFile a(m_mini), b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
}

void TestPack::digestIgnoresPageLayout()
{
    // Same rows, different physical layout: another page size and rows inserted in reverse.
    const QString copy = m_dir.filePath(u"relaid.skillpack"_s);
    QFile::remove(copy);
    QVERIFY(testutil::tamper(m_mini, u"VACUUM INTO '"_s + copy + u'\''));
    QVERIFY(testutil::tamper(copy, u"PRAGMA page_size = 8192; VACUUM; "
                                   "CREATE TABLE tmp AS SELECT * FROM credit; DELETE FROM credit; "
                                   "INSERT INTO credit SELECT * FROM tmp ORDER BY ord DESC; DROP TABLE tmp; VACUUM;"_s));
    QFile a(m_mini), b(copy);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() != b.readAll());
    LoadedPack p1, p2;
    QCOMPARE(readPack(m_mini, p1, {.digest = true}).code(), PackError::None);
    QCOMPARE(readPack(copy, p2, {.digest = true}).code(), PackError::None);
    QCOMPARE(p1.digest, p2.digest);
}

void TestPack::digestFollowsContent()
{
    const QString copy = m_dir.filePath(u"edited.skillpack"_s);
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_mini, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(testutil::tamper(copy, u"UPDATE skill_text SET summary = 'Stay calm.' WHERE skill_id = 'patience' AND lang = 'en'"_s));
    LoadedPack p1, p2;
    QCOMPARE(readPack(m_mini, p1, {.digest = true}).code(), PackError::None);
    QCOMPARE(readPack(copy, p2, {.digest = true}).code(), PackError::None);
    QVERIFY(p1.digest != p2.digest);
}

void TestPack::keywordsRoundTrip()
{
    // @<lang>.keywords: comma-separated (the Arabic comma too), trimmed, in order; v2 rows.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(u"src/skills"_s)));
    QVERIFY(QFile::copy(testutil::miniSource() + u"/pack.manifest"_s, dir.filePath(u"src/pack.manifest"_s)));
    QFile in(testutil::miniSource() + u"/skills/listening.skill"_s);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(in.readAll());
    text.replace(u"@en.summary Listen.\n"_s, u"@en.summary Listen.\n@en.keywords  not listening, interrupting ,ignoring\n"_s);
    text.replace(u"@ar.summary استمع.\n"_s, u"@ar.summary استمع.\n@ar.keywords مقاطعة، تجاهل\n"_s);
    QFile out(dir.filePath(u"src/skills/listening.skill"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    CompiledSource src = compileSource(dir.filePath(u"src"_s));
    QVERIFY2(src.errors.isEmpty(), qPrintable(src.errors.value(0).toString()));
    for (Skill &s : src.content.skills)
        for (Example &e : s.examples)
            for (ExampleText &t : e.text)
                t.badMedia.clear(), t.goodMedia.clear();
    for (Skill &s : src.content.skills)
        for (Question &q : s.questions)
            for (QuestionOption &o : q.options)
                o.media.clear();
    const QString path = dir.filePath(u"kw.skillpack"_s);
    QCOMPARE(writePack(src.content, {}, path), QString());
    LoadedPack pack;
    QCOMPARE(readPack(path, pack, {.digest = true}).code(), PackError::None);
    const Skill *listening = pack.content.skill(u"listening");
    QVERIFY(listening);
    QCOMPARE(listening->keywords.value(u"en"_s), (QStringList{u"not listening"_s, u"interrupting"_s, u"ignoring"_s}));
    QCOMPARE(listening->keywords.value(u"ar"_s), (QStringList{u"مقاطعة"_s, u"تجاهل"_s}));
    QVERIFY(!listening->keywords.contains(u"fa"_s));

    // Keywords are content: the digest follows them.
    const QString changed = dir.filePath(u"kw2.skillpack"_s);
    QVERIFY(QFile::copy(path, changed));
    QVERIFY(testutil::tamper(changed, u"UPDATE skill_keyword SET keyword = 'ignored' WHERE keyword = 'ignoring'"_s));
    LoadedPack other;
    QCOMPARE(readPack(changed, other, {.digest = true}).code(), PackError::None);
    QVERIFY(other.digest != pack.digest);
    // Validated like other text: a keyword is one short line.
    QVERIFY(testutil::tamper(changed, u"UPDATE skill_keyword SET keyword = 'a, b' WHERE keyword = 'ignored'"_s));
    QCOMPARE(readPack(changed, other).code(), PackError::BadText);
    QVERIFY(testutil::tamper(changed, u"UPDATE skill_keyword SET keyword = printf('%.70c', 'x') WHERE keyword = 'a, b'"_s));
    QCOMPARE(readPack(changed, other).code(), PackError::TextTooLong);
    QVERIFY(testutil::tamper(changed, u"UPDATE skill_keyword SET skill_id = 'nobody'"_s));
    QCOMPARE(readPack(changed, other).code(), PackError::DanglingReference);
}

void TestPack::parserKeepsBlocksAndLines()
{
    QList<SourceError> errors;
    const SourceFile f = parseSource(u"x.skill"_s,
                                     u"@skill a\r\n@en.body\r\n\r\nline one\r\n\r\n  indented\r\n\r\n@# comment\r\n@en.title T\r\n"_s,
                                     {u"skill"_s}, errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(f.sections.size(), 2);
    const SourceField *body = f.sections[1].field(u"en.body");
    QVERIFY(body);
    QCOMPARE(body->value, u"line one\n\n  indented"_s);
    QCOMPARE(body->line, 2);
    QCOMPARE(f.sections[1].field(u"en.title")->line, 9);
}

QString TestPack::writeSource(const QString &name, const QString &skillText)
{
    const QString dir = m_dir.filePath(name);
    QDir().mkpath(dir + u"/skills"_s);
    QFile::remove(dir + u"/pack.manifest"_s);
    QFile::copy(testutil::miniSource() + u"/pack.manifest"_s, dir + u"/pack.manifest"_s);
    QFile f(dir + u"/skills/s.skill"_s);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(skillText.toUtf8());
    return dir;
}

void TestPack::sourceErrorsPointToFileAndLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    QFile f(testutil::miniSource() + u"/skills/listening.skill"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString good = QString::fromUtf8(f.readAll());
    QString missingAr = good;
    missingAr.replace(u"@ar.summary استمع.\n"_s, u""_s);
    QTest::newRow("missing field") << missingAr << 1 << u"missing @ar.summary"_s;
    QString unknown = good;
    unknown.replace(u"@en.summary Listen.\n"_s, u"@en.summary Listen.\n@en.sumary typo\n"_s);
    QTest::newRow("unknown field") << unknown << 14 << u"unknown field @en.sumary"_s;
    QString badCategory = good;
    badCategory.replace(u"@category basics"_s, u"@category nowhere"_s);
    QTest::newRow("unknown category") << badCategory << 2 << u"unknown category nowhere"_s;
    QString badCorrect = good;
    badCorrect.replace(u"@correct false"_s, u"@correct maybe"_s);
    QTest::newRow("bad truefalse answer") << badCorrect << 39 << u"true or false"_s;
    QString stray = good;
    stray.replace(u"@skill listening\n"_s, u"@skill listening\nstray words\n"_s);
    QTest::newRow("text outside a field") << stray << 2 << u"text outside a field"_s;
    QString twice = good;
    twice.replace(u"@en.summary Listen.\n"_s, u"@en.summary Listen.\n@en.keywords hear, ears, hear\n"_s);
    QTest::newRow("keyword twice") << twice << 14 << u"listed twice"_s;
    QString badId = good;
    badId.replace(u"@example echo"_s, u"@example Echo_1"_s);
    QTest::newRow("bad id") << badId << 17 << u"invalid id"_s;
}

void TestPack::sourceErrorsPointToFileAndLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    const QString dir = writeSource(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), text);
    const BuildResult r = buildPack(dir, dir + u"/out.skillpack"_s, {dir + u"/cache"_s, false});
    QVERIFY(!r.ok());
    QVERIFY(!QFile::exists(dir + u"/out.skillpack"_s));
    bool found = false;
    for (const SourceError &e : r.errors)
        found |= e.file == u"skills/s.skill" && e.line == line && e.message.contains(fragment);
    QStringList all;
    for (const SourceError &e : r.errors)
        all.append(e.toString());
    QVERIFY2(found, qPrintable(all.join(u'\n')));
}

void TestPack::recordedClipMustBeOggOpus()
{
    QFile f(testutil::miniSource() + u"/skills/patience.skill"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    text.replace(u"audio/en-good.opus"_s, u"fake.opus"_s);
    const QString dir = writeSource(u"fakeclip"_s, text);
    QFile fake(dir + u"/fake.opus"_s);
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("RIFF....WAVEfmt not an ogg file");
    fake.close();
    const BuildResult r = buildPack(dir, dir + u"/out.skillpack"_s, {dir + u"/cache"_s, false});
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors[0].message.contains(u"not an Ogg Opus clip"_s));
    QCOMPARE(r.errors[0].file, u"skills/s.skill"_s);
}

void TestPack::recordedClipMustBeInsideTheSource_data()
{
    QTest::addColumn<QString>("audio");
    QTest::addColumn<QString>("fragment");
    // Outside the folder: one message, whether or not the file is there.
    QTest::newRow("parent, exists") << u"../outside.opus"_s << u"inside the pack's source folder"_s;
    QTest::newRow("parent, missing") << u"../nothing-here.opus"_s << u"inside the pack's source folder"_s;
    QTest::newRow("deep parent") << u"../../../../../../etc/hostname"_s << u"inside the pack's source folder"_s;
    QTest::newRow("absolute, exists") << u"@OUTSIDE@"_s << u"inside the pack's source folder"_s;
    QTest::newRow("absolute, missing") << u"/nonexistent/x.opus"_s << u"inside the pack's source folder"_s;
    QTest::newRow("link out, exists") << u"link-out.opus"_s << u"inside the pack's source folder"_s;
    QTest::newRow("link out, missing") << u"dangling.opus"_s << u"inside the pack's source folder"_s;
    QTest::newRow("folder link out") << u"dirlink/nothing.opus"_s << u"inside the pack's source folder"_s;
    QTest::newRow("sneaky dots") << u"audio/../../outside.opus"_s << u"inside the pack's source folder"_s;
    // Inside: a missing file may say so.
    QTest::newRow("inside, missing") << u"audio/missing.opus"_s << u"audio file not found"_s;
}

void TestPack::recordedClipMustBeInsideTheSource()
{
    QFETCH(QString, audio);
    QFETCH(QString, fragment);
    QFile f(testutil::miniSource() + u"/skills/patience.skill"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    const QString name = u"clip-"_s + QString::number(QTest::currentDataTag()[0]) + QString::number(qHash(audio), 16);
    const QString outside = m_dir.filePath(u"outside.opus"_s);
    QFile::copy(testutil::miniSource() + u"/audio/en-good.opus"_s, outside);
    text.replace(u"audio/en-good.opus"_s, QString(audio).replace(u"@OUTSIDE@"_s, outside));
    const QString dir = writeSource(name, text);
    QVERIFY(QDir().mkpath(dir + u"/audio"_s));
    QFile::link(outside, dir + u"/link-out.opus"_s);
    QFile::link(m_dir.filePath(u"no-such-target.opus"_s), dir + u"/dangling.opus"_s);
    QFile::link(QDir::tempPath(), dir + u"/dirlink"_s);
    const BuildResult r = buildPack(dir, dir + u"/out.skillpack"_s, {dir + u"/cache"_s, false});
    QVERIFY(!r.ok());
    QVERIFY(!QFile::exists(dir + u"/out.skillpack"_s));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors[0].message.contains(fragment), qPrintable(r.errors[0].toString()));
    QCOMPARE(r.errors[0].line, 35);
    // lint reports the same problem
    const QList<SourceError> lint = lintSource(dir);
    QVERIFY(std::any_of(lint.cbegin(), lint.cend(), [&](const SourceError &e) { return e.message.contains(fragment); }));
}

void TestPack::oggInspectorRejectsDamage()
{
    QFile f(testutil::miniSource() + u"/audio/en-good.opus"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray clip = f.readAll();
    const auto info = inspectOggOpus(clip);
    QVERIFY(info);
    QCOMPARE(info->channels, 1);
    QVERIFY(info->durationMs > 1000);
    QByteArray flipped = clip;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x40);
    QVERIFY(!inspectOggOpus(flipped)); // page CRC
    QVERIFY(!inspectOggOpus(clip.first(clip.size() - 10)));
    QVERIFY(!inspectOggOpus(QByteArray()));
}

void TestPack::cliInfoJson()
{
    QProcess p;
    p.start(QStringLiteral(MAHARAT_PACK_EXE), {u"info"_s, m_mini, u"--json"_s});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(o[u"id"_s].toString(), u"org.maharat.test-mini"_s);
    QCOMPARE(o[u"version"_s].toInt(), 3);
    QCOMPARE(o[u"digest"_s].toString().size(), 64);
    QCOMPARE(o[u"languages"_s].toArray().size(), 3);
    QVERIFY(o[u"media_bytes"_s].toInteger() > 1000);
    const QJsonObject en = o[u"counts"_s].toObject()[u"en"_s].toObject();
    QCOMPARE(en[u"topics"_s].toInt(), 2);
    QCOMPARE(en[u"examples"_s].toInt(), 2);
    QCOMPARE(en[u"clips"_s].toInt(), 1);
    QCOMPARE(en[u"questions"_s].toInt(), 4);
}

void TestPack::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no args") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("info missing file") << QStringList{u"info"_s, u"/nonexistent.skillpack"_s};
    QTest::newRow("verify no file") << QStringList{u"verify"_s};
    QTest::newRow("build no output") << QStringList{u"build"_s, testutil::miniSource()};
    QTest::newRow("build bad flag") << QStringList{u"build"_s, testutil::miniSource(), u"-o"_s, u"x"_s, u"--bogus"_s};
    QTest::newRow("lint not a dir") << QStringList{u"lint"_s, u"/nonexistent"_s};
}

void TestPack::cliUsageErrors()
{
    QFETCH(QStringList, args);
    QProcess p;
    p.start(QStringLiteral(MAHARAT_PACK_EXE), args);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("usage:"));
}

namespace {
Question choiceQuestion(const QString &right, const QStringList &wrong)
{
    Question q;
    q.id = u"s.q1"_s;
    q.type = u"choice"_s;
    q.options.append(QuestionOption{u"a"_s, true, {{u"en"_s, right}}, {}});
    for (qsizetype i = 0; i < wrong.size(); ++i)
        q.options.append(QuestionOption{QString(QChar(char16_t(u'b' + i))), false, {{u"en"_s, wrong.at(i)}}, {}});
    return q;
}
} // namespace

void TestPack::lengthBiasRule()
{
    // 14 vs 10 characters: 1.4x, the limit itself warns; 13 vs 10 does not.
    const Question atLimit = choiceQuestion(u"abcdefghijklmn"_s, {u"abcdefghij"_s, u"abc"_s});
    QCOMPARE(rightToLongestDistractor(atLimit, u"en"_s), 1.4);
    QCOMPARE(lintQuestion(atLimit, {u"en"_s}).size(), 1);
    QVERIFY(lintQuestion(atLimit, {u"en"_s}).first().startsWith(u"en: "_s));
    const Question below = choiceQuestion(u"abcdefghijklm"_s, {u"abcdefghij"_s});
    QVERIFY(lintQuestion(below, {u"en"_s}).isEmpty());
    QVERIFY(rightIsUniquelyLongest(below, u"en"_s));
    // A tie is not "uniquely longest"; a language without text is not judged.
    const Question tie = choiceQuestion(u"abcde"_s, {u"vwxyz"_s, u"a"_s});
    QVERIFY(!rightIsUniquelyLongest(tie, u"en"_s));
    QVERIFY(!rightIsUniquelyLongest(tie, u"fa"_s));
    QVERIFY(lintQuestion(tie, {u"fa"_s, u"en"_s}).isEmpty());
    // Not a choice question: never flagged.
    Question tf = atLimit;
    tf.type = u"truefalse"_s;
    QVERIFY(lintQuestion(tf, {u"en"_s}).isEmpty());

    PackContent pack;
    Skill skill;
    skill.questions = {atLimit, below, tie, tf};
    pack.skills = {skill};
    const LengthBiasFigure f = lengthBias({&pack}, u"en"_s);
    QCOMPARE(f.choiceQuestions, 3);
    QCOMPARE(f.uniquelyLongest, 2);
}

void TestPack::lintWarnsOnLengthBias()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString src = QStringLiteral(MAHARAT_TEST_DATA "/mini");
    for (const QString &rel : {u"pack.manifest"_s, u"skills/listening.skill"_s, u"skills/patience.skill"_s,
                               u"audio/en-good.opus"_s}) {
        QDir().mkpath(QFileInfo(dir.filePath(rel)).absolutePath());
        QVERIFY(QFile::copy(src + u'/' + rel, dir.filePath(rel)));
    }
    auto lint = [&] {
        QProcess p;
        p.start(QStringLiteral(MAHARAT_PACK_EXE), {u"lint"_s, dir.path()});
        p.waitForFinished(30000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
    };
    QCOMPARE(lint().first, 0);

    QFile f(dir.filePath(u"skills/patience.skill"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    QVERIFY(text.contains(u"@en.option.b Calm\n"_s));
    text.replace(u"@en.option.b Calm\n"_s, u"@en.option.b Stay calm and let them finish\n"_s);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    f.close();
    const auto [code, out] = lint();
    QCOMPARE(code, 1);
    QVERIFY2(out.contains(u"skills/patience.skill:37: warning: @question q1: en: the right option is 5.80x"_s), qPrintable(out));
    QVERIFY(!out.contains(u": fa: "_s));
}

QTEST_GUILESS_MAIN(TestPack)
#include "tst_pack.moc"
