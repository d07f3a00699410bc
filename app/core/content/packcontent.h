#pragma once
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace maharat {

// Text keyed by language code ("fa", "ar", "en").
using LangText = QMap<QString, QString>;

struct Manifest {
    QString id;
    int version = 0;
    QString publisher;
    QString created; // YYYY-MM-DD
    QString license;
    QStringList languages;
    int minReader = 1;
    LangText title;
    LangText description;
    QStringList credits;
};

struct Category {
    QString id;
    int order = 0;
    LangText title;
};

struct ExampleText {
    QString situation, bad, good, why;
    QString badMedia, goodMedia; // media ids; empty when the line has no clip
};

struct Example {
    QString id; // pack-wide: "<skill>.<local>"
    int order = 0;
    QMap<QString, ExampleText> text;
};

struct QuestionOption {
    QString id;
    bool correct = false;
    LangText text;
    QMap<QString, QString> media; // lang -> media id (phrasing options)
};

struct Question {
    QString id; // pack-wide: "<skill>.<local>"
    int order = 0;
    QString type; // choice | truefalse | phrasing
    QString exampleId; // phrasing only
    LangText stem;
    LangText explanation;
    QList<QuestionOption> options;
    int correctIndex() const;
};

struct SkillText {
    QString title, summary, body;
};

struct Skill {
    QString id;
    QString categoryId;
    int order = 0;
    QMap<QString, SkillText> text;
    // Search keywords per language: the words staff use for the situation that the text may not
    // contain (pack format v2; empty for v1 packs and for languages without any).
    QMap<QString, QStringList> keywords;
    QList<Example> examples;
    QList<Question> questions;
};

struct MediaInfo {
    QString id;
    QString mime;
    qint64 durationMs = 0;
    QString sha256; // lower-case hex
    qint64 size = 0;
};

// A pack's whole content except media bytes: small enough to keep in memory (tens of kB per topic).
struct PackContent {
    Manifest manifest;
    QList<Category> categories;
    QList<Skill> skills;
    QList<MediaInfo> media;

    const Skill *skill(QStringView id) const;
    const Category *category(QStringView id) const;
    const MediaInfo *mediaInfo(QStringView id) const;
    // Skills of a category in display order.
    QList<const Skill *> skillsIn(QStringView categoryId) const;
    // Sorts categories, skills, examples and questions into display order.
    void sortByOrder();
};

} // namespace maharat
