// What `cmake --install` puts on a Linux desktop for "open with": the .desktop entry passes
// desktop-file-validate, the shared-mime-info package is well-formed, and once compiled by
// update-mime-database into a scratch XDG folder it makes a real pack application/x-maharat-skillpack
// by name and by content (the "MHRT" application id), while a plain SQLite file stays SQLite.
#include "packtestutil.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString PackType = u"application/x-maharat-skillpack"_s;

// Runs a tool; the test is skipped (not passed) when the tool is missing.
bool run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        qWarning() << program << "did not finish";
        return false;
    }
    const QString out = QString::fromUtf8(p.readAll());
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << program << args.join(u' ') << "failed:" << out;
        return false;
    }
    return true;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void desktopEntryIsValid();
    void mimePackageIsWellFormed();
    void packIsRecognisedByNameAndContent();

private:
    QTemporaryDir m_dir;
    QString m_prefix;
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_prefix = m_dir.filePath(u"prefix"_s);
    QVERIFY(run(QStringLiteral(MAHARAT_CMAKE),
                {u"--install"_s, QStringLiteral(MAHARAT_BUILD_DIR), u"--prefix"_s, m_prefix, u"--component"_s, u"desktop"_s}));
    for (const QString &f : {u"share/applications/maharat.desktop"_s, u"share/mime/packages/maharat.xml"_s,
                             u"share/icons/hicolor/scalable/apps/maharat.svg"_s})
        QVERIFY2(QFile::exists(m_prefix + u'/' + f), qPrintable(f));
}

void TestDesktopIntegration::desktopEntryIsValid()
{
    const QString tool = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (desktop-file-utils)");
    const QString entry = m_prefix + u"/share/applications/maharat.desktop"_s;
    QString out;
    QVERIFY(run(tool, {entry}, &out));
    QVERIFY2(out.trimmed().isEmpty(), qPrintable(out)); // not even a hint
    QFile f(entry);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    // Files reach the app as arguments, and the entry claims the pack type.
    QVERIFY(text.contains("\nExec=maharat %F\n"));
    QVERIFY(text.contains("\nMimeType=application/x-maharat-skillpack;\n"));
}

void TestDesktopIntegration::mimePackageIsWellFormed()
{
    const QString tool = QStandardPaths::findExecutable(u"xmllint"_s);
    if (tool.isEmpty())
        QSKIP("xmllint is not installed");
    QVERIFY(run(tool, {u"--noout"_s, m_prefix + u"/share/mime/packages/maharat.xml"_s}));
}

void TestDesktopIntegration::packIsRecognisedByNameAndContent()
{
    const QString tool = QStandardPaths::findExecutable(u"update-mime-database"_s);
    if (tool.isEmpty())
        QSKIP("update-mime-database is not installed (shared-mime-info)");
    // Installed next to shared-mime-info's own types, as a distribution package is (/usr): one
    // folder, one compiled cache. (Qt reads each XDG folder's cache on its own, so a type in
    // another folder than application/vnd.sqlite3 only wins by name, not by content.)
    const QString mimeDir = m_prefix + u"/share/mime"_s;
    const QDir system(u"/usr/share/mime/packages"_s);
    for (const QString &xml : system.entryList({u"*.xml"_s}, QDir::Files))
        QFile::copy(system.filePath(xml), mimeDir + u"/packages/"_s + xml);
    QString out;
    QVERIFY(run(tool, {mimeDir}, &out));
    QVERIFY2(!out.contains(u"Error"_s, Qt::CaseInsensitive) && !out.contains(u"Warning"_s, Qt::CaseInsensitive),
             qPrintable(out));

    // QMimeDatabase reads XDG_DATA_DIRS when first used.
    qputenv("XDG_DATA_DIRS", (m_prefix + u"/share"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"home"_s).toUtf8());
    QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(PackType);
    QVERIFY2(type.isValid(), "the installed package does not define the type");
    QVERIFY(type.inherits(u"application/vnd.sqlite3"_s));
    QVERIFY(type.globPatterns().contains(u"*.skillpack"_s));

    const QString pack = testutil::buildMini(m_dir.path());
    QVERIFY(!pack.isEmpty());
    QCOMPARE(db.mimeTypeForFile(pack).name(), PackType);
    // Renamed (a messaging app's "file.bin"): the application id still says what it is.
    const QString renamed = m_dir.filePath(u"received.bin"_s);
    QVERIFY(QFile::copy(pack, renamed));
    QCOMPARE(db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(), PackType);

    // An ordinary SQLite database is not a pack, even though a pack is one.
    const QString plain = m_dir.filePath(u"plain.bin"_s);
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        sql.setDatabaseName(plain);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"CREATE TABLE t(x)"_s));
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"plain"_s);
    QCOMPARE(db.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name(), u"application/vnd.sqlite3"_s);
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)

#include "tst_desktopintegration.moc"
