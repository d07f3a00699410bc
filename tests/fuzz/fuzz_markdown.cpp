// A topic body from any pack is rendered by our Markdown subset into the rich text a Qt Quick
// Text shows. Whatever the body, the output must be rich text the renderer itself wrote: only
// its own tags (h1–h6, p, ul, ol, li, b, i, a), properly nested, every block with the requested
// direction, links only to allowed http(s) targets that show their own host, every character of
// the input escaped, and no more text than the input had. The bytes are read as UTF-8 and, so
// that lone surrogates and any code unit reach it, as raw UTF-16.
#include "packmarkdown.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Output length per UTF-16 unit of input, at most (a one-character heading or list line becomes
// a whole element; a link shows its encoded target and its host): a body cannot make the text
// engine lay out much more than it holds.
constexpr qsizetype MaxGrowth = 24;
constexpr qsizetype MaxOverhead = 64;

[[noreturn]] void fail(const char *what, const QString &input, const QString &output, qsizetype at = -1)
{
    fprintf(stderr, "invariant failed: %s\n", what);
    if (at >= 0)
        fprintf(stderr, "at output offset %lld: %s\n", static_cast<long long>(at),
                output.mid(at, 80).toUtf8().constData());
    fprintf(stderr, "input (%lld units): %s\noutput: %s\n", static_cast<long long>(input.size()),
            input.left(2000).toUtf8().constData(), output.left(4000).toUtf8().constData());
    abort();
}

bool isUrlChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
           || (u < 0x80 && std::strchr("-._~:/?#[]@!$&'()*+,;=%", char(u)) != nullptr);
}

enum class Tag { Block, List, Item, Inline, Anchor };

class Checker
{
public:
    Checker(const QString &input, const QString &output, bool rtl) : m_in(input), m_out(output), m_rtl(rtl) {}

    void run()
    {
        if (m_out.size() > MaxGrowth * m_in.size() + MaxOverhead)
            fail("output too large for its input", m_in, m_out);
        const QString dir = m_rtl ? u" dir=\"rtl\">"_s : u" dir=\"ltr\">"_s;
        for (m_at = 0; m_at < m_out.size();) {
            const QChar c = m_out[m_at];
            if (c == u'<') {
                tag(dir);
            } else if (c == u'&') {
                entity();
            } else if (c == u'>' || c == u'"') {
                fail("markup character outside a tag", m_in, m_out, m_at);
            } else {
                if (m_open.isEmpty() || m_open.last().kind == Tag::List)
                    fail("text outside a block", m_in, m_out, m_at);
                text(c);
                ++m_at;
            }
        }
        if (!m_open.isEmpty())
            fail("element left open", m_in, m_out);
    }

private:
    struct Open {
        QString name;
        Tag kind;
        QString host; // for an anchor: what the closing must show
    };

    bool take(const QString &s)
    {
        if (!QStringView(m_out).sliced(m_at).startsWith(s))
            return false;
        m_at += s.size();
        return true;
    }

    // The text shown must come from the input in order: markup characters and escaping
    // backslashes may be dropped and a line break becomes a space, nothing is added or moved.
    void text(QChar c)
    {
        while (m_next < m_in.size()) {
            const QChar from = m_in[m_next++];
            if (from == c || (from == u'\n' && c == u' '))
                return;
        }
        fail("shown text that is not in the input (or out of order)", m_in, m_out, m_at);
    }

    void entity()
    {
        static const struct {
            QString name;
            QChar c;
        } entities[] = {{u"&amp;"_s, u'&'}, {u"&lt;"_s, u'<'}, {u"&gt;"_s, u'>'}, {u"&quot;"_s, u'"'}};
        for (const auto &e : entities) {
            const qsizetype at = m_at;
            if (take(e.name)) {
                if (m_open.isEmpty() || m_open.last().kind == Tag::List)
                    fail("text outside a block", m_in, m_out, at);
                m_at = at;
                text(e.c);
                m_at = at + e.name.size();
                return;
            }
        }
        fail("an '&' that is not one of the four escapes", m_in, m_out, m_at);
    }

    void tag(const QString &dir)
    {
        const qsizetype at = m_at;
        if (take(u"</"_s)) {
            if (m_open.isEmpty() || !take(m_open.last().name) || !take(u">"_s))
                fail("a closing tag that does not close the open element", m_in, m_out, at);
            const Open closed = m_open.takeLast();
            if (closed.kind == Tag::Anchor) {
                // The host the link goes to, isolated, right after its text.
                if (!take(u" \u2068("_s + closed.host + u")\u2069"_s))
                    fail("a link that does not show its own host after it", m_in, m_out, at);
            }
            return;
        }
        ++m_at;
        const Open *parent = m_open.isEmpty() ? nullptr : &m_open.last();
        static const QStringList blocks{u"p"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s};
        for (const QString &name : blocks) {
            if (take(name + dir)) {
                if (parent)
                    fail("a block inside another element", m_in, m_out, at);
                m_open.append({name, Tag::Block, {}});
                return;
            }
        }
        for (const QString &name : {u"ul"_s, u"ol"_s}) {
            if (take(name + dir)) {
                if (parent)
                    fail("a list inside another element", m_in, m_out, at);
                m_open.append({name, Tag::List, {}});
                return;
            }
        }
        if (take(u"li"_s + dir)) {
            if (!parent || parent->kind != Tag::List)
                fail("a list item outside a list", m_in, m_out, at);
            m_open.append({u"li"_s, Tag::Item, {}});
            return;
        }
        for (const QString &name : {u"b"_s, u"i"_s}) {
            if (take(name + u'>')) {
                if (!parent || parent->kind == Tag::List)
                    fail("emphasis outside a block", m_in, m_out, at);
                if (m_open.size() > 12)
                    fail("emphasis nested without bound", m_in, m_out, at);
                m_open.append({name, Tag::Inline, {}});
                return;
            }
        }
        if (take(u"a href=\""_s)) {
            if (!parent || parent->kind == Tag::List)
                fail("a link outside a block", m_in, m_out, at);
            for (const Open &o : m_open)
                if (o.kind == Tag::Anchor)
                    fail("a link inside a link", m_in, m_out, at);
            const qsizetype end = m_out.indexOf(u"\">"_s, m_at);
            if (end < 0)
                fail("an unterminated href", m_in, m_out, at);
            const QString href = m_out.sliced(m_at, end - m_at);
            QString target;
            for (qsizetype i = 0; i < href.size(); ++i) {
                if (!isUrlChar(href[i]))
                    fail("a character in an href that is not a URL character", m_in, m_out, m_at + i);
                if (href[i] == u'&') {
                    if (!QStringView(href).sliced(i).startsWith(u"&amp;"))
                        fail("an unescaped '&' in an href", m_in, m_out, m_at + i);
                    i += 4;
                }
                target += href[i];
            }
            const QUrl url(target, QUrl::StrictMode);
            if (!maharat::isAllowedLinkTarget(url) || !(target.startsWith(u"https://") || target.startsWith(u"http://")))
                fail("a link to a target that may not be opened", m_in, m_out, at);
            m_at = end + 2;
            m_open.append({u"a"_s, Tag::Anchor, url.host(QUrl::EncodeUnicode)});
            return;
        }
        // Anything else (img, style, font, a with another attribute, …) is foreign markup.
        fail("a tag the renderer does not write", m_in, m_out, at);
    }

    const QString &m_in;
    const QString &m_out;
    const bool m_rtl;
    qsizetype m_at = 0;
    qsizetype m_next = 0; // the input consumed by the shown text so far
    QList<Open> m_open;
};

void check(const QString &input, bool rtl)
{
    const QString output = maharat::markdownToRichText(input, rtl);
    Checker(input, output, rtl).run();
    for (const maharat::MarkdownLink &link : maharat::markdownLinks(input))
        (void)maharat::isAllowedLinkTarget(QUrl(link.target, QUrl::StrictMode));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), false);
    // Raw UTF-16: any code unit, unpaired surrogates included.
    QString units(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(units.data(), data, (size / 2) * 2);
    check(units, true);
    return 0;
}
