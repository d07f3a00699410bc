#include "catalogcommand.h"

#include "catalogpublish.h"
#include "cli.h"
#include "signcommands.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace maharat::cli {

// Publishes packs to a folder for any static web server: versioned copies, catalog.json and its
// minisign signature. An encrypted key's passphrase is asked for as for `sign`.
int catalogCommand(QStringList args)
{
    catalog::PublishOptions o;
    QString keyPath, baseUrl;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        bool ok = true;
        if ((a == u"-k" || a == u"--key") && !args.isEmpty())
            keyPath = args.takeFirst();
        else if ((a == u"-o" || a == u"--output") && !args.isEmpty())
            o.outDir = args.takeFirst();
        else if (a == u"--expires-days" && !args.isEmpty())
            o.expiresDays = args.takeFirst().toInt(&ok);
        else if (a == u"--sequence" && !args.isEmpty()) {
            o.sequence = args.takeFirst().toLongLong(&ok);
            ok = ok && o.sequence > 0;
        }
        else if (a == u"--publisher" && !args.isEmpty())
            o.publisher = args.takeFirst();
        else if (a == u"--base-url" && !args.isEmpty())
            baseUrl = args.takeFirst();
        else if (!a.startsWith(u'-'))
            o.packs.append(a);
        else
            return usage(u"unexpected argument "_s + a);
        if (!ok)
            return usage(u"bad number after "_s + a);
    }
    if (o.packs.isEmpty() || keyPath.isEmpty() || o.outDir.isEmpty())
        return usage(u"catalog needs PACK..., -k BASE.key and -o DIR"_s);
    if (const int rc = loadSecretKey(keyPath, o.key))
        return rc;
    const catalog::PublishResult r = catalog::publish(o);
    if (!r.ok()) {
        err() << "maharat-pack: " << r.error << '\n';
        return 1;
    }
    for (const catalog::Entry &e : r.catalog.packs)
        out() << e.url << "  " << e.size << " bytes  " << (e.signer.isEmpty() ? u"unsigned"_s : u"signer "_s + e.signer) << '\n';
    out() << "wrote " << QDir(o.outDir).filePath(u"catalog.json"_s) << " (sequence " << r.catalog.sequence
          << ", expires " << r.catalog.expires.toString(Qt::ISODate) << ")\n";
    const minisign::PublicKey pub = o.key.publicKey();
    out() << "publisher key " << pub.keyIdHex() << ", fingerprint " << pub.fingerprint() << '\n';
    if (!baseUrl.isEmpty()) {
        const QString base = baseUrl.endsWith(u'/') ? baseUrl : baseUrl + u'/';
        out() << "share link: " << base << "catalog.json#key=" << pub.toBase64() << '\n';
    }
    return 0;
}

} // namespace maharat::cli
