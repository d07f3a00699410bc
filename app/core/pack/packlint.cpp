#include "packlint.h"

#include "lengthbias.h"
#include "packvalidator.h"
#include "sourcecompiler.h"

#include <QHash>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

constexpr int SummaryLimit = 140;
constexpr int SpokenLineLimit = 200;

QString hex(QChar c)
{
    return u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
}

bool isLatinAllowed(const QString &word)
{
    static const QStringList allow = {u"KPI"_s, u"CRM"_s, u"SMS"_s, u"FAQ"_s, u"IT"_s, u"PDF"_s,
                                      u"USB"_s, u"Wi-Fi"_s, u"ID"_s, u"OTP"_s};
    return allow.contains(word);
}

// Where a compiled question came from: the @question line of its skill file.
struct QuestionSource {
    QString file;
    int line = 0;
};

QHash<QString, QuestionSource> questionLines(const QList<SourceFile> &files)
{
    QHash<QString, QuestionSource> out;
    for (const SourceFile &f : files) {
        QString skill;
        for (const SourceSection &s : f.sections) {
            if (s.kind == u"skill")
                skill = s.id;
            else if (s.kind == u"question" && !skill.isEmpty())
                out.insert(skill + u'.' + s.id, {f.path, s.line});
        }
    }
    return out;
}

QString lengthBiasProblem(const Question &q, const QString &lang)
{
    const double ratio = rightToLongestDistractor(q, lang);
    if (ratio < kMaxRightToDistractorRatio)
        return {};
    return lang + u": the right option is "_s + QString::number(ratio, 'f', 2)
           + u"x as long as the longest distractor (limit "_s + QString::number(kMaxRightToDistractorRatio, 'f', 1)
           + u"x): a reader can pick it by length alone; make the distractors real mistakes of similar length"_s;
}

} // namespace

QStringList lintQuestion(const Question &q, const QStringList &languages)
{
    QStringList problems;
    for (const QString &lang : languages)
        if (const QString p = lengthBiasProblem(q, lang); !p.isEmpty())
            problems.append(p);
    return problems;
}

QStringList lintText(QStringView lang, QStringView field, QStringView text)
{
    QStringList problems;
    const bool spoken = field.endsWith(u".bad") || field.endsWith(u".good") || field == u"bad" || field == u"good";
    if (field.endsWith(u"summary") && text.size() > SummaryLimit)
        problems.append(u"summary has "_s + QString::number(text.size()) + u" characters; the limit is "_s
                        + QString::number(SummaryLimit));
    if (spoken && text.size() > SpokenLineLimit)
        problems.append(u"a spoken line should stay under "_s + QString::number(SpokenLineLimit) + u" characters"_s);
    if (field.endsWith(u"summary") && text.contains(u'\n'))
        problems.append(u"a summary is one line"_s);

    if (lang == u"fa") {
        // Arabic forms that Persian writes differently.
        for (QChar c : text) {
            if (c == QChar(0x064A) || c == QChar(0x0649))
                problems.append(u"Arabic yeh "_s + hex(c) + u" in Persian text: use ی (U+06CC)"_s);
            else if (c == QChar(0x0643))
                problems.append(u"Arabic kaf U+0643 in Persian text: use ک (U+06A9)"_s);
            else if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
                problems.append(u"Arabic-Indic digit in Persian text: use Persian digits ۰–۹"_s);
            if (problems.size() > 3)
                break;
        }
    } else if (lang == u"ar") {
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u == 0x06CC || u == 0x06A9 || u == 0x067E || u == 0x0686 || u == 0x0698 || u == 0x06AF)
                problems.append(u"Persian letter "_s + hex(c) + u" in Arabic text"_s);
            else if (u >= 0x06F0 && u <= 0x06F9)
                problems.append(u"Persian digit in Arabic text: use Arabic-Indic digits ٠–٩"_s);
            if (problems.size() > 3)
                break;
        }
    }
    if (lang == u"fa" || lang == u"ar") {
        static const QRegularExpression email(u"\\S+@\\S+\\.\\S+"_s);
        static const QRegularExpression latin(u"[A-Za-z][A-Za-z\\-]*"_s);
        QString stripped = text.toString();
        stripped.remove(email);
        for (auto it = latin.globalMatch(stripped); it.hasNext();) {
            const QString word = it.next().captured();
            if (!isLatinAllowed(word))
                problems.append(u"Latin word \""_s + word + u"\" in "_s + lang + u" text"_s);
        }
    }
    problems.removeDuplicates();
    return problems;
}

QList<SourceError> lintSource(const QString &srcDir)
{
    CompiledSource src = compileSource(srcDir);
    QList<SourceError> out = src.errors;
    static const QRegularExpression langField(u"^(fa|ar|en)\\.(.+)$"_s);
    for (const SourceFile &f : src.files) {
        for (const SourceSection &s : f.sections) {
            for (const SourceField &field : s.fields) {
                // The same text rules the builder and the reader apply, with file and line.
                const TextKind kind = field.name.endsWith(u".body") ? TextKind::Markdown : TextKind::Plain;
                if (const PackError e = checkPackText(field.value, kind, u"@"_s + field.name, s.id))
                    out.append({f.path, field.line, e.message()});
                const auto m = langField.match(field.name);
                if (!m.hasMatch() || field.name.endsWith(u".audio"))
                    continue;
                for (const QString &p : lintText(m.captured(1), m.captured(2), field.value))
                    out.append({f.path, field.line, u"@"_s + field.name + u": "_s + p});
            }
        }
        for (const SourceSection &s : f.sections)
            if (s.kind == u"example" && s.fields.isEmpty())
                out.append({f.path, s.line, u"an example without lines has no clip"_s});
    }
    const QHash<QString, QuestionSource> where = questionLines(src.files);
    for (const Skill &skill : src.content.skills)
        for (const Question &q : skill.questions) {
            const QuestionSource at = where.value(q.id);
            for (const QString &p : lintQuestion(q, src.content.manifest.languages))
                out.append({at.file, at.line, u"warning: @question "_s + q.id.sliced(skill.id.size() + 1) + u": "_s + p});
        }
    std::stable_sort(out.begin(), out.end(), [](const SourceError &a, const SourceError &b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    return out;
}

} // namespace maharat
