// Every way a pack can be hostile or broken must be refused with its own specific error, and
// `maharat-pack verify` must say so in one line with exit code 1.
#include "packreader.h"
#include "packtestutil.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using maharat::PackError;

class TestHostilePacks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sqlTampering_data();
    void sqlTampering();
    void truncatedFile();
    void randomBytes();
    void emptyFile();
    void damagedPage();
    void missingFile();
    void verifyCliReportsOneLine();

private:
    QString freshCopy(const QString &name);
    QTemporaryDir m_dir;
    QString m_mini;
};

void TestHostilePacks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_mini = testutil::buildMini(m_dir.path());
    QVERIFY(!m_mini.isEmpty());
    maharat::LoadedPack pack;
    QCOMPARE(maharat::readPack(m_mini, pack).code(), PackError::None);
}

QString TestHostilePacks::freshCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::copy(m_mini, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestHostilePacks::sqlTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("expected");
    const auto row = [](const char *name, const QString &sql, PackError::Code code) {
        QTest::newRow(name) << sql << int(code);
    };
    row("wrong application_id", u"PRAGMA application_id = 1234"_s, PackError::WrongApplication);
    row("newer format version", u"PRAGMA user_version = 3"_s, PackError::NewerFormat);
    row("v2 file claiming v1", u"PRAGMA user_version = 1"_s, PackError::UnexpectedObject);
    row("v2 file without signature table", u"DROP TABLE signature"_s, PackError::MissingTable);
    row("signature table altered", u"ALTER TABLE signature ADD COLUMN note TEXT"_s, PackError::SchemaMismatch);
    row("junk signature row", u"INSERT INTO signature VALUES (1, 'RWQ', 'untrusted comment: x')"_s,
        PackError::SignatureMalformed);
    row("two signature rows", u"INSERT INTO signature VALUES (1, 'a', 'b'), (2, 'c', 'd')"_s,
        PackError::SignatureMalformed);
    row("zero format version", u"PRAGMA user_version = 0"_s, PackError::UnknownFormat);
    row("extra trigger", u"CREATE TRIGGER t AFTER INSERT ON credit BEGIN DELETE FROM credit; END"_s, PackError::HasTrigger);
    row("view", u"CREATE VIEW v AS SELECT * FROM skill"_s, PackError::HasView);
    row("fts table", u"CREATE VIRTUAL TABLE search USING fts5(body)"_s, PackError::HasVirtualTable);
    row("extra table", u"CREATE TABLE extra(x)"_s, PackError::UnexpectedObject);
    row("extra index", u"CREATE INDEX i ON skill(ord)"_s, PackError::UnexpectedObject);
    row("altered table", u"ALTER TABLE credit ADD COLUMN note TEXT"_s, PackError::SchemaMismatch);
    row("missing table", u"DROP TABLE credit"_s, PackError::MissingTable);
    row("50 MB blob", u"UPDATE media SET data = zeroblob(50*1024*1024)"_s, PackError::MediaTooLarge);
    row("invalid utf-8", u"UPDATE skill_text SET title = CAST(X'C328' AS TEXT) WHERE lang = 'en'"_s, PackError::InvalidUtf8);
    row("control character", u"UPDATE skill_text SET summary = 'a' || char(7) WHERE lang = 'fa'"_s, PackError::BadText);
    row("media hash mismatch", u"UPDATE media SET sha256 = '0000000000000000000000000000000000000000000000000000000000000000'"_s,
        PackError::MediaHashMismatch);
    row("altered media bytes", u"UPDATE media SET data = zeroblob(length(data))"_s,
        PackError::MediaHashMismatch);
    row("two correct answers", u"UPDATE question_option SET correct = 1 WHERE question_id = 'patience.q1'"_s,
        PackError::CorrectAnswerCount);
    row("no correct answer", u"UPDATE question_option SET correct = 0 WHERE question_id = 'listening.q1'"_s,
        PackError::CorrectAnswerCount);
    row("dangling category", u"UPDATE skill SET category_id = 'nowhere' WHERE id = 'listening'"_s,
        PackError::DanglingReference);
    row("dangling media", u"UPDATE example_text SET good_media = 'patience.ghost' WHERE lang = 'fa'"_s,
        PackError::DanglingReference);
    row("orphan translation", u"INSERT INTO skill_text VALUES ('ghost', 'en', 't', 's', 'b')"_s,
        PackError::DanglingReference);
    row("unsupported language", u"UPDATE manifest SET value = 'fa ar en de' WHERE key = 'languages'"_s,
        PackError::BadLanguage);
    row("missing translation", u"DELETE FROM skill_text WHERE skill_id = 'listening' AND lang = 'ar'"_s,
        PackError::MissingText);
    row("missing manifest id", u"DELETE FROM manifest WHERE key = 'id'"_s, PackError::ManifestMissing);
    row("bad pack id", u"UPDATE manifest SET value = 'no dots here' WHERE key = 'id'"_s, PackError::ManifestInvalid);
    row("needs newer reader", u"UPDATE manifest SET value = '3' WHERE key = 'min_reader'"_s, PackError::NeedsNewerReader);
    row("bad mime", u"UPDATE media SET mime = 'application/x-sharedlib'"_s, PackError::BadMime);
    row("unused media", u"UPDATE example_text SET good_media = NULL; UPDATE option_text SET media = NULL"_s,
        PackError::UnusedMedia);
    row("bad id", u"UPDATE skill SET id = 'Bad Id!' WHERE id = 'listening'; "
                  "UPDATE skill_text SET skill_id = 'Bad Id!' WHERE skill_id = 'listening'; "
                  "UPDATE example SET skill_id = 'Bad Id!' WHERE skill_id = 'listening'; "
                  "UPDATE question SET skill_id = 'Bad Id!' WHERE skill_id = 'listening'"_s, PackError::BadId);
    row("title too long", u"UPDATE skill_text SET title = printf('%.200c', 'x') WHERE lang = 'en'"_s,
        PackError::TextTooLong);
    row("bad question type", u"UPDATE question SET type = 'essay' WHERE id = 'patience.q1'"_s, PackError::BadQuestion);
    row("phrasing without example", u"UPDATE question SET example_id = 'patience.none' WHERE id = 'patience.q3'"_s,
        PackError::DanglingReference);
    row("lying duration", u"UPDATE media SET duration_ms = 99000"_s, PackError::BadMediaData);
}

void TestHostilePacks::sqlTampering()
{
    QFETCH(QString, sql);
    QFETCH(int, expected);
    const QString path = freshCopy(u"tampered.skillpack"_s);
    QString error;
    QVERIFY2(testutil::tamper(path, sql, &error), qPrintable(error));
    maharat::LoadedPack pack;
    pack.path = u"untouched"_s;
    const PackError e = maharat::readPack(path, pack);
    QCOMPARE(e.codeName(), PackError(PackError::Code(expected)).codeName());
    QVERIFY(!e.message().isEmpty());
    QCOMPARE(pack.path, u"untouched"_s); // nothing of a refused pack is handed out
}

void TestHostilePacks::truncatedFile()
{
    const QString path = freshCopy(u"truncated.skillpack"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() / 2 + 100));
    f.close();
    maharat::LoadedPack pack;
    QCOMPARE(maharat::readPack(path, pack).code(), PackError::NotAPack);
}

void TestHostilePacks::randomBytes()
{
    const QString path = m_dir.filePath(u"random.skillpack"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    f.write(bytes);
    f.close();
    maharat::LoadedPack pack;
    QCOMPARE(maharat::readPack(path, pack).code(), PackError::NotAPack);
}

void TestHostilePacks::emptyFile()
{
    const QString path = m_dir.filePath(u"empty.skillpack"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    maharat::LoadedPack pack;
    QCOMPARE(maharat::readPack(path, pack).code(), PackError::NotAPack);
}

void TestHostilePacks::damagedPage()
{
    // Scribble over the middle of the file, keeping the header intact.
    const QString path = freshCopy(u"damaged.skillpack"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    for (qint64 page = 1; page * 4096 < f.size(); page += 2) {
        f.seek(page * 4096 + 8);
        f.write(QByteArray(600, '\x5a'));
    }
    f.close();
    maharat::LoadedPack pack;
    const PackError e = maharat::readPack(path, pack);
    QVERIFY2(e.code() == PackError::Corrupt || e.code() == PackError::OpenFailed
                 || e.code() == PackError::ReadFailed,
             qPrintable(e.codeName() + u": "_s + e.message()));
}

void TestHostilePacks::missingFile()
{
    maharat::LoadedPack pack;
    QCOMPARE(maharat::readPack(m_dir.filePath(u"nope.skillpack"_s), pack).code(), PackError::FileMissing);
}

void TestHostilePacks::verifyCliReportsOneLine()
{
    const QString path = freshCopy(u"cli.skillpack"_s);
    QVERIFY(testutil::tamper(path, u"CREATE VIEW v AS SELECT 1"_s));
    QProcess p;
    p.start(QStringLiteral(MAHARAT_PACK_EXE), {u"verify"_s, path});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    const QString output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    QVERIFY2(!output.contains(u'\n') && output.contains(u"view"_s), qPrintable(output));

    p.start(QStringLiteral(MAHARAT_PACK_EXE), {u"verify"_s, m_mini});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), u"OK"_s);
}

QTEST_GUILESS_MAIN(TestHostilePacks)
#include "tst_hostilepacks.moc"
