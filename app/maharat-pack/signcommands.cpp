#include "signcommands.h"

#include "cli.h"
#include "minisign.h"
#include "packreader.h"
#include "packsignature.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <cstring>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace maharat::cli {

namespace {

// minisign's PASSWORDMAXBYTES.
constexpr int PassphraseMax = 1024;

// One line from the terminal with echo off; the prompt goes to stderr so stdout stays clean.
QByteArray readHidden(const char *prompt, bool *ok)
{
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    termios old{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buf[PassphraseMax + 2] = {};
    *ok = std::fgets(buf, sizeof buf, stdin) != nullptr;
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputc('\n', stderr);
    QByteArray line(buf);
    sodium_memzero(buf, sizeof buf);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// MAHARAT_PASSPHRASE for scripts; else the terminal (twice when creating a key). Empty with an
// error printed when there is neither.
QByteArray passphrase(bool confirm, bool *ok)
{
    *ok = true;
    if (qEnvironmentVariableIsSet("MAHARAT_PASSPHRASE"))
        return qgetenv("MAHARAT_PASSPHRASE");
    if (!isatty(STDIN_FILENO)) {
        err() << "maharat-pack: no terminal to ask for the passphrase; set MAHARAT_PASSPHRASE"
              << (confirm ? " or use --no-passphrase" : "") << '\n';
        *ok = false;
        return {};
    }
    err().flush();
    const QByteArray first = readHidden("Passphrase: ", ok);
    if (*ok && confirm) {
        const QByteArray again = readHidden("Passphrase (again): ", ok);
        if (*ok && again != first) {
            err() << "maharat-pack: the passphrases do not match\n";
            *ok = false;
        }
    }
    if (!*ok)
        return {};
    if (first.isEmpty()) {
        err() << "maharat-pack: empty passphrase" << (confirm ? "; use --no-passphrase for an unprotected key" : "")
              << '\n';
        *ok = false;
    }
    return first;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions perms)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(perms) || f.write(data) != data.size() || !f.commit()) {
        err() << "maharat-pack: cannot write " << path << '\n';
        return false;
    }
    return true;
}

// The one PACK argument of statement/signature, opened with the safe reader (signature
// checked). Returns the exit code to stop with, or -1 when pack is ready.
int loadOnePack(const QStringList &args, const char *command, LoadedPack &pack)
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usage(QString::fromLatin1(command) + u" needs exactly one PACK"_s);
    if (!QFileInfo::exists(args.first()))
        return usage(u"no such file: "_s + args.first());
    if (const PackError e = readPack(args.first(), pack, {.digest = true})) {
        err() << args.first() << ": " << e.message() << '\n';
        return 1;
    }
    return -1;
}

void printRaw(const QByteArray &bytes)
{
    out().flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int keygen(QStringList args)
{
    QString base, comment;
    bool protect = true, force = false;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == u"-o" && !args.isEmpty())
            base = args.takeFirst();
        else if (a == u"--comment" && !args.isEmpty())
            comment = args.takeFirst();
        else if (a == u"--no-passphrase")
            protect = false;
        else if (a == u"--force")
            force = true;
        else
            return usage(u"unexpected argument "_s + a);
    }
    if (base.isEmpty())
        return usage(u"keygen needs -o BASE"_s);
    if (comment.contains(u'\n') || comment.contains(u'\r'))
        return usage(u"--comment must be one line"_s);
    const QString pubPath = base + u".pub"_s, keyPath = base + u".key"_s;
    for (const QString &p : {pubPath, keyPath}) {
        if (!force && QFileInfo::exists(p)) {
            err() << "maharat-pack: " << p << " already exists (--force replaces it)\n";
            return 1;
        }
    }
    bool ok = true;
    const QByteArray pass = protect ? passphrase(true, &ok) : QByteArray();
    if (!ok)
        return 1;
    const minisign::SecretKey key = minisign::generateKey();
    minisign::PublicKey pub = key.publicKey();
    pub.comment = u"minisign public key "_s + pub.keyIdHex() + (comment.isEmpty() ? QString() : u" "_s + comment);
    const QByteArray keyFile = minisign::secretKeyFile(key, pass, {});
    if (keyFile.isEmpty()) {
        err() << "maharat-pack: could not protect the key (not enough memory for the key derivation?)\n";
        return 1;
    }
    if (!writeFile(keyPath, keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !writeFile(pubPath, pub.toFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                 | QFileDevice::ReadOther))
        return 1;
    out() << "wrote " << pubPath << " (share it) and " << keyPath << " (keep it secret"
          << (protect ? "" : "; it has no passphrase") << ")\n"
          << "key id:      " << pub.keyIdHex() << "\nfingerprint: " << pub.fingerprint() << '\n';
    return 0;
}

int loadSecretKey(const QString &keyPath, minisign::SecretKey &key)
{
    QFile f(keyPath);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << "maharat-pack: cannot read " << keyPath << '\n';
        return 1;
    }
    const QByteArray keyFile = f.read(4096);
    bool ok = true;
    const QByteArray pass = minisign::secretKeyIsEncrypted(keyFile) ? passphrase(false, &ok) : QByteArray();
    if (!ok)
        return 1;
    switch (minisign::readSecretKey(keyFile, pass, key)) {
    case minisign::KeyError::None: break;
    case minisign::KeyError::WrongPassphrase:
        err() << "maharat-pack: wrong passphrase for " << keyPath << '\n';
        return 1;
    case minisign::KeyError::Malformed:
        err() << "maharat-pack: " << keyPath << " is not a minisign secret key\n";
        return 1;
    case minisign::KeyError::Unsupported:
        err() << "maharat-pack: " << keyPath << " uses a key format or cost this version does not support\n";
        return 1;
    }
    return 0;
}

int signPackCommand(QStringList args)
{
    QString pack, keyPath;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if ((a == u"-k" || a == u"--key") && !args.isEmpty())
            keyPath = args.takeFirst();
        else if (!a.startsWith(u'-') && pack.isEmpty())
            pack = a;
        else
            return usage(u"unexpected argument "_s + a);
    }
    if (pack.isEmpty() || keyPath.isEmpty())
        return usage(u"sign needs PACK and -k BASE.key"_s);
    if (!QFileInfo::exists(pack))
        return usage(u"no such file: "_s + pack);
    minisign::SecretKey key;
    if (const int rc = loadSecretKey(keyPath, key))
        return rc;
    if (const QString e = signPack(pack, key); !e.isEmpty()) {
        err() << pack << ": " << e << '\n';
        return 1;
    }
    const minisign::PublicKey pub = key.publicKey();
    out() << "signed " << pack << " with key " << pub.keyIdHex() << " (fingerprint " << pub.fingerprint() << ")\n";
    return 0;
}

int statement(const QStringList &args)
{
    LoadedPack pack;
    if (const int rc = loadOnePack(args, "statement", pack); rc >= 0)
        return rc;
    printRaw(packStatement(pack));
    return 0;
}

int signature(const QStringList &args)
{
    LoadedPack pack;
    if (const int rc = loadOnePack(args, "signature", pack); rc >= 0)
        return rc;
    if (!pack.signer.isSigned()) {
        err() << args.first() << ": the pack is not signed\n";
        return 1;
    }
    printRaw(pack.signer.minisig);
    return 0;
}

} // namespace maharat::cli
