#include "textnormalizer.h"

#include "arabicscriptstemmer.h"
#include "snowballstemmer.h"

#include <QSet>

#include <algorithm>
#include <iterator>

namespace maharat::search {

namespace {

constexpr char16_t Zwnj = 0x200C;
constexpr char32_t ZeroWidthSpace = 0x200B;
constexpr char32_t Tatweel = 0x0640;
// What NFKD leaves of ٵ ٶ ٷ ٸ besides their base letter: a spacing hamza that is a letter to
// Unicode but, like the combining hamza of أ, only a spelling detail to a reader.
constexpr char32_t HighHamza = 0x0674;

// Letters that Persian and Arabic keyboards, fonts and writers spell differently. Hamza seats
// (أ إ آ ؤ ئ) are mostly gone already: NFKD splits them into letter + combining hamza, which
// normalizeImpl drops. ئ becomes the Persian ی, not ي: one yeh for both languages.
char32_t foldLetter(char32_t c)
{
    switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
        return 0x0627;  // ا
    case 0x0624:
        return 0x0648;  // و
    case 0x0626: case 0x0649: case 0x064A:
        return 0x06CC;  // ی
    case 0x0643: case 0x06AA:
        return 0x06A9;  // ک
    case 0x0629: case 0x06C0: case 0x06D5: case 0x06BE: case 0x06C1: case 0x06C3:
        return 0x0647;  // ه (ۀ decomposes to ە + hamza, hence U+06D5)
    default:
        // Case folding again: NFKD can yield capitals from compatibility letters (ℌ -> H).
        return QChar::toCaseFolded(c);
    }
}

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}

bool isWordChar(QChar::Category cat)
{
    switch (cat) {
    case QChar::Letter_Uppercase: case QChar::Letter_Lowercase: case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier: case QChar::Letter_Other: case QChar::Mark_SpacingCombining:
    case QChar::Number_Letter: case QChar::Number_Other:
        return true;
    default:
        return false;
    }
}

bool isArabicScript(QStringView word)
{
    return !word.isEmpty() && QChar::script(word.front().unicode()) == QChar::Script_Arabic;
}

void appendUcs4(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

// normalize(), except that with keepZwnj a ZWNJ between two letters of one word stays (once),
// so that analysis can still see the parts a word was written in.
QString normalizeImpl(QStringView text, bool keepZwnj)
{
    // Full case folding before NFKD because it can produce combining marks (İ -> i + U+0307).
    const QString src = text.toString().toCaseFolded().normalized(QString::NormalizationForm_KD);

    enum class Kind { None, Arabic, Other };
    QString out;
    out.reserve(src.size());
    Kind last = Kind::None;  // the script of the last word character written
    bool pendingSpace = false;
    bool pendingZwnj = false;
    for (qsizetype i = 0; i < src.size(); ++i) {
        char32_t c = src.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < src.size() && src.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(src.at(i), src.at(i + 1));
            ++i;
        }
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || c == Tatweel
            || c == HighHamza)
            continue;
        if (c == Zwnj) {
            // Only Persian spelling gives it meaning; elsewhere it is an invisible control.
            pendingZwnj = keepZwnj && last == Kind::Arabic;
            continue;
        }
        // ZWJ, direction marks, soft hyphen, BOM: invisible, so they must not split a word.
        if (cat == QChar::Other_Format && c != ZeroWidthSpace)
            continue;
        // customer's -> customers, don't -> dont: the same on both sides, and no stray "s" word.
        if (isApostrophe(c) && last != Kind::None && !pendingSpace)
            continue;

        Kind kind;
        if (cat == QChar::Number_DecimalDigit) {
            c = U'0' + char32_t(QChar::digitValue(c));
            kind = Kind::Other;
        } else if (isWordChar(cat)) {
            c = foldLetter(c);
            kind = QChar::script(c) == QChar::Script_Arabic ? Kind::Arabic : Kind::Other;
        } else {
            pendingSpace = true;
            pendingZwnj = false;
            continue;
        }

        // Arabic script next to Latin or digits is two words (iPhone‌ها, ۱۰دقیقه): Persian
        // attaches affixes to foreign words and numbers that a search for the word should find.
        if (last != Kind::None && (pendingSpace || kind != last))
            out.append(u' ');
        else if (pendingZwnj)
            out.append(QChar(Zwnj));
        pendingSpace = pendingZwnj = false;
        appendUcs4(out, c);
        last = kind;
    }
    // Marks are gone, so this only recomposes what NFKD split outside them (Hangul syllables).
    return out.normalized(QString::NormalizationForm_C);
}

void addUnique(QStringList &list, const QString &s)
{
    if (!s.isEmpty() && !list.contains(s))
        list.append(s);
}

void addWithStems(QStringList &list, const QString &s)
{
    addUnique(list, s);
    for (const QString &stem : stems(s))
        addUnique(list, stem);
}

// Persian writes these detached (space or ZWNJ) or joined to their word, and a reader does not
// see the difference; the index also stores the joined form when the text used a space.
bool isDetachablePrefix(QStringView w)
{
    static const QStringView list[] = {u"\u0645\u06CC", u"\u0646\u0645\u06CC", u"\u0628\u06CC",
                                       u"\u0647\u0645"};  // می نمی بی هم
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

bool isDetachableSuffix(QStringView w)
{
    static const QStringView list[] = {
        u"\u0647\u0627",                          // ها
        u"\u0647\u0627\u06CC",                    // های
        u"\u0647\u0627\u06CC\u06CC",              // هایی
        u"\u0647\u0627\u06CC\u0645",              // هایم
        u"\u0647\u0627\u06CC\u062A",              // هایت
        u"\u0647\u0627\u06CC\u0634",              // هایش
        u"\u0647\u0627\u06CC\u0645\u0627\u0646",  // هایمان
        u"\u0647\u0627\u06CC\u062A\u0627\u0646",  // هایتان
        u"\u0647\u0627\u06CC\u0634\u0627\u0646",  // هایشان
        u"\u06CC",                                // ی
        u"\u0627\u06CC",                          // ای
        u"\u0627\u0645",                          // ام
        u"\u0627\u062A",                          // ات
        u"\u0627\u0634",                          // اش
        u"\u0627\u06CC\u0645",                    // ایم
        u"\u0627\u06CC\u062F",                    // اید
        u"\u0627\u0646\u062F",                    // اند
        u"\u062A\u0631",                          // تر
        u"\u062A\u0631\u06CC\u0646",              // ترین
    };
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// ال, or وال بال فال کال لل: only Arabic writes these (Persian has a few loans, البته الان, that
// Snowball leaves alone).
bool hasArabicArticle(QStringView w)
{
    if (w.startsWith(u"\u0627\u0644") || w.startsWith(u"\u0644\u0644"))
        return true;
    static const char16_t clitics[] = {0x0648, 0x0628, 0x0641, 0x06A9};
    return w.size() > 3 && std::find(std::begin(clitics), std::end(clitics), w.at(0).unicode()) != std::end(clitics)
           && w.sliced(1).startsWith(u"\u0627\u0644");
}

} // namespace

QString normalize(QStringView text)
{
    return normalizeImpl(text, false);
}

QStringList tokens(QStringView text)
{
    return normalize(text).split(u' ', Qt::SkipEmptyParts);
}

QStringList stems(QStringView word)
{
    QStringList out;
    const auto add = [&](const QString &s) {
        if (s != word && !out.contains(s))
            out.append(s);
    };
    if (isArabicScript(word)) {
        add(arabicLightStem(word));
        add(persianStem(word));
        // Snowball's Arabic stemmer goes further than the light stemmer (prefix clitics such as
        // و ف ب ك ل with the article, more suffixes), but on Persian words, which share the
        // script, it joins unrelated ones (نامه/نام, وزیر/زیر). A query has no language, so it
        // runs only on words that carry the Arabic article, alone or after a clitic.
        if (word.size() >= 5 && hasArabicArticle(word))
            add(snowballStem(SnowballLanguage::Arabic, word));
    } else if (!word.isEmpty() && word.front().unicode() < 0x80) {
        add(snowballStem(SnowballLanguage::English, word));
    }
    return out;
}

Analyzed analyzeForIndex(QStringView text, QStringView lang)
{
    Q_UNUSED(lang);
    Analyzed result;
    const QStringList raw = normalizeImpl(text, true).split(u' ', Qt::SkipEmptyParts);
    QString previous;
    for (const QString &r : raw) {
        const QStringList parts = r.split(QChar(Zwnj));
        const QString word = parts.join(QString());
        result.words.append(word);

        QStringList group;
        addWithStems(group, word);
        if (parts.size() > 1) {
            for (const QString &p : parts)
                addWithStems(group, p);
        }
        if (isArabicScript(previous) && isArabicScript(word)
            && (isDetachablePrefix(previous) || isDetachableSuffix(word)))
            addWithStems(group, previous + word);
        result.terms += group;
        previous = word;
    }
    return result;
}

QList<QueryToken> analyzeQuery(QStringView text)
{
    struct Piece
    {
        QString word;
        QString whole;  // the ZWNJ-joined word this piece is a part of, if it is a part
    };
    QList<Piece> pieces;
    for (const QString &r : normalizeImpl(text, true).split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = r.split(QChar(Zwnj));
        const QString whole = parts.size() > 1 ? parts.join(QString()) : QString();
        for (const QString &p : parts)
            pieces.append({p, whole});
    }

    QList<QueryToken> query;
    query.reserve(pieces.size());
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QString &w = pieces.at(i).word;
        QueryToken t{w, {}};
        addWithStems(t.alternatives, w);
        addWithStems(t.alternatives, pieces.at(i).whole);
        if (isArabicScript(w)) {
            // Users type a space where the text has ZWNJ or nothing (می خواهم, مشتری ها): each
            // side of the gap also accepts the two words written as one.
            if (i > 0 && isArabicScript(pieces.at(i - 1).word))
                addWithStems(t.alternatives, pieces.at(i - 1).word + w);
            if (i + 1 < pieces.size() && isArabicScript(pieces.at(i + 1).word))
                addWithStems(t.alternatives, w + pieces.at(i + 1).word);
        }
        query.append(std::move(t));
    }
    return query;
}

bool matches(const QList<QueryToken> &query, const QStringList &terms)
{
    const QSet<QString> have(terms.cbegin(), terms.cend());
    for (const QueryToken &t : query) {
        const bool any = std::any_of(t.alternatives.cbegin(), t.alternatives.cend(),
                                     [&](const QString &a) { return have.contains(a); });
        if (!any)
            return false;
    }
    return true;
}

} // namespace maharat::search
