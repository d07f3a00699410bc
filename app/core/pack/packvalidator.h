#pragma once
#include "packcontent.h"
#include "packerror.h"

namespace maharat {

namespace packlimits {
constexpr int TitleChars = 120;
constexpr int SummaryChars = 300; // lint holds authors to 140; the reader is more lenient
constexpr int BodyChars = 20000;
constexpr int ExampleChars = 400;
constexpr int KeywordChars = 60;     // one search keyword phrase
constexpr int KeywordsPerLanguage = 80; // a topic's keyword phrases in one language
constexpr int StemChars = 500;
constexpr int OptionChars = 300;
constexpr int ExplanationChars = 1000;
constexpr int ManifestChars = 2000;
constexpr qint64 MediaBytes = 2 * 1024 * 1024;
constexpr qint64 MediaMaxDurationMs = 120000;
constexpr qint64 FileBytes = 512LL * 1024 * 1024;
constexpr int MaxRows = 500000;
} // namespace packlimits

inline const QString &allowedMediaMime()
{
    static const QString mime = QStringLiteral("audio/ogg");
    return mime;
}

// Checks everything about pack content that does not need the media bytes: ids, languages,
// text limits, question shape, references. The builder runs it before writing and the reader
// after loading, so no pack that fails it is ever written or used.
PackError validateContent(const PackContent &content);

// Control characters other than tab and newline never belong in pack text.
bool hasForbiddenControl(QStringView text);

// How a text field is shown: as plain text (everything but topic bodies) or as the Markdown
// subset of packmarkdown.h (bodies).
enum class TextKind { Plain, Markdown };

// The rules for what pack text may contain (docs/authoring.md, "What pack text may contain"):
// no control characters, no HTML tags, no images, body links only to http(s), no bidi
// embeddings or overrides (U+202A–U+202E), no invisible characters that can hide or reorder
// text; isolates (U+2066–U+2069) must close on the line that opens them. ZWNJ, ZWJ and the
// direction marks are allowed. `field` and `item` name the text in the error. The builder,
// `maharat-pack lint` and the reader all call this, so they agree on every text.
PackError checkPackText(QStringView text, TextKind kind, const QString &field, const QString &item);

} // namespace maharat
