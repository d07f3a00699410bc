#include "packstats.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace maharat {

QMap<QString, LanguageCounts> countByLanguage(const PackContent &content)
{
    QMap<QString, LanguageCounts> out;
    QMap<QString, QSet<QString>> clips;
    for (const QString &lang : content.manifest.languages)
        out.insert(lang, {});
    for (const Skill &s : content.skills) {
        for (auto it = s.text.cbegin(); it != s.text.cend(); ++it)
            ++out[it.key()].topics;
        for (const Example &ex : s.examples) {
            for (auto it = ex.text.cbegin(); it != ex.text.cend(); ++it) {
                ++out[it.key()].examples;
                for (const QString &m : {it->badMedia, it->goodMedia})
                    if (!m.isEmpty())
                        clips[it.key()].insert(m);
            }
        }
        for (const Question &q : s.questions)
            for (auto it = q.stem.cbegin(); it != q.stem.cend(); ++it)
                ++out[it.key()].questions;
    }
    for (auto it = clips.cbegin(); it != clips.cend(); ++it)
        out[it.key()].clips = int(it->size());
    return out;
}

QJsonObject packInfoJson(const PackContent &content, const QString &digest, qint64 mediaBytes)
{
    const Manifest &m = content.manifest;
    QJsonObject counts;
    const auto perLang = countByLanguage(content);
    for (auto it = perLang.cbegin(); it != perLang.cend(); ++it)
        counts.insert(it.key(), QJsonObject{{u"topics"_s, it->topics}, {u"examples"_s, it->examples},
                                            {u"clips"_s, it->clips}, {u"questions"_s, it->questions}});
    QJsonObject title, description;
    for (auto it = m.title.cbegin(); it != m.title.cend(); ++it)
        title.insert(it.key(), it.value());
    for (auto it = m.description.cbegin(); it != m.description.cend(); ++it)
        description.insert(it.key(), it.value());
    QJsonArray categories;
    for (const Category &c : content.categories)
        categories.append(QJsonObject{{u"id"_s, c.id}, {u"topics"_s, int(content.skillsIn(c.id).size())}});
    return QJsonObject{
        {u"id"_s, m.id},
        {u"version"_s, m.version},
        {u"publisher"_s, m.publisher},
        {u"created"_s, m.created},
        {u"license"_s, m.license},
        {u"min_reader"_s, m.minReader},
        {u"languages"_s, QJsonArray::fromStringList(m.languages)},
        {u"title"_s, title},
        {u"description"_s, description},
        {u"credits"_s, QJsonArray::fromStringList(m.credits)},
        {u"digest"_s, digest},
        {u"media_bytes"_s, mediaBytes},
        {u"media_count"_s, int(content.media.size())},
        {u"categories"_s, categories},
        {u"counts"_s, counts},
    };
}

} // namespace maharat
