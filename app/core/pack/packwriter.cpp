#include "packwriter.h"

#include "logging.h"
#include "packschema.h"
#include "sqlitehandle.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

class Writer
{
public:
    Writer(QSqlDatabase db) : m_db(std::move(db)) {}
    bool insert(const QString &table, const QVariantList &values)
    {
        QSqlQuery q(m_db);
        QStringList marks;
        for (qsizetype i = 0; i < values.size(); ++i)
            marks.append(u"?"_s);
        q.prepare(u"INSERT INTO "_s + table + u" VALUES ("_s + marks.join(u',') + u')');
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = table + u": "_s + q.lastError().text();
            return false;
        }
        return true;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            m_error = sql.left(60) + u": "_s + q.lastError().text();
            return false;
        }
        return true;
    }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

bool writeAll(Writer &w, const PackContent &c, const QList<MediaBlob> &media)
{
    const Manifest &m = c.manifest;
    for (const auto &[key, value] :
         {std::pair{u"id"_s, m.id}, {u"version"_s, QString::number(m.version)}, {u"publisher"_s, m.publisher},
          {u"created"_s, m.created}, {u"license"_s, m.license}, {u"languages"_s, m.languages.join(u' ')},
          {u"min_reader"_s, QString::number(m.minReader)}})
        if (!w.insert(u"manifest"_s, {key, value}))
            return false;
    for (const QString &lang : m.languages) {
        if (!w.insert(u"manifest_text"_s, {lang, u"title"_s, m.title.value(lang)})
            || !w.insert(u"manifest_text"_s, {lang, u"description"_s, m.description.value(lang)}))
            return false;
    }
    for (qsizetype i = 0; i < m.credits.size(); ++i)
        if (!w.insert(u"credit"_s, {qlonglong(i + 1), m.credits[i]}))
            return false;
    for (const Category &cat : c.categories) {
        if (!w.insert(u"category"_s, {cat.id, cat.order}))
            return false;
        for (auto it = cat.title.cbegin(); it != cat.title.cend(); ++it)
            if (!w.insert(u"category_text"_s, {cat.id, it.key(), it.value()}))
                return false;
    }
    for (const Skill &s : c.skills) {
        if (!w.insert(u"skill"_s, {s.id, s.categoryId, s.order}))
            return false;
        for (auto it = s.text.cbegin(); it != s.text.cend(); ++it)
            if (!w.insert(u"skill_text"_s, {s.id, it.key(), it->title, it->summary, it->body}))
                return false;
        for (auto it = s.keywords.cbegin(); it != s.keywords.cend(); ++it)
            for (qsizetype i = 0; i < it->size(); ++i)
                if (!w.insert(u"skill_keyword"_s, {s.id, it.key(), qlonglong(i + 1), it->at(i)}))
                    return false;
        for (const Example &ex : s.examples) {
            if (!w.insert(u"example"_s, {ex.id, s.id, ex.order}))
                return false;
            for (auto it = ex.text.cbegin(); it != ex.text.cend(); ++it)
                if (!w.insert(u"example_text"_s, {ex.id, it.key(), it->situation, it->bad, it->good, it->why,
                                                  nullable(it->badMedia), nullable(it->goodMedia)}))
                    return false;
        }
        for (const Question &q : s.questions) {
            if (!w.insert(u"question"_s, {q.id, s.id, q.order, q.type, nullable(q.exampleId)}))
                return false;
            for (const QString &lang : m.languages)
                if (!w.insert(u"question_text"_s, {q.id, lang, q.stem.value(lang), q.explanation.value(lang)}))
                    return false;
            for (qsizetype i = 0; i < q.options.size(); ++i) {
                const QuestionOption &o = q.options[i];
                if (!w.insert(u"question_option"_s, {q.id, o.id, qlonglong(i + 1), o.correct ? 1 : 0}))
                    return false;
                for (auto it = o.text.cbegin(); it != o.text.cend(); ++it)
                    if (!w.insert(u"option_text"_s, {q.id, o.id, it.key(), it.value(), nullable(o.media.value(it.key()))}))
                        return false;
            }
        }
    }
    for (const MediaBlob &b : media)
        if (!w.insert(u"media"_s, {b.info.id, b.info.mime, b.info.durationMs, b.info.sha256, b.data}))
            return false;
    return true;
}

} // namespace

QString writePack(const PackContent &content, const QList<MediaBlob> &media, const QString &outPath)
{
    const QString tmpPath = outPath + u".part"_s;
    QFile::remove(tmpPath);
    const QString name = sqlite::uniqueConnectionName(u"writer");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(tmpPath);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            Writer w(db);
            bool ok = w.exec(u"PRAGMA page_size = 4096"_s) && w.exec(u"PRAGMA journal_mode = MEMORY"_s);
            for (const QString &sql : packschema::ddl())
                ok = ok && w.exec(sql);
            ok = ok && w.exec(u"PRAGMA application_id = "_s + QString::number(packschema::ApplicationId))
                 && w.exec(u"PRAGMA user_version = "_s + QString::number(packschema::FormatVersion));
            ok = ok && db.transaction() && writeAll(w, content, media);
            if (ok && !db.commit()) {
                ok = false;
                error = db.lastError().text();
            }
            // VACUUM lays every page out afresh, so the file depends only on the rows.
            ok = ok && w.exec(u"VACUUM"_s);
            if (!ok && error.isEmpty())
                error = w.error();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (error.isEmpty()) {
        QFile::remove(outPath);
        if (!QFile::rename(tmpPath, outPath))
            error = u"cannot move the pack into place at "_s + outPath;
    }
    if (!error.isEmpty()) {
        QFile::remove(tmpPath);
        qCWarning(lcPack) << "writing" << outPath << "failed:" << error;
    }
    return error;
}

} // namespace maharat
