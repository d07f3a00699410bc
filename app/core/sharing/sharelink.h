#pragma once
#include "minisign.h"

#include <QString>
#include <QUrl>

// What staff paste or scan to subscribe. Two forms, both carrying the publisher key so nothing
// has to be trusted on first use (like F-Droid's fingerprint links):
//   https://intranet.example/packs/catalog.json#key=RWQ...   (also http:// and file://)
//   maharat:subscribe?url=<percent-encoded catalog url>&key=<percent-encoded key>
// The key part is optional; without it the app shows the fingerprint of the server's
// catalog.pub and asks before pinning it.
namespace maharat::catalog {

struct ShareLink {
    QUrl url;                 // the catalog.json url, without the fragment
    minisign::PublicKey key;  // invalid when the link carried none
    QString error;            // empty when the link is usable
    bool ok() const { return error.isEmpty(); }
};

ShareLink parseShareLink(const QString &text);
QString shareLink(const QUrl &catalogUrl, const minisign::PublicKey &key);
QString maharatLink(const QUrl &catalogUrl, const minisign::PublicKey &key);

} // namespace maharat::catalog
