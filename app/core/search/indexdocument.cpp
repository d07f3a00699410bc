#include "indexdocument.h"

#include "markdowntext.h"
#include "textnormalizer.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

struct Analysis
{
    QString norm;  // normalized lines joined by '\n'
    QString terms; // all terms, space-separated
    QStringList words;
};

// Line by line, so that the normalized text keeps the plain text's line structure.
Analysis analyzeLines(const QString &text, const QString &lang)
{
    Analysis a;
    QStringList norms;
    QStringList terms;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const Analyzed r = analyzeForIndex(line, lang);
        norms.append(r.words.join(u' '));
        terms += r.terms;
        a.words += r.words;
    }
    a.norm = norms.join(u'\n');
    a.terms = terms.join(u' ');
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

IndexDocument analyzeTopic(const Skill &skill, const QString &lang, QHash<QString, qint64> *words)
{
    const SkillText t = skill.text.value(lang);
    IndexDocument d;
    d.skillId = skill.id;
    d.lang = lang;
    d.title = oneLine(t.title);
    d.summary = oneLine(t.summary);
    d.body = markdownToPlainText(t.body);
    QStringList lines;
    for (const Example &e : skill.examples) {
        const ExampleText x = e.text.value(lang);
        for (const QString *field : {&x.situation, &x.bad, &x.good, &x.why})
            if (!field->trimmed().isEmpty())
                lines.append(oneLine(field->trimmed()));
    }
    d.examples = lines.join(u'\n');

    const Analysis title = analyzeLines(d.title, lang);
    const Analysis summary = analyzeLines(d.summary, lang);
    const Analysis examples = analyzeLines(d.examples, lang);
    const Analysis body = analyzeLines(d.body, lang);
    d.titleNorm = title.norm;
    d.summaryNorm = summary.norm;
    d.examplesNorm = examples.norm;
    d.bodyNorm = body.norm;
    d.titleTerms = title.terms;
    d.titleWords = title.words.join(u' ');
    d.titleWordCount = int(title.words.size());
    d.summaryTerms = summary.terms;
    d.examplesTerms = examples.terms;
    d.bodyTerms = body.terms;
    if (words) {
        for (const Analysis *a : {&title, &summary, &examples, &body})
            for (const QString &w : a->words)
                ++(*words)[w];
    }
    return d;
}

QString indexContentHash(const PackContent &content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addHashed(h, u"maharat-search-content-v1");
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
