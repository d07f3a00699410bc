#include "markdowntext.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

// Block markers at the start of a line: quotes, headings, bullets, numbered items.
QString stripBlockMarkers(QString line)
{
    static const QRegularExpression quote(u"^(\\s*>)+\\s?"_s);
    static const QRegularExpression heading(u"^\\s*#{1,6}(\\s+|$)"_s);
    static const QRegularExpression bullet(u"^\\s*([-*+]|\\d{1,9}[.)])\\s+"_s);
    static const QRegularExpression closingHashes(u"\\s+#+\\s*$"_s);
    line.remove(quote);
    if (line.contains(heading)) {
        line.remove(heading);
        line.remove(closingHashes);
    }
    line.remove(bullet);
    return line;
}

QString stripInline(QString line)
{
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression autolink(u"<((?:https?|mailto):[^>\\s]+)>"_s);
    static const QRegularExpression tag(u"</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>"_s);
    // Emphasis runs touching a word on one side; a lone "*" or "_" between spaces is text.
    static const QRegularExpression emphasis(u"(\\*{1,3}|_{1,3}|~~)(?=\\S)|(?<=\\S)(\\*{1,3}|_{1,3}|~~)"_s);
    line.replace(image, u"\\1"_s);
    line.replace(link, u"\\1"_s);
    line.replace(autolink, u"\\1"_s);
    line.remove(tag);
    line.remove(u'`');
    line.remove(emphasis);
    line.replace(u'|', u' ');
    return line;
}

bool isRule(QStringView line)
{
    static const QRegularExpression rule(u"^\\s*([-*_])(\\s*\\1){2,}\\s*$"_s);
    return rule.match(line).hasMatch();
}

} // namespace

QString markdownToPlainText(QStringView markdown)
{
    QStringList out;
    bool inFence = false;
    for (QStringView raw : markdown.split(u'\n')) {
        const QStringView trimmed = raw.trimmed();
        if (trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s)) {
            inFence = !inFence;
            continue;
        }
        if (trimmed.isEmpty() || isRule(trimmed))
            continue;
        // Code blocks are kept as text: a term inside one is still something a user may look for.
        const QString line = inFence ? trimmed.toString() : stripInline(stripBlockMarkers(raw.toString())).trimmed();
        if (!line.isEmpty())
            out.append(line);
    }
    return out.join(u'\n');
}

} // namespace maharat::search
