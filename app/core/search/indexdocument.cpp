#include "indexdocument.h"

#include "markdowntext.h"
#include "textnormalizer.h"

#include <QCryptographicHash>
#include <QSet>
#include <QStringList>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

struct Analysis
{
    QString norm; // normalized lines joined by '\n'
    QStringList terms;
    QStringList words;
};

// Line by line, so that the normalized text keeps the plain text's line structure.
Analysis analyzeLines(const QString &text, const QString &lang)
{
    Analysis a;
    QStringList norms;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const Analyzed r = analyzeForIndex(line, lang);
        norms.append(r.words.join(u' '));
        a.terms += r.terms;
        a.words += r.words;
    }
    a.norm = norms.join(u'\n');
    return a;
}

QString oneLine(QString s)
{
    // Titles and summaries are single lines; a stray newline must not make two snippet lines.
    s.replace(u'\n', u' ');
    return s;
}

void addHashed(QCryptographicHash &h, QStringView s)
{
    const QByteArray utf8 = s.toUtf8();
    const quint64 len = qToBigEndian(quint64(utf8.size()));
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&len), sizeof len));
    h.addData(utf8);
}

} // namespace

IndexDocument plainDocument(const Skill &skill, const QString &lang)
{
    const SkillText t = skill.text.value(lang);
    IndexDocument d;
    d.skillId = skill.id;
    d.lang = lang;
    d.title = oneLine(t.title);
    d.summary = oneLine(t.summary);
    d.body = markdownToPlainText(t.body);
    QStringList keywords;
    for (const QString &k : skill.keywords.value(lang))
        keywords.append(oneLine(k.trimmed()));
    d.keywords = keywords.join(u'\n');
    QStringList lines;
    for (const Example &e : skill.examples) {
        const ExampleText x = e.text.value(lang);
        for (const QString *field : {&x.situation, &x.bad, &x.good, &x.why})
            if (!field->trimmed().isEmpty())
                lines.append(oneLine(field->trimmed()));
    }
    d.examples = lines.join(u'\n');
    return d;
}

void analyzeDocument(IndexDocument &d, TermCounts *counts)
{
    const Analysis title = analyzeLines(d.title, d.lang);
    const Analysis summary = analyzeLines(d.summary, d.lang);
    const Analysis keywords = analyzeLines(d.keywords, d.lang);
    const Analysis examples = analyzeLines(d.examples, d.lang);
    const Analysis body = analyzeLines(d.body, d.lang);
    d.titleNorm = title.norm;
    d.summaryNorm = summary.norm;
    d.keywordsNorm = keywords.norm;
    d.examplesNorm = examples.norm;
    d.bodyNorm = body.norm;
    d.titleTerms = title.terms.join(u' ');
    d.titleWords = title.words.join(u' ');
    d.titleWordCount = int(title.words.size());
    d.summaryTerms = summary.terms.join(u' ');
    d.keywordsTerms = keywords.terms.join(u' ');
    d.examplesTerms = examples.terms.join(u' ');
    d.bodyTerms = body.terms.join(u' ');
    if (!counts)
        return;
    QSet<QString> distinct;
    for (const Analysis *a : {&title, &summary, &keywords, &examples, &body}) {
        for (const QString &w : a->words)
            ++counts->words[w];
        for (const QString &t : a->terms)
            distinct.insert(t);
    }
    for (const QString &t : std::as_const(distinct))
        ++counts->termDocs[t];
}

QString indexContentHash(const PackContent &content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addHashed(h, u"maharat-search-content-v2");
    addHashed(h, content.manifest.id);
    addHashed(h, content.manifest.languages.join(u' '));
    for (const Skill &s : content.skills) {
        addHashed(h, s.id);
        for (const QString &lang : content.manifest.languages) {
            const SkillText t = s.text.value(lang);
            addHashed(h, lang);
            addHashed(h, t.title);
            addHashed(h, t.summary);
            addHashed(h, t.body);
            addHashed(h, s.keywords.value(lang).join(u'\n'));
            for (const Example &e : s.examples) {
                const ExampleText x = e.text.value(lang);
                for (const QString *field : {&x.situation, &x.bad, &x.good, &x.why})
                    addHashed(h, *field);
            }
        }
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace maharat::search
