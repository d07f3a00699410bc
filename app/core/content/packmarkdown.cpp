#include "packmarkdown.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

// Deeper emphasis is shown as written; it also bounds the recursion on hostile input.
constexpr int MaxInlineDepth = 4;

void appendEscaped(QString &out, QStringView text)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        default: out += c;
        }
    }
}

bool isAsciiPunct(QChar c)
{
    return c.unicode() < 0x80 && (c.isPunct() || c.isSymbol());
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// "[text](target)" starting at `open` (the '['): the positions of ']' and ')', or -1. Brackets
// inside the text must balance ("[![alt](x)](y)" is one link around an image); both parts are
// capped, so hostile input stays linear.
struct LinkSpan {
    qsizetype close = -1; // ']'
    qsizetype end = -1;   // ')'
};

constexpr qsizetype MaxLinkText = 1000;
constexpr qsizetype MaxLinkTarget = 2048;

LinkSpan findLink(QStringView s, qsizetype open)
{
    qsizetype close = -1;
    int depth = 0;
    const qsizetype stop = std::min(s.size(), open + 1 + MaxLinkText);
    for (qsizetype i = open + 1; i < stop && close < 0; ++i) {
        if (s[i] == u'\\')
            ++i;
        else if (s[i] == u'[')
            ++depth;
        else if (s[i] == u']' && depth-- == 0)
            close = i;
    }
    if (close < 0 || close + 1 >= s.size() || s[close + 1] != u'(')
        return {};
    const qsizetype targetStop = std::min(s.size(), close + 2 + MaxLinkTarget);
    for (qsizetype i = close + 2; i < targetStop; ++i) {
        if (s[i] == u'\\')
            ++i;
        else if (s[i] == u')')
            return {close, i};
    }
    return {};
}

QString unescapeTarget(QStringView t)
{
    QStringView target = t.trimmed();
    // An optional title: [text](url "title") — only the url counts.
    if (const qsizetype space = target.indexOf(u' '); space > 0)
        target = target.left(space);
    if (target.startsWith(u'<') && target.endsWith(u'>'))
        target = target.mid(1, target.size() - 2);
    QString out;
    for (qsizetype i = 0; i < target.size(); ++i) {
        if (target[i] == u'\\' && i + 1 < target.size() && isAsciiPunct(target[i + 1]))
            ++i;
        out += target[i];
    }
    return out;
}

class InlineRenderer
{
public:
    QString render(QStringView s, int depth);

private:
    bool emphasis(QStringView s, qsizetype &i, QString &out, int depth);
    qsizetype findCloser(QStringView s, qsizetype from, QStringView delim) const;
    void link(QStringView text, const QString &target, bool image, QString &out, int depth);

    // A closer is valid or not whatever opened it, so once a search from some position found
    // none, no later opener of that kind can find one: hostile runs of "*a" stay linear.
    struct NoCloser {
        qsizetype star[2] = {-1, -1};
        qsizetype underscore[2] = {-1, -1};
    };
    QList<NoCloser> m_noCloser{NoCloser{}};
    bool m_inLink = false;
};

qsizetype InlineRenderer::findCloser(QStringView s, qsizetype from, QStringView delim) const
{
    const bool underscore = delim.front() == u'_';
    for (qsizetype j = from; j + delim.size() <= s.size(); ++j) {
        if (s[j] == u'\\') {
            ++j;
            continue;
        }
        if (s.sliced(j, delim.size()) != delim)
            continue;
        const qsizetype after = j + delim.size();
        // A closer ends a run: "**a**" closes at the last pair, not inside "***".
        if (after < s.size() && s[after] == delim.front())
            continue;
        if (s[j - 1].isSpace() || s[j - 1] == delim.front())
            continue;
        if (underscore && after < s.size() && isWordChar(s[after]))
            continue;
        return j;
    }
    return -1;
}

bool InlineRenderer::emphasis(QStringView s, qsizetype &i, QString &out, int depth)
{
    const QChar c = s[i];
    qsizetype run = 1;
    while (i + run < s.size() && s[i + run] == c)
        ++run;
    if (run > 2 || depth >= MaxInlineDepth)
        return false;
    const qsizetype start = i + run;
    if (start >= s.size() || s[start].isSpace())
        return false;
    if (c == u'_' && i > 0 && isWordChar(s[i - 1]))
        return false; // snake_case stays text
    const QStringView delim = s.sliced(i, run);
    qsizetype &failedFrom = (c == u'*' ? m_noCloser.last().star : m_noCloser.last().underscore)[run - 1];
    if (failedFrom >= 0 && start + 1 >= failedFrom)
        return false;
    const qsizetype closer = findCloser(s, start + 1, delim);
    if (closer < 0) {
        failedFrom = start + 1;
        return false;
    }
    const QString tag = run == 2 ? u"b"_s : u"i"_s;
    out += u'<' + tag + u'>';
    out += render(s.sliced(start, closer - start), depth + 1);
    out += u"</"_s + tag + u'>';
    i = closer + run;
    return true;
}

void InlineRenderer::link(QStringView text, const QString &target, bool image, QString &out, int depth)
{
    const QUrl url(target, QUrl::StrictMode);
    // A link inside a link's text is only its text: anchors cannot nest, and the outer link's
    // text must not carry another site's address as if it were its own (found by fuzz_markdown).
    if (image || m_inLink || !isAllowedLinkTarget(url)) {
        // What the author wrote as the visible text, never a resource.
        out += render(text, depth + 1);
        return;
    }
    out += u"<a href=\""_s;
    appendEscaped(out, QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded)));
    out += u"\">"_s;
    m_inLink = true;
    out += render(text, depth + 1);
    m_inLink = false;
    out += u"</a>"_s;
    // The host in ASCII (punycode for international names), isolated so it cannot reorder the
    // sentence around it.
    out += u" \u2068("_s;
    appendEscaped(out, url.host(QUrl::EncodeUnicode));
    out += u")\u2069"_s;
}

QString InlineRenderer::render(QStringView s, int depth)
{
    QString out;
    out.reserve(s.size() + s.size() / 8);
    // Each nested span searches its own text.
    m_noCloser.append(NoCloser{});
    const auto pop = qScopeGuard([this] { m_noCloser.removeLast(); });
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < s.size() && isAsciiPunct(s[i + 1])) {
            appendEscaped(out, s.sliced(i + 1, 1));
            i += 2;
            continue;
        }
        const bool image = c == u'!' && i + 1 < s.size() && s[i + 1] == u'[';
        if ((c == u'[' || image) && depth < MaxInlineDepth) {
            const qsizetype open = image ? i + 1 : i;
            if (const LinkSpan span = findLink(s, open); span.end >= 0) {
                link(s.sliced(open + 1, span.close - open - 1),
                     unescapeTarget(s.sliced(span.close + 2, span.end - span.close - 2)), image, out, depth);
                i = span.end + 1;
                continue;
            }
        }
        if ((c == u'*' || c == u'_') && emphasis(s, i, out, depth))
            continue;
        // A run of delimiters that opened nothing is text.
        qsizetype run = 1;
        if (c == u'*' || c == u'_')
            while (i + run < s.size() && s[i + run] == c)
                ++run;
        appendEscaped(out, s.sliced(i, run));
        i += run;
    }
    return out;
}

struct Block {
    enum Kind { Paragraph, Heading, Bullet, Numbered } kind = Paragraph;
    int level = 0; // heading level
    QString text;  // lines joined with spaces
};

QList<Block> parseBlocks(QStringView markdown)
{
    static const QRegularExpression heading(u"^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"_s);
    static const QRegularExpression bullet(u"^[ \\t]*[-*+][ \\t]+(.*)$"_s);
    static const QRegularExpression numbered(u"^[ \\t]*\\d{1,9}[.)][ \\t]+(.*)$"_s);
    QList<Block> blocks;
    bool open = false;       // the last block takes continuation lines
    bool afterBlank = false;
    for (QStringView raw : markdown.split(u'\n')) {
        const QString line = raw.toString();
        if (line.trimmed().isEmpty()) {
            afterBlank = true;
            if (!blocks.isEmpty() && blocks.last().kind == Block::Paragraph)
                open = false;
            continue;
        }
        QRegularExpressionMatch m;
        if ((m = heading.match(line)).hasMatch()) {
            blocks.append({Block::Heading, int(m.capturedLength(1)), m.captured(2)});
            open = false;
        } else if ((m = bullet.match(line)).hasMatch()) {
            blocks.append({Block::Bullet, 0, m.captured(1)});
            open = true;
        } else if ((m = numbered.match(line)).hasMatch()) {
            blocks.append({Block::Numbered, 0, m.captured(1)});
            open = true;
        } else {
            const bool indented = line.front().isSpace();
            const bool inItem = !blocks.isEmpty() && blocks.last().kind != Block::Paragraph
                                && blocks.last().kind != Block::Heading;
            if (open && (!afterBlank || (inItem && indented))) {
                blocks.last().text += u' ' + line.trimmed();
            } else {
                blocks.append({Block::Paragraph, 0, line.trimmed()});
                open = true;
            }
        }
        afterBlank = false;
    }
    return blocks;
}

} // namespace

bool isAllowedLinkTarget(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty()
           && url.userInfo().isEmpty();
}

QList<MarkdownLink> markdownLinks(QStringView markdown)
{
    QList<MarkdownLink> links;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        if (markdown[i] == u'\\') {
            ++i;
            continue;
        }
        if (markdown[i] != u'[')
            continue;
        const LinkSpan span = findLink(markdown, i);
        if (span.end < 0)
            continue;
        links.append({markdown.sliced(i + 1, span.close - i - 1).toString(),
                      unescapeTarget(markdown.sliced(span.close + 2, span.end - span.close - 2)),
                      i > 0 && markdown[i - 1] == u'!'});
        i = span.end;
    }
    return links;
}

QString markdownToRichText(QStringView markdown, bool rtl)
{
    const QString dir = rtl ? u" dir=\"rtl\""_s : u" dir=\"ltr\""_s;
    InlineRenderer inlines;
    QString out;
    Block::Kind list = Block::Paragraph; // the list being written, if any
    const auto closeList = [&] {
        if (list == Block::Bullet)
            out += u"</ul>"_s;
        else if (list == Block::Numbered)
            out += u"</ol>"_s;
        list = Block::Paragraph;
    };
    for (const Block &b : parseBlocks(markdown)) {
        if (b.kind != list)
            closeList();
        switch (b.kind) {
        case Block::Heading: {
            const QString tag = u'h' + QString::number(b.level);
            out += u'<' + tag + dir + u'>' + inlines.render(b.text, 0) + u"</"_s + tag + u'>';
            break;
        }
        case Block::Paragraph:
            out += u"<p"_s + dir + u'>' + inlines.render(b.text, 0) + u"</p>"_s;
            break;
        case Block::Bullet:
        case Block::Numbered:
            if (list != b.kind) {
                out += (b.kind == Block::Bullet ? u"<ul"_s : u"<ol"_s) + dir + u'>';
                list = b.kind;
            }
            out += u"<li"_s + dir + u'>' + inlines.render(b.text, 0) + u"</li>"_s;
            break;
        }
    }
    closeList();
    return out;
}

} // namespace maharat
