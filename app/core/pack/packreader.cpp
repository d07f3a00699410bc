#include "packreader.h"

#include "logging.h"
#include "oggopus.h"
#include "packdigest.h"
#include "packschema.h"
#include "packvalidator.h"
#include "sqlitehandle.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>
#include <QtEndian>
#include <functional>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

struct SchemaObject {
    QString type, name, table, sql;
    bool operator==(const SchemaObject &) const = default;
};

QList<SchemaObject> schemaOf(const QSqlDatabase &db, bool *ok)
{
    QList<SchemaObject> out;
    QSqlQuery q(db);
    *ok = q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"_s);
    while (*ok && q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

// What our own DDL of a format version produces in this SQLite build: packs must match it
// object for object.
const QList<SchemaObject> &referenceSchema(int version)
{
    static const QList<QList<SchemaObject>> refs = [] {
        QList<QList<SchemaObject>> all;
        for (int v = packschema::OldestFormatVersion; v <= packschema::FormatVersion; ++v) {
            const QString name = sqlite::uniqueConnectionName(u"reference");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(u":memory:"_s);
                db.open();
                QSqlQuery q(db);
                for (const QString &sql : packschema::ddl(v))
                    q.exec(sql);
                bool ok = false;
                all.append(schemaOf(db, &ok));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        return all;
    }();
    return refs[version - packschema::OldestFormatVersion];
}

PackError checkSchema(const QSqlDatabase &db, int version)
{
    bool ok = false;
    const QList<SchemaObject> actual = schemaOf(db, &ok);
    if (!ok)
        return {PackError::Corrupt, {db.lastError().text()}};
    const QList<SchemaObject> &expected = referenceSchema(version);
    for (const SchemaObject &o : actual) {
        if (expected.contains(o))
            continue;
        const bool knownName = std::any_of(expected.cbegin(), expected.cend(),
                                           [&](const SchemaObject &e) { return e.name == o.name; });
        if (o.type == u"trigger")
            return {PackError::HasTrigger, {o.name}};
        if (o.type == u"view")
            return {PackError::HasView, {o.name}};
        if (o.sql.contains(u"VIRTUAL"_s, Qt::CaseInsensitive) || o.name.contains(u"_content"_s)
            || o.name.contains(u"_data"_s) || o.name.contains(u"_idx"_s) || o.name.contains(u"_docsize"_s)
            || o.name.contains(u"_config"_s))
            return {PackError::HasVirtualTable, {o.name}};
        if (knownName)
            return {PackError::SchemaMismatch, {o.name}};
        return {PackError::UnexpectedObject, {o.name}};
    }
    for (const SchemaObject &e : expected)
        if (!actual.contains(e))
            return {PackError::MissingTable, {e.name}};
    return {};
}

// Reads a pre-checked header so that a foreign or newer file gets a precise message before
// SQLite parses anything.
PackError checkHeader(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return {PackError::FileMissing, {path}};
    if (fi.size() > packlimits::FileBytes)
        return {PackError::FileTooLarge, {QString::number(fi.size() / (1024 * 1024)),
                                          QString::number(packlimits::FileBytes / (1024 * 1024))}};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {PackError::FileUnreadable, {path}};
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {PackError::NotAPack};
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 pageSize = qFromBigEndian<quint16>(h + 16) == 1 ? 65536u : qFromBigEndian<quint16>(h + 16);
    const quint32 pages = qFromBigEndian<quint32>(h + 28);
    // A zero or odd page size would divide by zero below (SIGFPE on a 100-byte file).
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return {PackError::NotAPack};
    if (fi.size() % pageSize != 0 || (pages != 0 && qint64(pages) * pageSize > fi.size()))
        return {PackError::NotAPack}; // truncated
    if (qFromBigEndian<qint32>(h + 68) != packschema::ApplicationId)
        return {PackError::WrongApplication};
    const qint32 format = qFromBigEndian<qint32>(h + 60);
    if (format > packschema::FormatVersion)
        return {PackError::NewerFormat, {QString::number(format)}};
    if (format < packschema::OldestFormatVersion)
        return {PackError::UnknownFormat, {QString::number(format)}};
    return {};
}

// Text columns are read as raw bytes (CAST AS BLOB) and decoded strictly, because QSQLITE
// would silently replace invalid UTF-8.
class RowReader
{
public:
    RowReader(const QSqlDatabase &db, const QString &table) : m_db(db), m_table(table) {}

    // cols: "t:" text, "n:" nullable text, "i:" integer. Calls fn with decoded values.
    PackError forEach(const QStringList &cols, const std::function<PackError(const QVariantList &)> &fn)
    {
        QStringList select;
        for (const QString &c : cols)
            select.append(c.startsWith(u"i:") ? c.sliced(2) : u"CAST("_s + c.sliced(2) + u" AS BLOB)"_s);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT "_s + select.join(u", ") + u" FROM "_s + m_table))
            return {PackError::ReadFailed, {q.lastError().text()}};
        while (q.next()) {
            QVariantList row;
            for (qsizetype i = 0; i < cols.size(); ++i) {
                const QVariant v = q.value(int(i));
                if (cols[i].startsWith(u"i:")) {
                    row.append(v.toLongLong());
                    continue;
                }
                if (v.isNull()) {
                    if (cols[i].startsWith(u"t:"))
                        return {PackError::ReadFailed, {m_table + u": unexpected NULL"_s}};
                    row.append(QString());
                    continue;
                }
                QStringDecoder dec(QStringDecoder::Utf8);
                const QString s = dec(v.toByteArray());
                if (dec.hasError())
                    return {PackError::InvalidUtf8, {m_table, row.isEmpty() ? QString() : row.first().toString()}};
                if (hasForbiddenControl(s))
                    return {PackError::BadText, {m_table, row.isEmpty() ? s.left(40) : row.first().toString()}};
                row.append(s);
            }
            if (auto e = fn(row))
                return e;
        }
        if (q.lastError().isValid())
            return {PackError::ReadFailed, {q.lastError().text()}};
        return {};
    }

private:
    const QSqlDatabase &m_db;
    QString m_table;
};

class Loader
{
public:
    Loader(const QSqlDatabase &db, int version) : m_db(db), m_version(version) {}
    PackError load(PackContent &c, qint64 &mediaBytes);

private:
    PackError rows(const QString &table, const QStringList &cols,
                   const std::function<PackError(const QVariantList &)> &fn)
    {
        return RowReader(m_db, table).forEach(cols, fn);
    }
    PackError manifest(Manifest &m);

    const QSqlDatabase &m_db;
    int m_version;
};

PackError Loader::manifest(Manifest &m)
{
    QMap<QString, QString> kv;
    if (auto e = rows(u"manifest"_s, {u"t:key"_s, u"t:value"_s}, [&](const QVariantList &r) -> PackError {
            kv.insert(r[0].toString(), r[1].toString());
            return {};
        }))
        return e;
    for (const QString &key : {u"id"_s, u"version"_s, u"publisher"_s, u"created"_s, u"license"_s,
                              u"languages"_s, u"min_reader"_s})
        if (!kv.contains(key))
            return {PackError::ManifestMissing, {key}};
    for (auto it = kv.cbegin(); it != kv.cend(); ++it)
        if (it.value().size() > packlimits::ManifestChars)
            return {PackError::TextTooLong, {it.key(), u"manifest"_s, QString::number(packlimits::ManifestChars)}};
    m.id = kv[u"id"_s];
    bool ok = false;
    m.version = kv[u"version"_s].toInt(&ok);
    if (!ok)
        return {PackError::ManifestInvalid, {u"version"_s, kv[u"version"_s]}};
    m.minReader = kv[u"min_reader"_s].toInt(&ok);
    if (!ok)
        return {PackError::ManifestInvalid, {u"min_reader"_s, kv[u"min_reader"_s]}};
    m.publisher = kv[u"publisher"_s];
    m.created = kv[u"created"_s];
    m.license = kv[u"license"_s];
    m.languages = kv[u"languages"_s].split(u' ', Qt::SkipEmptyParts);
    if (auto e = rows(u"manifest_text"_s, {u"t:lang"_s, u"t:key"_s, u"t:value"_s}, [&](const QVariantList &r) -> PackError {
            if (r[1] == u"title"_s)
                m.title.insert(r[0].toString(), r[2].toString());
            else if (r[1] == u"description"_s)
                m.description.insert(r[0].toString(), r[2].toString());
            else
                return {PackError::ManifestInvalid, {u"text key"_s, r[1].toString()}};
            return {};
        }))
        return e;
    return rows(u"credit"_s, {u"i:ord"_s, u"t:text"_s}, [&](const QVariantList &r) -> PackError {
        m.credits.append(r[1].toString());
        return {};
    });
}

PackError Loader::load(PackContent &c, qint64 &mediaBytes)
{
    // Refuse absurd row counts before loading anything into memory.
    for (const packschema::Table &t : packschema::tables(m_version)) {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT count(*) > "_s + QString::number(packlimits::MaxRows) + u" FROM "_s + t.name) || !q.next())
            return {PackError::ReadFailed, {q.lastError().text()}};
        if (q.value(0).toBool())
            return {PackError::TooManyRows, {t.name, QString::number(packlimits::MaxRows)}};
    }
    if (auto e = manifest(c.manifest))
        return e;

    QHash<QString, qsizetype> catIndex, skillIndex;
    QHash<QString, QPair<qsizetype, qsizetype>> exampleIndex, questionIndex;
    const auto dangling = [](const QVariant &from, const QVariant &to) {
        return PackError{PackError::DanglingReference, {from.toString(), to.toString()}};
    };
    PackError e = rows(u"category"_s, {u"t:id"_s, u"i:ord"_s}, [&](const QVariantList &r) -> PackError {
        catIndex.insert(r[0].toString(), c.categories.size());
        c.categories.append(Category{r[0].toString(), int(r[1].toLongLong()), {}});
        return {};
    });
    e = e ? e : rows(u"category_text"_s, {u"t:category_id"_s, u"t:lang"_s, u"t:title"_s}, [&](const QVariantList &r) -> PackError {
        const auto i = catIndex.value(r[0].toString(), -1);
        if (i < 0)
            return dangling(u"category_text"_s, r[0]);
        c.categories[i].title.insert(r[1].toString(), r[2].toString());
        return {};
    });
    e = e ? e : rows(u"skill"_s, {u"t:id"_s, u"t:category_id"_s, u"i:ord"_s}, [&](const QVariantList &r) -> PackError {
        skillIndex.insert(r[0].toString(), c.skills.size());
        Skill s;
        s.id = r[0].toString();
        s.categoryId = r[1].toString();
        s.order = int(r[2].toLongLong());
        c.skills.append(s);
        return {};
    });
    e = e ? e : rows(u"skill_text"_s, {u"t:skill_id"_s, u"t:lang"_s, u"t:title"_s, u"t:summary"_s, u"t:body"_s},
                     [&](const QVariantList &r) -> PackError {
        const auto i = skillIndex.value(r[0].toString(), -1);
        if (i < 0)
            return dangling(u"skill_text"_s, r[0]);
        c.skills[i].text.insert(r[1].toString(), SkillText{r[2].toString(), r[3].toString(), r[4].toString()});
        return {};
    });
    e = e ? e : rows(u"example"_s, {u"t:id"_s, u"t:skill_id"_s, u"i:ord"_s}, [&](const QVariantList &r) -> PackError {
        const auto i = skillIndex.value(r[1].toString(), -1);
        if (i < 0)
            return dangling(r[0], r[1]);
        exampleIndex.insert(r[0].toString(), {i, c.skills[i].examples.size()});
        c.skills[i].examples.append(Example{r[0].toString(), int(r[2].toLongLong()), {}});
        return {};
    });
    e = e ? e : rows(u"example_text"_s, {u"t:example_id"_s, u"t:lang"_s, u"t:situation"_s, u"t:bad"_s, u"t:good"_s,
                                         u"t:why"_s, u"n:bad_media"_s, u"n:good_media"_s},
                     [&](const QVariantList &r) -> PackError {
        const auto it = exampleIndex.constFind(r[0].toString());
        if (it == exampleIndex.cend())
            return dangling(u"example_text"_s, r[0]);
        c.skills[it->first].examples[it->second].text.insert(
            r[1].toString(), ExampleText{r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString(),
                                         r[6].toString(), r[7].toString()});
        return {};
    });
    e = e ? e : rows(u"question"_s, {u"t:id"_s, u"t:skill_id"_s, u"i:ord"_s, u"t:type"_s, u"n:example_id"_s},
                     [&](const QVariantList &r) -> PackError {
        const auto i = skillIndex.value(r[1].toString(), -1);
        if (i < 0)
            return dangling(r[0], r[1]);
        questionIndex.insert(r[0].toString(), {i, c.skills[i].questions.size()});
        Question q;
        q.id = r[0].toString();
        q.order = int(r[2].toLongLong());
        q.type = r[3].toString();
        q.exampleId = r[4].toString();
        c.skills[i].questions.append(q);
        return {};
    });
    const auto question = [&](const QVariant &id) -> Question * {
        const auto it = questionIndex.constFind(id.toString());
        return it == questionIndex.cend() ? nullptr : &c.skills[it->first].questions[it->second];
    };
    e = e ? e : rows(u"question_text"_s, {u"t:question_id"_s, u"t:lang"_s, u"t:stem"_s, u"t:explanation"_s},
                     [&](const QVariantList &r) -> PackError {
        Question *q = question(r[0]);
        if (!q)
            return dangling(u"question_text"_s, r[0]);
        q->stem.insert(r[1].toString(), r[2].toString());
        q->explanation.insert(r[1].toString(), r[3].toString());
        return {};
    });
    // Options in their stored order; ord only has to be unique within a question.
    QHash<QString, QMap<qint64, QuestionOption>> options;
    e = e ? e : rows(u"question_option"_s, {u"t:question_id"_s, u"t:option_id"_s, u"i:ord"_s, u"i:correct"_s},
                     [&](const QVariantList &r) -> PackError {
        if (!question(r[0]))
            return dangling(u"question_option"_s, r[0]);
        const qint64 correct = r[3].toLongLong();
        if (correct != 0 && correct != 1)
            return {PackError::BadQuestion, {r[0].toString(), u"correct must be 0 or 1"_s}};
        auto &byOrd = options[r[0].toString()];
        if (byOrd.contains(r[2].toLongLong()))
            return {PackError::BadQuestion, {r[0].toString(), u"two options share a position"_s}};
        byOrd.insert(r[2].toLongLong(), QuestionOption{r[1].toString(), correct == 1, {}, {}});
        return {};
    });
    e = e ? e : rows(u"option_text"_s, {u"t:question_id"_s, u"t:option_id"_s, u"t:lang"_s, u"t:text"_s, u"n:media"_s},
                     [&](const QVariantList &r) -> PackError {
        auto &byOrd = options[r[0].toString()];
        for (QuestionOption &o : byOrd) {
            if (o.id == r[1].toString()) {
                o.text.insert(r[2].toString(), r[3].toString());
                if (!r[4].toString().isEmpty())
                    o.media.insert(r[2].toString(), r[4].toString());
                return {};
            }
        }
        return dangling(u"option_text"_s, QVariant(r[0].toString() + u'.' + r[1].toString()));
    });
    if (e)
        return e;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        question(it.key())->options = it->values();

    // Media metadata only: length(data) does not load the blob.
    mediaBytes = 0;
    e = rows(u"media"_s, {u"t:id"_s, u"t:mime"_s, u"i:duration_ms"_s, u"t:sha256"_s, u"i:length(data)"_s},
             [&](const QVariantList &r) -> PackError {
        c.media.append(MediaInfo{r[0].toString(), r[1].toString(), r[2].toLongLong(), r[3].toString(), r[4].toLongLong()});
        mediaBytes += r[4].toLongLong();
        return {};
    });
    if (e)
        return e;
    if (m_version >= 2) {
        // Keywords in their stored order; ord only has to be unique (the primary key).
        QHash<qsizetype, QMap<QString, QMap<qint64, QString>>> keywords;
        e = rows(u"skill_keyword"_s, {u"t:skill_id"_s, u"t:lang"_s, u"i:ord"_s, u"t:keyword"_s},
                 [&](const QVariantList &r) -> PackError {
            const auto i = skillIndex.value(r[0].toString(), -1);
            if (i < 0)
                return dangling(u"skill_keyword"_s, r[0]);
            keywords[i][r[1].toString()].insert(r[2].toLongLong(), r[3].toString());
            return {};
        });
        if (e)
            return e;
        for (auto it = keywords.cbegin(); it != keywords.cend(); ++it)
            for (auto lang = it->cbegin(); lang != it->cend(); ++lang)
                c.skills[it.key()].keywords.insert(lang.key(), lang->values());
    }
    c.sortByOrder();
    return validateContent(c);
}

// The v2 signature table: empty (unsigned) or one row in slot 1, small, as raw bytes so that
// nothing is decoded leniently; checkPackSignature parses it strictly.
PackError readSignatureRow(const QSqlDatabase &db, bool &present, QByteArray &publicKey, QByteArray &minisig)
{
    // A key line is 56 characters and a .minisig text a few hundred; anything far bigger is junk.
    constexpr int MaxKeyBytes = 256, MaxSigBytes = 16 * 1024;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT slot, length(CAST(public_key AS BLOB)), length(CAST(minisig AS BLOB)), "
                "CAST(public_key AS BLOB), CAST(minisig AS BLOB) FROM signature LIMIT 2"_s))
        return {PackError::ReadFailed, {q.lastError().text()}};
    present = false;
    while (q.next()) {
        if (present || q.value(0).toLongLong() != 1 || q.value(1).toLongLong() > MaxKeyBytes
            || q.value(2).toLongLong() > MaxSigBytes)
            return {PackError::SignatureMalformed};
        present = true;
        publicKey = q.value(3).toByteArray();
        minisig = q.value(4).toByteArray();
    }
    if (q.lastError().isValid())
        return {PackError::ReadFailed, {q.lastError().text()}};
    return {};
}

PackError readBlob(const QSqlDatabase &db, const MediaInfo &info, QByteArray &data)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT data FROM media WHERE id = ?"_s);
    q.addBindValue(info.id);
    if (!q.exec() || !q.next())
        return {PackError::ReadFailed, {q.lastError().text()}};
    data = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != info.sha256)
        return {PackError::MediaHashMismatch, {info.id}};
    return {};
}

// Opens path on a hardened read-only connection and runs fn on it; the connection is gone after.
PackError withPack(const QString &path, const std::function<PackError(const QSqlDatabase &)> &fn)
{
    const QString name = sqlite::uniqueConnectionName(u"reader");
    PackError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            result = {PackError::OpenFailed, {db.lastError().text()}};
        else if (!sqlite::harden(db))
            result = {PackError::OpenFailed, {u"cannot secure the database connection"_s}};
        else
            result = fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

PackError readPack(const QString &path, LoadedPack &out, ReadOptions options)
{
    if (auto e = checkHeader(path))
        return e;
    LoadedPack pack;
    pack.path = path;
    const PackError e = withPack(path, [&](const QSqlDatabase &db) -> PackError {
        QSqlQuery q(db);
        const bool full = options.check == ReadOptions::Check::Full;
        if (full && (!q.exec(u"PRAGMA quick_check"_s) || !q.next()))
            return {PackError::Corrupt, {q.lastError().text()}};
        if (full && q.value(0).toString() != u"ok")
            return {PackError::Corrupt, {q.value(0).toString().left(200)}};
        if (!q.exec(u"PRAGMA application_id"_s) || !q.next() || q.value(0).toInt() != packschema::ApplicationId)
            return {PackError::WrongApplication};
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return {PackError::UnknownFormat, {q.value(0).toString()}};
        pack.formatVersion = q.value(0).toInt();
        // The header said the same; SQLite's own view is what the schema check relies on.
        if (pack.formatVersion < packschema::OldestFormatVersion || pack.formatVersion > packschema::FormatVersion)
            return {PackError::UnknownFormat, {q.value(0).toString()}};
        if (auto e = checkSchema(db, pack.formatVersion))
            return e;
        if (auto e = Loader(db, pack.formatVersion).load(pack.content, pack.mediaBytes))
            return e;
        // Clips are hash-checked again whenever they are played (readPackMedia).
        for (const MediaInfo &m : full ? std::as_const(pack.content.media) : QList<MediaInfo>()) {
            QByteArray data;
            if (auto e = readBlob(db, m, data))
                return e;
            const auto ogg = inspectOggOpus(data);
            // A stored duration off by more than a frame means the row lies about the clip.
            if (!ogg || qAbs(ogg->durationMs - m.durationMs) > 60)
                return {PackError::BadMediaData, {m.id}};
        }
        bool hasSignature = false;
        QByteArray publicKey, minisig;
        // A structural check leaves digest and signer to the caller's record of the full check
        // (the digest reads every blob, which is what it exists to avoid).
        if (full && pack.formatVersion >= packschema::SignedFormatVersion)
            if (auto e = readSignatureRow(db, hasSignature, publicKey, minisig))
                return e;
        if (options.digest || hasSignature) {
            pack.digest = packDigest(db, pack.formatVersion);
            if (pack.digest.isEmpty())
                return {PackError::ReadFailed, {u"digest"_s}};
        }
        if (hasSignature) {
            const Manifest &m = pack.content.manifest;
            return checkPackSignature(publicKey, minisig, packStatement(pack),
                                      packTrustedComment(m.id, m.version, pack.digest), pack.signer);
        }
        return {};
    });
    if (e) {
        qCInfo(lcPack) << "refused" << path << e.codeName() << e.args();
        return e;
    }
    out = std::move(pack);
    return {};
}

PackError readPackMedia(const QString &path, const MediaInfo &info, QByteArray &data)
{
    if (auto e = checkHeader(path))
        return e;
    return withPack(path, [&](const QSqlDatabase &db) { return readBlob(db, info, data); });
}

} // namespace maharat
