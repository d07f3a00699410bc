#include "packvalidator.h"

#include "languages.h"
#include "packmarkdown.h"
#include "packschema.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace maharat {

bool hasForbiddenControl(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f || (u >= 0x80 && u < 0xa0))
            return true;
    }
    return false;
}

namespace {

QString codePoint(char32_t u)
{
    return u"U+"_s + QString::number(u, 16).toUpper().rightJustified(4, u'0');
}

// Characters that are invisible and either reorder text (embeddings, overrides) or can hide
// or disguise it (zero-width spaces, fillers, tags, interlinear annotations, separators).
bool isHiddenFormatting(char32_t u)
{
    return (u >= 0x202A && u <= 0x202E)     // LRE RLE PDF LRO RLO
           || u == 0x00AD || u == 0x034F    // soft hyphen, combining grapheme joiner
           || u == 0x115F || u == 0x1160 || u == 0x3164 || u == 0xFFA0 // Hangul fillers
           || u == 0x17B4 || u == 0x17B5 || u == 0x180E
           || u == 0x200B                   // zero width space
           || u == 0x2028 || u == 0x2029    // line and paragraph separators
           || (u >= 0x2060 && u <= 0x2064)  // word joiner, invisible operators
           || (u >= 0x206A && u <= 0x206F)  // deprecated format characters
           || u == 0xFEFF                   // zero width no-break space
           || (u >= 0xFFF9 && u <= 0xFFFC)  // interlinear annotations, object replacement
           || (u >= 0xE0000 && u <= 0xE007F) // tags
           || (u >= 0xE0100 && u <= 0xE01EF) // variation selectors 17–256
           || (u >= 0xFDD0 && u <= 0xFDEF) || (u & 0xFFFE) == 0xFFFE; // noncharacters
}

PackError checkCharacters(QStringView text, const QString &field, const QString &item)
{
    int isolates = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            u = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(u))
            return {PackError::HiddenCharacter, {field, item, codePoint(u)}};
        if (u >= 0x202A && u <= 0x202E)
            return {PackError::BidiOverride, {field, item, codePoint(u)}};
        if (isHiddenFormatting(u))
            return {PackError::HiddenCharacter, {field, item, codePoint(u)}};
        if (u >= 0x2066 && u <= 0x2068) {
            ++isolates;
        } else if (u == 0x2069) {
            if (--isolates < 0)
                return {PackError::UnbalancedIsolate, {field, item}};
        } else if (u == u'\n' && isolates != 0) {
            return {PackError::UnbalancedIsolate, {field, item}};
        }
    }
    if (isolates != 0)
        return {PackError::UnbalancedIsolate, {field, item}};
    return {};
}

} // namespace

PackError checkPackText(QStringView text, TextKind kind, const QString &field, const QString &item)
{
    if (hasForbiddenControl(text))
        return {PackError::BadText, {field, item}};
    if (auto e = checkCharacters(text, field, item))
        return e;
    // A '<' right before a letter, '/', '!' or '?' opens a tag, a comment or an autolink: pack
    // text never needs one, and a plain-text field would show it as written.
    static const QRegularExpression tag(u"<[A-Za-z/!?]"_s);
    if (const auto m = tag.match(text); m.hasMatch())
        return {PackError::HtmlInText, {field, item, text.sliced(m.capturedStart(), std::min<qsizetype>(24, text.size() - m.capturedStart())).toString()}};
    static const QRegularExpression image(u"!\\[[^\\]\\n]*\\]\\s*[(\\[]"_s);
    if (image.match(text).hasMatch())
        return {PackError::ImageInText, {field, item}};
    if (kind == TextKind::Markdown) {
        for (const MarkdownLink &link : markdownLinks(text)) {
            if (link.image)
                return {PackError::ImageInText, {field, item}};
            if (!isAllowedLinkTarget(QUrl(link.target, QUrl::StrictMode)))
                return {PackError::LinkNotAllowed, {field, item, link.target.left(80)}};
        }
    }
    return {};
}

namespace {

class Validator
{
public:
    explicit Validator(const PackContent &c) : m_c(c) {}
    PackError run();

private:
    PackError text(const QString &field, const QString &id, const QString &value, int limit,
                   TextKind kind = TextKind::Plain) const;
    PackError langText(const QString &field, const QString &id, const LangText &t, int limit) const;
    PackError checkMediaRef(const QString &owner, const QString &mediaId);
    PackError manifest() const;
    PackError skill(const Skill &s);
    PackError question(const Skill &s, const Question &q);

    const PackContent &m_c;
    QSet<QString> m_usedMedia;
    QSet<QString> m_mediaIds;
};

const QRegularExpression &localId()
{
    static const QRegularExpression re(u"^[a-z][a-z0-9\\-]{0,47}$"_s);
    return re;
}

// "<skill>.<local>": the composed ids of examples and questions.
bool isChildId(const QString &id, const QString &parent)
{
    return id.startsWith(parent + u'.') && localId().match(id.sliced(parent.size() + 1)).hasMatch();
}

PackError Validator::text(const QString &field, const QString &id, const QString &value, int limit,
                          TextKind kind) const
{
    if (value.trimmed().isEmpty())
        return {PackError::MissingText, {id + u' ' + field, QString()}};
    if (auto e = checkPackText(value, kind, field, id))
        return e;
    if (value.size() > limit)
        return {PackError::TextTooLong, {field, id, QString::number(limit)}};
    return {};
}

PackError Validator::langText(const QString &field, const QString &id, const LangText &t, int limit) const
{
    for (auto it = t.cbegin(); it != t.cend(); ++it)
        if (!m_c.manifest.languages.contains(it.key()))
            return {PackError::BadLanguage, {it.key()}};
    for (const QString &lang : m_c.manifest.languages) {
        if (!t.contains(lang) || t.value(lang).trimmed().isEmpty())
            return {PackError::MissingText, {id + u' ' + field, lang}};
        if (auto e = text(field, id, t.value(lang), limit))
            return e;
    }
    return {};
}

PackError Validator::checkMediaRef(const QString &owner, const QString &mediaId)
{
    if (mediaId.isEmpty())
        return {};
    if (!m_mediaIds.contains(mediaId))
        return {PackError::DanglingReference, {owner, mediaId}};
    m_usedMedia.insert(mediaId);
    return {};
}

PackError Validator::manifest() const
{
    const Manifest &m = m_c.manifest;
    static const QRegularExpression packId(u"^[a-z][a-z0-9\\-]*(\\.[a-z0-9\\-]+)+$"_s);
    static const QRegularExpression date(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (m.id.isEmpty())
        return {PackError::ManifestMissing, {u"id"_s}};
    if (m.id.size() > 100 || !packId.match(m.id).hasMatch())
        return {PackError::ManifestInvalid, {u"id"_s, m.id}};
    if (m.version < 1)
        return {PackError::ManifestInvalid, {u"version"_s, QString::number(m.version)}};
    if (m.minReader > packschema::FormatVersion)
        return {PackError::NeedsNewerReader, {QString::number(m.minReader)}};
    if (m.minReader < 1)
        return {PackError::ManifestInvalid, {u"min_reader"_s, QString::number(m.minReader)}};
    if (!date.match(m.created).hasMatch())
        return {PackError::ManifestInvalid, {u"created"_s, m.created}};
    if (m.languages.isEmpty())
        return {PackError::ManifestMissing, {u"languages"_s}};
    QSet<QString> langs;
    for (const QString &l : m.languages) {
        if (!isSupportedLanguage(l))
            return {PackError::BadLanguage, {l}};
        if (langs.contains(l))
            return {PackError::ManifestInvalid, {u"languages"_s, m.languages.join(u' ')}};
        langs.insert(l);
    }
    for (const auto &[field, value] : {std::pair{u"publisher"_s, m.publisher}, {u"license"_s, m.license}})
        if (auto e = text(field, m.id, value, 200))
            return e;
    for (const QString &c : m.credits)
        if (auto e = text(u"credit"_s, m.id, c, packlimits::ManifestChars))
            return e;
    if (auto e = langText(u"title"_s, m.id, m.title, packlimits::TitleChars))
        return e;
    return langText(u"description"_s, m.id, m.description, packlimits::ManifestChars);
}

PackError Validator::question(const Skill &s, const Question &q)
{
    if (!isChildId(q.id, s.id))
        return {PackError::BadId, {u"question"_s, q.id}};
    if (auto e = langText(u"stem"_s, q.id, q.stem, packlimits::StemChars))
        return e;
    if (auto e = langText(u"explanation"_s, q.id, q.explanation, packlimits::ExplanationChars))
        return e;
    int correct = 0;
    QSet<QString> optionIds;
    for (const QuestionOption &o : q.options) {
        if (!localId().match(o.id).hasMatch())
            return {PackError::BadId, {u"question_option"_s, o.id}};
        if (optionIds.contains(o.id))
            return {PackError::DuplicateId, {q.id + u'.' + o.id}};
        optionIds.insert(o.id);
        correct += o.correct ? 1 : 0;
        if (auto e = langText(u"option"_s, q.id + u'.' + o.id, o.text, packlimits::OptionChars))
            return e;
        for (auto it = o.media.cbegin(); it != o.media.cend(); ++it)
            if (auto e = checkMediaRef(q.id + u'.' + o.id, it.value()))
                return e;
    }
    if (q.type == u"choice") {
        if (q.options.size() < 2 || q.options.size() > 6)
            return {PackError::BadQuestion, {q.id, u"a choice question needs 2 to 6 options"_s}};
        if (!q.exampleId.isEmpty())
            return {PackError::BadQuestion, {q.id, u"only phrasing questions name an example"_s}};
    } else if (q.type == u"truefalse") {
        if (optionIds != QSet<QString>{u"true"_s, u"false"_s} || q.options.size() != 2)
            return {PackError::BadQuestion, {q.id, u"true/false options must be true and false"_s}};
    } else if (q.type == u"phrasing") {
        if (optionIds != QSet<QString>{u"bad"_s, u"good"_s} || q.options.size() != 2)
            return {PackError::BadQuestion, {q.id, u"phrasing options must be bad and good"_s}};
        const bool known = std::any_of(s.examples.cbegin(), s.examples.cend(),
                                       [&](const Example &e) { return e.id == q.exampleId; });
        if (!known)
            return {PackError::DanglingReference, {q.id, q.exampleId}};
    } else {
        return {PackError::BadQuestion, {q.id, u"unknown type "_s + q.type}};
    }
    if (correct != 1)
        return {PackError::CorrectAnswerCount, {q.id, QString::number(correct)}};
    if (q.type == u"phrasing" && !q.options[q.options[0].id == u"good" ? 0 : 1].correct)
        return {PackError::BadQuestion, {q.id, u"the good line must be the correct answer"_s}};
    return {};
}

PackError Validator::skill(const Skill &s)
{
    if (!localId().match(s.id).hasMatch())
        return {PackError::BadId, {u"skill"_s, s.id}};
    if (!m_c.category(s.categoryId))
        return {PackError::DanglingReference, {s.id, s.categoryId}};
    for (auto it = s.text.cbegin(); it != s.text.cend(); ++it)
        if (!m_c.manifest.languages.contains(it.key()))
            return {PackError::BadLanguage, {it.key()}};
    for (const QString &lang : m_c.manifest.languages) {
        if (!s.text.contains(lang))
            return {PackError::MissingText, {s.id, lang}};
        const SkillText &t = s.text[lang];
        if (auto e = text(u"title"_s, s.id, t.title, packlimits::TitleChars))
            return e;
        if (auto e = text(u"summary"_s, s.id, t.summary, packlimits::SummaryChars))
            return e;
        if (auto e = text(u"body"_s, s.id, t.body, packlimits::BodyChars, TextKind::Markdown))
            return e;
    }
    for (auto it = s.keywords.cbegin(); it != s.keywords.cend(); ++it) {
        if (!m_c.manifest.languages.contains(it.key()))
            return {PackError::BadLanguage, {it.key()}};
        if (it->size() > packlimits::KeywordsPerLanguage)
            return {PackError::TextTooLong, {u"keywords"_s, s.id, QString::number(packlimits::KeywordsPerLanguage)}};
        for (const QString &k : *it) {
            if (auto e = text(u"keywords"_s, s.id, k, packlimits::KeywordChars))
                return e;
            // One line each: a keyword is a word or a short phrase, never text to show.
            if (k.contains(u'\n') || k.contains(u','))
                return {PackError::BadText, {u"keywords"_s, s.id}};
        }
    }
    QSet<QString> ids;
    for (const Example &ex : s.examples) {
        if (!isChildId(ex.id, s.id))
            return {PackError::BadId, {u"example"_s, ex.id}};
        if (ids.contains(ex.id))
            return {PackError::DuplicateId, {ex.id}};
        ids.insert(ex.id);
        for (auto it = ex.text.cbegin(); it != ex.text.cend(); ++it)
            if (!m_c.manifest.languages.contains(it.key()))
                return {PackError::BadLanguage, {it.key()}};
        for (const QString &lang : m_c.manifest.languages) {
            if (!ex.text.contains(lang))
                return {PackError::MissingText, {ex.id, lang}};
            const ExampleText &t = ex.text[lang];
            for (const auto &[field, value] : {std::pair{u"situation"_s, t.situation}, {u"bad"_s, t.bad},
                                               {u"good"_s, t.good}, {u"why"_s, t.why}})
                if (auto e = text(field, ex.id, value, packlimits::ExampleChars))
                    return e;
            if (auto e = checkMediaRef(ex.id, t.badMedia))
                return e;
            if (auto e = checkMediaRef(ex.id, t.goodMedia))
                return e;
        }
    }
    for (const Question &q : s.questions) {
        if (ids.contains(q.id))
            return {PackError::DuplicateId, {q.id}};
        ids.insert(q.id);
        if (auto e = question(s, q))
            return e;
    }
    return {};
}

PackError Validator::run()
{
    if (auto e = manifest())
        return e;
    static const QRegularExpression mediaId(u"^[a-z0-9][a-z0-9.\\-]{0,199}$"_s);
    static const QRegularExpression sha(u"^[0-9a-f]{64}$"_s);
    for (const MediaInfo &m : m_c.media) {
        if (!mediaId.match(m.id).hasMatch())
            return {PackError::BadId, {u"media"_s, m.id}};
        if (m_mediaIds.contains(m.id))
            return {PackError::DuplicateId, {m.id}};
        m_mediaIds.insert(m.id);
        if (m.mime != allowedMediaMime())
            return {PackError::BadMime, {m.id, m.mime.left(60)}};
        if (m.size > packlimits::MediaBytes)
            return {PackError::MediaTooLarge, {m.id, QString::number(m.size), QString::number(packlimits::MediaBytes)}};
        if (m.durationMs <= 0 || m.durationMs > packlimits::MediaMaxDurationMs || !sha.match(m.sha256).hasMatch())
            return {PackError::BadMediaData, {m.id}};
    }
    QSet<QString> categories;
    for (const Category &c : m_c.categories) {
        if (!localId().match(c.id).hasMatch())
            return {PackError::BadId, {u"category"_s, c.id}};
        if (categories.contains(c.id))
            return {PackError::DuplicateId, {c.id}};
        categories.insert(c.id);
        if (auto e = langText(u"title"_s, c.id, c.title, packlimits::TitleChars))
            return e;
    }
    QSet<QString> skills;
    for (const Skill &s : m_c.skills) {
        if (skills.contains(s.id))
            return {PackError::DuplicateId, {s.id}};
        skills.insert(s.id);
        if (auto e = skill(s))
            return e;
    }
    for (const MediaInfo &m : m_c.media)
        if (!m_usedMedia.contains(m.id))
            return {PackError::UnusedMedia, {m.id}};
    return {};
}

} // namespace

PackError validateContent(const PackContent &content)
{
    return Validator(content).run();
}

} // namespace maharat
