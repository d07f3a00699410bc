#include "exporter.h"

#include "activity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

QString skillTitle(const Library &library, const QString &packId, const QString &skillId)
{
    const LoadedPack *p = library.pack(packId);
    const Skill *s = p ? p->content.skill(skillId) : nullptr;
    if (!s)
        return {};
    // English is the manager's common language across offices; else the pack's first.
    const QString lang = p->content.manifest.languages.contains(u"en"_s) ? u"en"_s : p->content.manifest.languages.value(0);
    return s->text.value(lang).title;
}

QString csvField(const QString &v)
{
    if (!v.contains(u',') && !v.contains(u'"') && !v.contains(u'\n') && !v.contains(u'\r'))
        return v;
    return u'"' + QString(v).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvRow(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(u',') + u"\r\n"_s;
}

// Writes every file in full before committing any, so a full disk or an unwritable folder never
// leaves a new file beside a stale or missing partner.
bool save(const QList<QPair<QString, QByteArray>> &files, QString *error)
{
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (const auto &[path, data] : files) {
        auto f = std::make_unique<QSaveFile>(path);
        if (!f->open(QIODevice::WriteOnly) || f->write(data) != data.size()) {
            if (error)
                //: %1 is a file path, %2 the system's reason
                *error = QCoreApplication::translate("ResultsExport", "Your results could not be saved to %1: %2")
                             .arg(path, f->errorString());
            return false; // the unique_ptrs discard every temporary file
        }
        pending.push_back(std::move(f));
    }
    for (auto &f : pending) {
        if (!f->commit()) {
            if (error)
                *error = QCoreApplication::translate("ResultsExport", "Your results could not be saved to %1: %2")
                             .arg(f->fileName(), f->errorString());
            return false;
        }
    }
    return true;
}

} // namespace

bool exportResults(const ProgressStore &store, const Library &library, const quiz::Scheduler &scheduler,
                   const QString &path, ExportFormat format, const QDateTime &now, QString *error)
{
    const QList<Attempt> attempts = store.attempts();
    const QList<TopicMastery> topics = topicMastery(store, library, scheduler, now);
    if (format == ExportFormat::Json) {
        QJsonArray a, t;
        for (const Attempt &x : attempts)
            a.append(QJsonObject{{u"answered_at"_s, x.answeredAt.toUTC().toString(Qt::ISODate)},
                                 {u"pack_id"_s, x.question.packId}, {u"skill_id"_s, x.question.skillId},
                                 {u"skill_title"_s, skillTitle(library, x.question.packId, x.question.skillId)},
                                 {u"question_id"_s, x.question.questionId}, {u"answer"_s, x.answer},
                                 {u"correct"_s, x.correct}, {u"time_ms"_s, x.timeMs}, {u"rating"_s, int(x.rating)}});
        for (const TopicMastery &m : topics)
            t.append(QJsonObject{{u"pack_id"_s, m.skill.packId}, {u"skill_id"_s, m.skill.skillId},
                                 {u"skill_title"_s, skillTitle(library, m.skill.packId, m.skill.skillId)},
                                 {u"mastery"_s, qRound(m.mastery * 1000) / 1000.0}, {u"answered"_s, m.answered},
                                 {u"last_seen"_s, m.lastSeen.toUTC().toString(Qt::ISODate)}});
        const QJsonObject root{{u"exported_at"_s, now.toUTC().toString(Qt::ISODate)},
                               {u"app_version"_s, QStringLiteral(MAHARAT_VERSION)},
                               {u"attempts"_s, a},
                               {u"topics"_s, t}};
        return save({{path, QJsonDocument(root).toJson(QJsonDocument::Indented)}}, error);
    }
    // A byte-order mark makes spreadsheet programs read Persian and Arabic titles as UTF-8.
    QString answers = QChar(0xFEFF) + csvRow({u"answered_at"_s, u"pack_id"_s, u"skill_id"_s, u"skill_title"_s,
                                              u"question_id"_s, u"answer"_s, u"correct"_s, u"time_ms"_s, u"rating"_s});
    for (const Attempt &x : attempts)
        answers += csvRow({x.answeredAt.toUTC().toString(Qt::ISODate), x.question.packId, x.question.skillId,
                           skillTitle(library, x.question.packId, x.question.skillId), x.question.questionId, x.answer,
                           x.correct ? u"1"_s : u"0"_s, QString::number(x.timeMs), QString::number(int(x.rating))});
    QString mastery = QChar(0xFEFF) + csvRow({u"pack_id"_s, u"skill_id"_s, u"skill_title"_s, u"mastery"_s,
                                              u"answered"_s, u"last_seen"_s});
    for (const TopicMastery &m : topics)
        mastery += csvRow({m.skill.packId, m.skill.skillId, skillTitle(library, m.skill.packId, m.skill.skillId),
                           QString::number(m.mastery, 'f', 3), QString::number(m.answered),
                           m.lastSeen.toUTC().toString(Qt::ISODate)});
    const QFileInfo fi(path);
    const QString topicsPath = fi.dir().filePath(fi.completeBaseName() + u"-topics.csv"_s);
    return save({{path, answers.toUtf8()}, {topicsPath, mastery.toUtf8()}}, error);
}

} // namespace maharat
