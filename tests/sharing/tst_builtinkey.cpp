// The key compiled in as the built-in publisher is the committed default-pack key, and the
// bundled packs are signed with it at build time.
#include "builtinkey.h"
#include "packreader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maharat;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBuiltinKey : public QObject
{
    Q_OBJECT
private slots:
    void constantMatchesCommittedKeys()
    {
        const minisign::PublicKey builtin = builtinPublisherKey();
        QVERIFY(builtin.isValid());
        const minisign::PublicKey pub = minisign::PublicKey::fromText(readAll(QStringLiteral(MAHARAT_KEYS_DIR "/maharat-default-packs.pub")));
        QVERIFY(pub.isValid());
        QVERIFY(builtin.sameKey(pub));
        minisign::SecretKey secret;
        QCOMPARE(minisign::readSecretKey(readAll(QStringLiteral(MAHARAT_KEYS_DIR "/maharat-default-packs.key")), {}, secret),
                 minisign::KeyError::None);
        QVERIFY(secret.publicKey().sameKey(builtin));
    }

    void bundledPacksAreSignedWithIt()
    {
        const QStringList packs = QDir(QStringLiteral(MAHARAT_PACKS_DIR)).entryList({u"*.skillpack"_s}, QDir::Files);
        QVERIFY(packs.size() >= 2);
        for (const QString &name : packs) {
            LoadedPack pack;
            QCOMPARE(readPack(QStringLiteral(MAHARAT_PACKS_DIR "/") + name, pack).code(), PackError::None);
            QVERIFY2(pack.signer.isSigned(), qPrintable(name));
            QVERIFY(pack.signer.key.sameKey(builtinPublisherKey()));
        }
    }
};

QTEST_GUILESS_MAIN(TestBuiltinKey)
#include "tst_builtinkey.moc"
