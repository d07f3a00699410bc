#include "catalog.h"

#include "languages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace maharat::catalog {

namespace {

constexpr int kMaxTitle = 120;
constexpr int kMaxDescription = 2000;
constexpr int kMaxPublisher = 200;
constexpr int kMaxUrl = 300;

// Control characters and bidi embeddings/overrides in catalog text could hide or reorder what
// the user reads next to the Install button. Joiners (ZWNJ is everyday Persian) and marks stay.
bool isCleanText(const QString &s, bool allowNewline)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'\n' && allowNewline)
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_NotAssigned
            || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return false;
    }
    return true;
}

class Reader
{
public:
    CatalogError error;

    bool fail(const QString &path)
    {
        if (!error)
            error = CatalogError(CatalogError::InvalidField, {path});
        return false;
    }

    bool integer(const QJsonObject &o, const QString &key, const QString &path, qint64 min, qint64 max, qint64 &out)
    {
        const QJsonValue v = o.value(key);
        // JSON numbers are doubles; only exact integers within 2^53 are accepted.
        if (!v.isDouble())
            return fail(path);
        const double d = v.toDouble();
        if (d < double(min) || d > double(max) || d != double(qint64(d)))
            return fail(path);
        out = qint64(d);
        return true;
    }

    bool text(const QJsonValue &v, const QString &path, int maxLen, bool allowEmpty, bool allowNewline, QString &out)
    {
        if (!v.isString())
            return fail(path);
        out = v.toString();
        if ((!allowEmpty && out.trimmed().isEmpty()) || out.size() > maxLen || !isCleanText(out, allowNewline))
            return fail(path);
        return true;
    }

    bool pattern(const QJsonValue &v, const QString &path, const QRegularExpression &re, QString &out)
    {
        if (!v.isString() || !re.match(v.toString()).hasMatch())
            return fail(path);
        out = v.toString();
        return true;
    }

    bool timestamp(const QJsonValue &v, const QString &path, QDateTime &out)
    {
        static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
        QString s;
        if (!pattern(v, path, re, s))
            return false;
        out = QDateTime::fromString(s, Qt::ISODate);
        if (!out.isValid())
            return fail(path);
        out = out.toUTC();
        return true;
    }

    bool languageMap(const QJsonValue &v, const QString &path, const QStringList &languages, int maxLen,
                     bool required, QMap<QString, QString> &out)
    {
        if (v.isUndefined() && !required)
            return true;
        if (!v.isObject())
            return fail(path);
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!languages.contains(it.key()))
                return fail(path + u'.' + it.key());
            QString s;
            if (!text(it.value(), path + u'.' + it.key(), maxLen, !required, required ? false : true, s))
                return false;
            out.insert(it.key(), s);
        }
        if (required)
            for (const QString &lang : languages)
                if (!out.contains(lang))
                    return fail(path + u'.' + lang);
        return true;
    }

    bool entry(const QJsonValue &value, const QString &path, Entry &e)
    {
        static const QRegularExpression packId(u"^[a-z][a-z0-9\\-]*(\\.[a-z0-9\\-]+)+$"_s);
        static const QRegularExpression hex64(u"^[0-9a-f]{64}$"_s);
        static const QRegularExpression keyId(u"^[0-9A-F]{16}$"_s);
        // A plain relative path below the catalog: no scheme, host, query, fragment, "..",
        // absolute path or backslash, so a catalog can only point at files next to itself.
        static const QRegularExpression relUrl(u"^(?!.*(^|/)\\.\\.?(/|$))[A-Za-z0-9_\\-][A-Za-z0-9._\\-/]*\\.skillpack$"_s);
        if (!value.isObject())
            return fail(path);
        const QJsonObject o = value.toObject();
        if (!pattern(o.value(u"id"), path + u".id"_s, packId, e.id) || e.id.size() > 200)
            return fail(path + u".id"_s);
        qint64 n = 0;
        if (!integer(o, u"version"_s, path + u".version"_s, 1, 1000000000, n))
            return false;
        e.version = int(n);

        const QJsonValue langs = o.value(u"languages");
        if (!langs.isArray() || langs.toArray().isEmpty() || langs.toArray().size() > 3)
            return fail(path + u".languages"_s);
        for (const QJsonValue &l : langs.toArray()) {
            if (!l.isString() || !isSupportedLanguage(l.toString()) || e.languages.contains(l.toString()))
                return fail(path + u".languages"_s);
            e.languages.append(l.toString());
        }
        if (!languageMap(o.value(u"title"), path + u".title"_s, e.languages, kMaxTitle, true, e.title))
            return false;
        if (!languageMap(o.value(u"description"), path + u".description"_s, e.languages, kMaxDescription, false,
                         e.description))
            return false;
        const QJsonValue topics = o.value(u"topics");
        if (!topics.isUndefined()) {
            if (!topics.isObject())
                return fail(path + u".topics"_s);
            const QJsonObject t = topics.toObject();
            for (auto it = t.begin(); it != t.end(); ++it) {
                qint64 count = 0;
                if (!e.languages.contains(it.key()) || !integer(t, it.key(), path + u".topics."_s + it.key(), 0, 100000, count))
                    return fail(path + u".topics."_s + it.key());
                e.topics.insert(it.key(), int(count));
            }
        }
        if (!integer(o, u"size"_s, path + u".size"_s, 1, kMaxPackBytes, e.size))
            return false;
        if (!pattern(o.value(u"sha256"), path + u".sha256"_s, hex64, e.sha256))
            return false;
        if (!pattern(o.value(u"digest"), path + u".digest"_s, hex64, e.digest))
            return false;
        const QJsonValue signer = o.value(u"signer");
        if (!signer.isUndefined() && !signer.isNull() && !pattern(signer, path + u".signer"_s, keyId, e.signer))
            return false;
        if (!pattern(o.value(u"url"), path + u".url"_s, relUrl, e.url) || e.url.size() > kMaxUrl
            || e.url.contains(u"//"))
            return fail(path + u".url"_s);
        return true;
    }
};

} // namespace

QString Entry::titleIn(const QString &lang) const
{
    if (title.contains(lang))
        return title.value(lang);
    for (const QString &fallback : {u"en"_s, u"fa"_s, u"ar"_s})
        if (title.contains(fallback))
            return title.value(fallback);
    return id;
}

const Entry *Catalog::find(QStringView id) const
{
    for (const Entry &e : packs)
        if (e.id == id)
            return &e;
    return nullptr;
}

CatalogError parse(const QByteArray &json, Catalog &out)
{
    out = Catalog();
    if (json.size() > kMaxCatalogBytes)
        return CatalogError(CatalogError::TooLarge, {QString::number(kMaxCatalogBytes)});
    // QJsonDocument would quietly replace broken UTF-8; a signed file has no excuse for it.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(utf8(json));
    if (utf8.hasError())
        return CatalogError(CatalogError::InvalidUtf8);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return CatalogError(CatalogError::InvalidJson, {perr.errorString()});
    if (!doc.isObject())
        return CatalogError(CatalogError::WrongFormat);
    const QJsonObject root = doc.object();
    if (root.value(u"format").toString() != u"maharat-catalog")
        return CatalogError(CatalogError::WrongFormat);

    Reader r;
    Catalog c;
    qint64 n = 0;
    if (!r.integer(root, u"format_version"_s, u"format_version"_s, 1, 1000000, n))
        return r.error;
    if (n > kFormatVersion)
        return CatalogError(CatalogError::NewerFormat, {QString::number(n)});
    c.formatVersion = int(n);
    if (!r.integer(root, u"sequence"_s, u"sequence"_s, 1, (1LL << 53), c.sequence)
        || !r.timestamp(root.value(u"generated"), u"generated"_s, c.generated)
        || !r.timestamp(root.value(u"expires"), u"expires"_s, c.expires)
        || !r.text(root.value(u"publisher"), u"publisher"_s, kMaxPublisher, false, false, c.publisher))
        return r.error;
    if (c.expires <= c.generated)
        return CatalogError(CatalogError::InvalidField, {u"expires"_s});
    const QJsonValue packs = root.value(u"packs");
    if (!packs.isArray() || packs.toArray().size() > kMaxPacks)
        return CatalogError(CatalogError::InvalidField, {u"packs"_s});
    const QJsonArray list = packs.toArray();
    c.packs.reserve(list.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Entry e;
        if (!r.entry(list.at(i), u"packs[%1]"_s.arg(i), e))
            return r.error;
        if (ids.contains(e.id))
            return CatalogError(CatalogError::DuplicatePack, {e.id});
        ids.insert(e.id);
        c.packs.append(std::move(e));
    }
    out = std::move(c);
    return {};
}

QByteArray toJson(const Catalog &c)
{
    const auto map = [](const QMap<QString, QString> &m) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QJsonArray packs;
    for (const Entry &e : c.packs) {
        QJsonObject topics;
        for (auto it = e.topics.begin(); it != e.topics.end(); ++it)
            topics.insert(it.key(), it.value());
        QJsonObject o{{u"id"_s, e.id},
                      {u"version"_s, e.version},
                      {u"title"_s, map(e.title)},
                      {u"languages"_s, QJsonArray::fromStringList(e.languages)},
                      {u"topics"_s, topics},
                      {u"size"_s, e.size},
                      {u"sha256"_s, e.sha256},
                      {u"digest"_s, e.digest},
                      {u"url"_s, e.url}};
        if (!e.description.isEmpty())
            o.insert(u"description"_s, map(e.description));
        o.insert(u"signer"_s, e.signer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.signer));
        packs.append(o);
    }
    const QJsonObject root{{u"format"_s, u"maharat-catalog"_s},
                           {u"format_version"_s, c.formatVersion},
                           {u"sequence"_s, c.sequence},
                           {u"generated"_s, c.generated.toUTC().toString(Qt::ISODate)},
                           {u"expires"_s, c.expires.toUTC().toString(Qt::ISODate)},
                           {u"publisher"_s, c.publisher},
                           {u"packs"_s, packs}};
    // Compact: a thousand packs have to fit the 1 MiB cap that clients enforce.
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QUrl packUrl(const QUrl &catalogUrl, const Entry &entry)
{
    QUrl base = catalogUrl.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery);
    return base.resolved(QUrl(entry.url, QUrl::StrictMode));
}

} // namespace maharat::catalog
