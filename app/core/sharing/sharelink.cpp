#include "sharelink.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace maharat::catalog {

namespace {

QString keyFromFragment(const QString &fragment)
{
    const QUrlQuery q(fragment);
    return q.queryItemValue(u"key"_s, QUrl::FullyDecoded);
}

} // namespace

ShareLink parseShareLink(const QString &input)
{
    ShareLink link;
    const QString text = input.trimmed();
    if (text.size() > 4096) {
        link.error = QCoreApplication::translate("ShareLink", "The address is too long.");
        return link;
    }
    QUrl url(text, QUrl::StrictMode);
    QString keyText;
    if (url.scheme() == u"maharat") {
        const QUrlQuery q(url.query());
        url = QUrl(q.queryItemValue(u"url"_s, QUrl::FullyDecoded), QUrl::StrictMode);
        keyText = q.queryItemValue(u"key"_s, QUrl::FullyDecoded);
        if (keyText.isEmpty())
            keyText = keyFromFragment(url.fragment());
    } else {
        keyText = keyFromFragment(url.fragment());
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative()
        || ((scheme == u"https" || scheme == u"http") && url.host().isEmpty())) {
        link.error = QCoreApplication::translate("ShareLink", "This is not a valid catalog address.");
        return link;
    }
    if (scheme != u"https" && scheme != u"http" && scheme != u"file") {
        link.error = QCoreApplication::translate("ShareLink", "Catalog addresses must start with https://, http:// or file://.");
        return link;
    }
    if (!url.userInfo().isEmpty()) {
        link.error = QCoreApplication::translate("ShareLink", "Catalog addresses may not contain a user name or password.");
        return link;
    }
    url.setFragment({});
    // A link to the folder means its catalog.json.
    if (url.path().isEmpty() || url.path().endsWith(u'/'))
        url.setPath(url.path() + (url.path().isEmpty() ? u"/catalog.json"_s : u"catalog.json"_s));
    link.url = url;
    if (!keyText.isEmpty()) {
        link.key = minisign::PublicKey::fromText(keyText.toUtf8());
        if (!link.key.isValid())
            link.error = QCoreApplication::translate("ShareLink", "The key in this link is damaged; ask the publisher for the link again.");
    }
    return link;
}

QString shareLink(const QUrl &catalogUrl, const minisign::PublicKey &key)
{
    QUrl u = catalogUrl;
    u.setFragment({});
    QString s = u.toString(QUrl::FullyEncoded);
    if (key.isValid())
        s += u"#key="_s + QString::fromLatin1(QUrl::toPercentEncoding(key.toBase64()));
    return s;
}

QString maharatLink(const QUrl &catalogUrl, const minisign::PublicKey &key)
{
    QUrl u = catalogUrl;
    u.setFragment({});
    QString s = u"maharat:subscribe?url="_s + QString::fromLatin1(QUrl::toPercentEncoding(u.toString(QUrl::FullyEncoded)));
    if (key.isValid())
        s += u"&key="_s + QString::fromLatin1(QUrl::toPercentEncoding(key.toBase64()));
    return s;
}

} // namespace maharat::catalog
