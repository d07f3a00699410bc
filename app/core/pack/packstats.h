#pragma once
#include "packcontent.h"

#include <QJsonObject>
#include <QMap>

namespace maharat {

struct LanguageCounts {
    int topics = 0, examples = 0, clips = 0, questions = 0;
};

// Per-language counts: topics with text, examples, distinct clips, questions.
QMap<QString, LanguageCounts> countByLanguage(const PackContent &content);

// The `maharat-pack info --json` object (id, version, digest, languages, media_bytes, counts, …).
QJsonObject packInfoJson(const PackContent &content, const QString &digest, qint64 mediaBytes);

} // namespace maharat
