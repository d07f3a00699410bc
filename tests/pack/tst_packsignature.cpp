// Publisher signatures embedded in packs (format v2): maharat-pack keygen/sign/statement/
// signature/verify with real keys, checked by the stock minisign tool, and every way a signed
// pack can be altered afterwards refused by the safe reader.
#include "minisign.h"
#include "packreader.h"
#include "packsignature.h"
#include "packtestutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace maharat;

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Rewrites one blob through a bound value: SQL string functions would turn it into text.
bool setMediaData(const QString &path, const QByteArray &data, bool fixHash)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK;
    sqlite3_stmt *st = nullptr;
    const char *sql = fixHash ? "UPDATE media SET data = ?1, sha256 = ?2" : "UPDATE media SET data = ?1";
    ok = ok && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK;
    const QByteArray hash = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    ok = ok && sqlite3_bind_blob(st, 1, data.constData(), int(data.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    if (fixHash)
        ok = ok && sqlite3_bind_text(st, 2, hash.constData(), int(hash.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    ok = ok && sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return ok;
}

QByteArray mediaData(const QString &path)
{
    LoadedPack pack;
    if (readPack(path, pack) || pack.content.media.isEmpty())
        return {};
    QByteArray data;
    readPackMedia(path, pack.content.media.first(), data);
    return data;
}

int signatureRows(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    int n = -1;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM signature", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

} // namespace

class TestPackSignature : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signedPackVerifiesWithStockMinisign();
    void statementFormat();
    void stockKeySignsAndReaderVerifies();
    void encryptedKeyPassphrase();
    void tamperedAfterSigning_data();
    void tamperedAfterSigning();
    void rawByteFlipsRefused();
    void strippedSignatureReadsUnsigned();
    void resigningKeepsDigestAndReplacesSigner();
    void v1FilesOpenUnsigned();
    void signingLeavesNoTrace();
    void cliErrors();

private:
    Run pack(const QStringList &args, const QByteArray &passphrase = {}, bool setPassphrase = false);
    int minisign(const QStringList &args, QByteArray *output = nullptr);
    QString copyOfMini(const QString &name);
    QString signedCopy(const QString &name, const QString &key);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_mini;
    QString m_digest; // of the unsigned mini pack
};

Run TestPackSignature::pack(const QStringList &args, const QByteArray &passphrase, bool setPassphrase)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MAHARAT_PASSPHRASE"_s);
    if (setPassphrase)
        env.insert(u"MAHARAT_PASSPHRASE"_s, QString::fromUtf8(passphrase));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(MAHARAT_PACK_EXE), args);
    Run r;
    if (!p.waitForStarted(5000))
        return r;
    p.closeWriteChannel(); // stdin is no terminal: no passphrase can be typed
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

int TestPackSignature::minisign(const QStringList &args, QByteArray *output)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"minisign"_s, args);
    if (!p.waitForStarted(5000) || !p.waitForFinished(30000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitCode();
}

QString TestPackSignature::copyOfMini(const QString &name)
{
    const QString p = path(name);
    QFile::remove(p);
    QFile::copy(m_mini, p);
    QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    return p;
}

QString TestPackSignature::signedCopy(const QString &name, const QString &key)
{
    const QString p = copyOfMini(name);
    const Run r = pack({u"sign"_s, p, u"-k"_s, key});
    if (r.code != 0)
        qWarning("sign failed: %s", r.err.constData());
    return r.code == 0 ? p : QString();
}

void TestPackSignature::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_mini = testutil::buildMini(m_dir.path());
    QVERIFY(!m_mini.isEmpty());
    LoadedPack p;
    QCOMPARE(readPack(m_mini, p, {.digest = true}).code(), PackError::None);
    QCOMPARE(p.formatVersion, 2);
    QVERIFY(!p.signer.isSigned()); // builds are unsigned until signed
    m_digest = p.digest;
    const Run k1 = pack({u"keygen"_s, u"-o"_s, path(u"k1"_s), u"--no-passphrase"_s, u"--comment"_s, u"Team A"_s});
    QVERIFY2(k1.code == 0, k1.err.constData());
    QVERIFY(k1.out.contains("fingerprint: "));
    QCOMPARE(minisign({u"-G"_s, u"-W"_s, u"-p"_s, u"k2.pub"_s, u"-s"_s, u"k2.key"_s}), 0);
}

void TestPackSignature::signedPackVerifiesWithStockMinisign()
{
    const QString p = signedCopy(u"signed.skillpack"_s, path(u"k1.key"_s));
    QVERIFY(!p.isEmpty());
    const Run st = pack({u"statement"_s, p});
    const Run sig = pack({u"signature"_s, p});
    QCOMPARE(st.code, 0);
    QCOMPARE(sig.code, 0);
    QVERIFY(writeAll(path(u"statement.txt"_s), st.out));
    QVERIFY(writeAll(path(u"statement.txt.minisig"_s), sig.out));
    QByteArray out;
    QCOMPARE(minisign({u"-V"_s, u"-p"_s, u"k1.pub"_s, u"-m"_s, u"statement.txt"_s, u"-x"_s, u"statement.txt.minisig"_s}, &out), 0);
    QVERIFY2(out.contains(QByteArray("Trusted comment: maharat-pack id=org.maharat.test-mini version=3 digest=" + m_digest.toLatin1())),
             out.constData());
    // The stock tool rejects it under another key, so the check above is not vacuous.
    QVERIFY(minisign({u"-V"_s, u"-p"_s, u"k2.pub"_s, u"-m"_s, u"statement.txt"_s, u"-x"_s, u"statement.txt.minisig"_s}) != 0);

    const minisign::PublicKey k1 = minisign::PublicKey::fromText(readAll(path(u"k1.pub"_s)));
    QVERIFY(k1.isValid());
    QVERIFY(k1.comment.endsWith(u"Team A"_s));
    LoadedPack loaded;
    QCOMPARE(readPack(p, loaded).code(), PackError::None);
    QVERIFY(loaded.signer.isSigned());
    QCOMPARE(loaded.signer.key.key, k1.key);
    QCOMPARE(loaded.digest, m_digest); // signed packs always get their digest, and signing kept it

    const Run info = pack({u"info"_s, p, u"--json"_s});
    QCOMPARE(info.code, 0);
    const QJsonObject signer = QJsonDocument::fromJson(info.out).object()[u"signer"_s].toObject();
    QCOMPARE(signer[u"state"_s].toString(), u"signed"_s);
    QCOMPARE(signer[u"key_id"_s].toString(), k1.keyIdHex());
    QCOMPARE(signer[u"fingerprint"_s].toString(), k1.fingerprint());
    QVERIFY(pack({u"info"_s, p}).out.contains(QByteArray("signer:    " + k1.keyIdHex().toLatin1() + "  fingerprint "
                                                          + k1.fingerprint().toLatin1())));
    const Run ok = pack({u"verify"_s, p, u"--key"_s, path(u"k1.pub"_s)});
    QCOMPARE(ok.code, 0);
    QVERIFY(ok.out.startsWith("OK\n"));
    const Run other = pack({u"verify"_s, p, u"--key"_s, path(u"k2.pub"_s)});
    QCOMPARE(other.code, 1);
    QCOMPARE(other.out.count('\n'), 1);
    QVERIFY(other.out.contains(k1.fingerprint().toLatin1()));
    const Run unsignedRequired = pack({u"verify"_s, m_mini, u"--key"_s, path(u"k1.pub"_s)});
    QCOMPARE(unsignedRequired.code, 1);
    QCOMPARE(pack({u"verify"_s, m_mini}).code, 0); // unsigned is valid without --key
    QVERIFY(pack({u"info"_s, m_mini}).out.contains("signer:    unsigned\n"));
}

void TestPackSignature::statementFormat()
{
    const Run st = pack({u"statement"_s, m_mini});
    QCOMPARE(st.code, 0);
    QCOMPARE(st.out, "maharat-pack-statement-v1\nid org.maharat.test-mini\nversion 3\ndigest " + m_digest.toLatin1()
                         + "\npublisher Maharat tests\n");
    QCOMPARE(packStatement(u"a.b"_s, 7, u"00"_s, u"Line\nbreak\tand tab"_s),
             QByteArray("maharat-pack-statement-v1\nid a.b\nversion 7\ndigest 00\npublisher Line break and tab\n"));
    QCOMPARE(packTrustedComment(u"a.b"_s, 7, u"00"_s), u"maharat-pack id=a.b version=7 digest=00"_s);
}

void TestPackSignature::stockKeySignsAndReaderVerifies()
{
    const QString p = signedCopy(u"stock-signed.skillpack"_s, path(u"k2.key"_s));
    QVERIFY(!p.isEmpty());
    const minisign::PublicKey k2 = minisign::PublicKey::fromText(readAll(path(u"k2.pub"_s)));
    LoadedPack loaded;
    QCOMPARE(readPack(p, loaded).code(), PackError::None);
    QVERIFY(loaded.signer.isSigned());
    QCOMPARE(loaded.signer.key.keyId, k2.keyId);
    QCOMPARE(loaded.signer.key.key, k2.key);
    QCOMPARE(pack({u"verify"_s, p, u"--key"_s, path(u"k2.pub"_s)}).code, 0);
}

void TestPackSignature::encryptedKeyPassphrase()
{
    const minisign::SecretKey key = minisign::generateKey();
    QVERIFY(writeAll(path(u"enc.key"_s), minisign::secretKeyFile(key, "s3cret pass", {}, minisign::KdfLimits::interactive())));
    const QString p = copyOfMini(u"enc.skillpack"_s);
    const QByteArray before = readAll(p);

    const Run wrong = pack({u"sign"_s, p, u"-k"_s, path(u"enc.key"_s)}, "s3cret", true);
    QCOMPARE(wrong.code, 1);
    QVERIFY(wrong.err.contains("wrong passphrase"));
    QCOMPARE(wrong.err.count('\n'), 1);
    const Run none = pack({u"sign"_s, p, u"-k"_s, path(u"enc.key"_s)}); // no env, stdin no terminal
    QCOMPARE(none.code, 1);
    QVERIFY(none.err.contains("MAHARAT_PASSPHRASE"));
    QCOMPARE(readAll(p), before);

    const Run right = pack({u"sign"_s, p, u"-k"_s, path(u"enc.key"_s)}, "s3cret pass", true);
    QVERIFY2(right.code == 0, right.err.constData());
    LoadedPack loaded;
    QCOMPARE(readPack(p, loaded).code(), PackError::None);
    QCOMPARE(loaded.signer.key.key, key.publicKey().key);

    // keygen asks for a passphrase and cannot get one here.
    QCOMPARE(pack({u"keygen"_s, u"-o"_s, path(u"nopass"_s)}).code, 1);
    QVERIFY(!QFile::exists(path(u"nopass.key"_s)));
}

void TestPackSignature::tamperedAfterSigning_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("expected");
    const auto row = [](const char *name, const QString &sql, PackError::Code code) {
        QTest::newRow(name) << sql << int(code);
    };
    row("one character of a text row",
        u"UPDATE skill_text SET summary = 'X' || substr(summary, 2) WHERE skill_id = 'listening' AND lang = 'en'"_s,
        PackError::SignatureMismatch);
    row("version bumped", u"UPDATE manifest SET value = '4' WHERE key = 'version'"_s, PackError::SignatureMismatch);
    row("publisher renamed", u"UPDATE manifest SET value = 'Someone else' WHERE key = 'publisher'"_s,
        PackError::SignatureMismatch);
    row("trusted comment edited",
        u"UPDATE signature SET minisig = replace(minisig, 'version=3', 'version=4')"_s, PackError::SignatureMismatch);
    row("signature bytes edited",
        u"UPDATE signature SET minisig = substr(minisig, 1, 79) || 'AAAA' || substr(minisig, 84)"_s,
        PackError::SignatureMismatch);
    row("embedded key replaced by another",
        u"UPDATE signature SET public_key = 'RWQBAgMEBQYHCGRlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKD'"_s,
        PackError::SignatureMismatch);
    row("embedded key junk", u"UPDATE signature SET public_key = 'not a key'"_s, PackError::SignatureMalformed);
    row("minisig junk", u"UPDATE signature SET minisig = 'untrusted comment: x\nnope'"_s, PackError::SignatureMalformed);
    row("second signature row", u"INSERT INTO signature SELECT 2, public_key, minisig FROM signature"_s,
        PackError::SignatureMalformed);
    row("row moved to another slot", u"UPDATE signature SET slot = 7"_s, PackError::SignatureMalformed);
    row("huge signature", u"UPDATE signature SET minisig = printf('%.40000c', 'x')"_s, PackError::SignatureMalformed);
    row("one media byte", QString(), PackError::MediaHashMismatch);
    // The clip's own page checksums catch this before the signature would.
    row("one media byte with its hash fixed", u"fix-hash"_s, PackError::BadMediaData);
}

void TestPackSignature::tamperedAfterSigning()
{
    QFETCH(QString, sql);
    QFETCH(int, expected);
    const QString p = signedCopy(u"tampered.skillpack"_s, path(u"k1.key"_s));
    QVERIFY(!p.isEmpty());
    if (sql.isEmpty() || sql == u"fix-hash") {
        QByteArray data = mediaData(p);
        QVERIFY(data.size() > 200);
        data[data.size() - 100] = char(data[data.size() - 100] ^ 0x01);
        QVERIFY(setMediaData(p, data, !sql.isEmpty()));
    } else {
        QString error;
        QVERIFY2(testutil::tamper(p, sql, &error), qPrintable(error));
    }
    LoadedPack loaded;
    loaded.path = u"untouched"_s;
    const PackError e = readPack(p, loaded);
    QCOMPARE(e.codeName(), PackError(PackError::Code(expected)).codeName());
    QVERIFY(!e.message().isEmpty());
    QCOMPARE(loaded.path, u"untouched"_s);
    const Run verify = pack({u"verify"_s, p});
    QCOMPARE(verify.code, 1);
    QCOMPARE(verify.out.trimmed(), e.message().toUtf8());
    // Re-signing a tampered pack is refused too, and leaves it as it was.
    const QByteArray before = readAll(p);
    QCOMPARE(pack({u"sign"_s, p, u"-k"_s, path(u"k1.key"_s)}).code, 1);
    QCOMPARE(readAll(p), before);
}

void TestPackSignature::rawByteFlipsRefused()
{
    // What an attacker's hex editor does: no SQL, one byte of the file.
    const struct {
        QByteArray needle;
        int offset;
        PackError::Code expected;
    } cases[] = {
        {"Test credit two", 5, PackError::SignatureMismatch}, // one byte of one text row
        {"OpusTags", 12, PackError::MediaHashMismatch},       // one byte inside the clip
    };
    for (const auto &c : cases) {
        const QString p = signedCopy(u"flipped.skillpack"_s, path(u"k1.key"_s));
        QVERIFY(!p.isEmpty());
        QByteArray bytes = readAll(p);
        const qsizetype at = bytes.indexOf(c.needle);
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf(c.needle, at + 1), qsizetype(-1));
        bytes[at + c.offset] = char(bytes[at + c.offset] ^ 0x20);
        QVERIFY(writeAll(p, bytes));
        LoadedPack loaded;
        QCOMPARE(readPack(p, loaded).codeName(), PackError(c.expected).codeName());
    }
}

void TestPackSignature::strippedSignatureReadsUnsigned()
{
    // Removing the row cannot be detected from the file alone: it reads as unsigned, which the
    // app warns about, and a pinned publisher refuses.
    const QString p = signedCopy(u"stripped.skillpack"_s, path(u"k1.key"_s));
    QVERIFY(testutil::tamper(p, u"DELETE FROM signature"_s));
    LoadedPack loaded;
    QCOMPARE(readPack(p, loaded).code(), PackError::None);
    QVERIFY(!loaded.signer.isSigned());
    QCOMPARE(pack({u"verify"_s, p, u"--key"_s, path(u"k1.pub"_s)}).code, 1);
}

void TestPackSignature::resigningKeepsDigestAndReplacesSigner()
{
    const QString p = signedCopy(u"resigned.skillpack"_s, path(u"k1.key"_s));
    QVERIFY(!p.isEmpty());
    const QByteArray statement1 = pack({u"statement"_s, p}).out;
    const Run again = pack({u"sign"_s, p, u"-k"_s, path(u"k2.key"_s)});
    QVERIFY2(again.code == 0, again.err.constData());
    QCOMPARE(signatureRows(p), 1);
    LoadedPack loaded;
    QCOMPARE(readPack(p, loaded).code(), PackError::None);
    QCOMPARE(loaded.digest, m_digest);
    QCOMPARE(loaded.signer.key.key, minisign::PublicKey::fromText(readAll(path(u"k2.pub"_s))).key);
    QCOMPARE(pack({u"statement"_s, p}).out, statement1);
    QCOMPARE(pack({u"verify"_s, p, u"--key"_s, path(u"k1.pub"_s)}).code, 1);
    QCOMPARE(pack({u"verify"_s, p, u"--key"_s, path(u"k2.pub"_s)}).code, 0);
    // Signing is deterministic: the same pack and key give the same file.
    const QString a = signedCopy(u"det-a.skillpack"_s, path(u"k2.key"_s));
    const QString b = signedCopy(u"det-b.skillpack"_s, path(u"k2.key"_s));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QCOMPARE(readAll(a), readAll(b));
}

void TestPackSignature::v1FilesOpenUnsigned()
{
    // A v1 file is exactly a v2 file without keywords and the signature, declaring format 1.
    const QString p = copyOfMini(u"v1.skillpack"_s);
    QVERIFY(testutil::tamper(p, u"DROP TABLE signature; DROP TABLE skill_keyword; PRAGMA user_version = 1; VACUUM"_s));
    LoadedPack loaded;
    QCOMPARE(readPack(p, loaded, {.digest = true}).code(), PackError::None);
    QCOMPARE(loaded.formatVersion, 1);
    QVERIFY(!loaded.signer.isSigned());
    QCOMPARE(loaded.digest, m_digest); // the digest of the same content did not change with v2
    const QByteArray before = readAll(p);
    const Run sign = pack({u"sign"_s, p, u"-k"_s, path(u"k1.key"_s)});
    QCOMPARE(sign.code, 1);
    QVERIFY(sign.err.contains("rebuild"));
    QCOMPARE(readAll(p), before);
    QVERIFY(pack({u"info"_s, p}).out.contains("format:    1\nsigner:    unsigned\n"));
}

void TestPackSignature::signingLeavesNoTrace()
{
    const QString p = signedCopy(u"clean.skillpack"_s, path(u"k1.key"_s));
    QVERIFY(!p.isEmpty());
    const QStringList leftovers = QDir(m_dir.path()).entryList({u"*.signing*"_s, u"*-journal"_s}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", ")));
}

void TestPackSignature::cliErrors()
{
    QCOMPARE(pack({u"keygen"_s}).code, 2);
    QCOMPARE(pack({u"keygen"_s, u"-o"_s, path(u"k1"_s), u"--no-passphrase"_s}).code, 1); // exists
    QCOMPARE(pack({u"sign"_s, m_mini}).code, 2);
    QCOMPARE(pack({u"sign"_s, m_mini, u"-k"_s, path(u"k1.pub"_s)}).code, 1); // a public key is no secret key
    QCOMPARE(pack({u"verify"_s, m_mini, u"--key"_s, path(u"k1.key"_s)}).code, 2);
    QCOMPARE(pack({u"statement"_s}).code, 2);
    const Run unsignedSig = pack({u"signature"_s, m_mini});
    QCOMPARE(unsignedSig.code, 1);
    QCOMPARE(unsignedSig.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestPackSignature)
#include "tst_packsignature.moc"
