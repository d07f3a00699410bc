#include "sourcecompiler.h"

#include "languages.h"
#include "packvalidator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

const QRegularExpression &localIdRe()
{
    static const QRegularExpression re(u"^[a-z][a-z0-9\\-]{0,47}$"_s);
    return re;
}

class Compiler
{
public:
    explicit Compiler(const QString &srcDir) : m_dir(QDir(srcDir).absolutePath()) {}
    CompiledSource run();

private:
    void error(const QString &file, int line, const QString &msg) { m_out.errors.append({file, line, msg}); }
    QString need(const SourceFile &f, const SourceSection &s, const QString &name);
    void checkAllowed(const SourceFile &f, const SourceSection &s, const QStringList &plain,
                      const QStringList &perLang, const QRegularExpression *extra = nullptr);
    LangText langField(const SourceFile &f, const SourceSection &s, const QString &field);
    QStringList keywordList(const SourceFile &f, const SourceField &field);
    int intField(const SourceFile &f, const SourceSection &s, const QString &name, int fallback,
                 bool required);
    void compileManifest(const SourceFile &f);
    void compileSkill(const SourceFile &f);
    Example compileExample(const SourceFile &f, const SourceSection &s, const QString &skillId, int order);
    Question compileQuestion(const SourceFile &f, const SourceSection &s, const Skill &skill, int order);
    bool checkId(const SourceFile &f, int line, const QString &id);
    QString fileInSourceDir(const QString &relative, QString *problem) const;

    QString m_dir;
    CompiledSource m_out;
    QStringList m_langs;
};

QString Compiler::need(const SourceFile &f, const SourceSection &s, const QString &name)
{
    const SourceField *field = s.field(name);
    if (!field || field->value.isEmpty()) {
        error(f.path, field ? field->line : s.line, u"missing @"_s + name);
        return QString();
    }
    return field->value;
}

void Compiler::checkAllowed(const SourceFile &f, const SourceSection &s, const QStringList &plain,
                            const QStringList &perLang, const QRegularExpression *extra)
{
    for (const SourceField &field : s.fields) {
        if (plain.contains(field.name))
            continue;
        if (extra && extra->match(field.name).hasMatch())
            continue;
        const qsizetype dot = field.name.indexOf(u'.');
        if (dot > 0 && perLang.contains(field.name.sliced(dot + 1))) {
            const QString lang = field.name.first(dot);
            if (!m_langs.contains(lang))
                error(f.path, field.line, u"language "_s + lang + u" is not in the manifest's @languages"_s);
            continue;
        }
        error(f.path, field.line, u"unknown field @"_s + field.name
                                      + (s.kind.isEmpty() ? QString() : u" in @"_s + s.kind));
    }
}

LangText Compiler::langField(const SourceFile &f, const SourceSection &s, const QString &field)
{
    LangText out;
    for (const QString &lang : std::as_const(m_langs)) {
        const QString name = lang + u'.' + field;
        const SourceField *sf = s.field(name);
        if (!sf || sf->value.isEmpty())
            error(f.path, sf ? sf->line : s.line,
                  u"missing @"_s + name + (s.id.isEmpty() ? QString() : u" for "_s + s.id));
        else
            out.insert(lang, sf->value);
    }
    return out;
}

// "shouting, yelling, raised voice": comma-separated phrases (the Arabic comma too), each once.
QStringList Compiler::keywordList(const SourceFile &f, const SourceField &field)
{
    static const QRegularExpression separators(u"[,\u060C;\u061B]"_s);
    QStringList out;
    for (const QString &part : field.value.split(separators)) {
        const QString k = part.simplified();
        if (k.isEmpty())
            continue;
        if (k.size() > packlimits::KeywordChars)
            error(f.path, field.line, u"keyword \""_s + k + u"\" is longer than "_s
                                          + QString::number(packlimits::KeywordChars) + u" characters"_s);
        else if (out.contains(k))
            error(f.path, field.line, u"keyword \""_s + k + u"\" is listed twice"_s);
        else
            out.append(k);
    }
    if (out.isEmpty())
        error(f.path, field.line, u"@"_s + field.name + u" lists no keywords"_s);
    if (out.size() > packlimits::KeywordsPerLanguage)
        error(f.path, field.line, u"more than "_s + QString::number(packlimits::KeywordsPerLanguage) + u" keywords"_s);
    return out;
}

int Compiler::intField(const SourceFile &f, const SourceSection &s, const QString &name, int fallback,
                       bool required)
{
    const SourceField *sf = s.field(name);
    if (!sf) {
        if (required)
            error(f.path, s.line, u"missing @"_s + name);
        return fallback;
    }
    bool ok = false;
    const int v = sf->value.toInt(&ok);
    if (!ok || v < 0) {
        error(f.path, sf->line, u"@"_s + name + u" must be a non-negative whole number"_s);
        return fallback;
    }
    return v;
}

// A recorded clip must be a file inside the source folder (after following links). Anything
// else gets one message whatever is there, so a pack source cannot probe the builder's disk.
QString Compiler::fileInSourceDir(const QString &relative, QString *problem) const
{
    const QString clean = QDir::cleanPath(relative);
    const QString root = QFileInfo(m_dir).canonicalFilePath();
    const bool lexicallyInside = !clean.isEmpty() && !QDir::isAbsolutePath(clean) && clean != u".."
                                 && !clean.startsWith(u"../") && !clean.contains(u'\\');
    if (!lexicallyInside) {
        *problem = u"audio must be a file inside the pack's source folder: "_s + relative;
        return {};
    }
    const QFileInfo info(QDir(m_dir).filePath(clean));
    // Where the path really leads: its nearest existing ancestor, links followed. A link out
    // of the folder gets the same message whether or not its target exists.
    QString existing = info.absoluteFilePath();
    while (!QFileInfo(existing).exists() && !QFileInfo(existing).isSymLink() && existing.size() > root.size())
        existing = QFileInfo(existing).absolutePath();
    const QString leadsTo = QFileInfo(existing).canonicalFilePath();
    if (root.isEmpty() || leadsTo.isEmpty() || (leadsTo != root && !leadsTo.startsWith(root + u'/'))) {
        *problem = u"audio must be a file inside the pack's source folder: "_s + relative;
        return {};
    }
    if (!info.exists()) {
        *problem = u"audio file not found: "_s + relative;
        return {};
    }
    const QString real = info.canonicalFilePath();
    if (root.isEmpty() || !real.startsWith(root + u'/') || !QFileInfo(real).isFile()) {
        *problem = u"audio must be a file inside the pack's source folder: "_s + relative;
        return {};
    }
    return real;
}

bool Compiler::checkId(const SourceFile &f, int line, const QString &id)
{
    if (localIdRe().match(id).hasMatch())
        return true;
    error(f.path, line, u"invalid id \""_s + id
                            + u"\": use lower-case ASCII letters, digits and '-', starting with a letter"_s);
    return false;
}

void Compiler::compileManifest(const SourceFile &f)
{
    Manifest &m = m_out.content.manifest;
    const SourceSection &head = f.sections.first();
    m.languages = need(f, head, u"languages"_s).split(u' ', Qt::SkipEmptyParts);
    for (const QString &lang : std::as_const(m.languages))
        if (!isSupportedLanguage(lang))
            error(f.path, head.field(u"languages"_s)->line, u"unsupported language "_s + lang);
    m_langs = m.languages;
    checkAllowed(f, head,
                 {u"id"_s, u"version"_s, u"publisher"_s, u"created"_s, u"license"_s, u"languages"_s,
                  u"min-reader"_s, u"credit"_s},
                 {u"title"_s, u"description"_s});
    m.id = need(f, head, u"id"_s);
    static const QRegularExpression packIdRe(u"^[a-z][a-z0-9\\-]*(\\.[a-z0-9\\-]+)+$"_s);
    if (!m.id.isEmpty() && !packIdRe.match(m.id).hasMatch())
        error(f.path, head.field(u"id"_s)->line, u"the pack id must be reverse-DNS, like org.example.pack"_s);
    m.version = intField(f, head, u"version"_s, 0, true);
    if (head.field(u"version"_s) && m.version < 1)
        error(f.path, head.field(u"version"_s)->line, u"@version must be 1 or more"_s);
    m.publisher = need(f, head, u"publisher"_s);
    m.created = need(f, head, u"created"_s);
    static const QRegularExpression dateRe(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!m.created.isEmpty() && !dateRe.match(m.created).hasMatch())
        error(f.path, head.field(u"created"_s)->line, u"@created must be YYYY-MM-DD"_s);
    m.license = need(f, head, u"license"_s);
    m.minReader = intField(f, head, u"min-reader"_s, 1, false);
    m.title = langField(f, head, u"title"_s);
    m.description = langField(f, head, u"description"_s);
    for (const SourceField *c : head.all(u"credit"_s))
        m.credits.append(c->value);

    QSet<QString> seen;
    int order = 0;
    for (qsizetype i = 1; i < f.sections.size(); ++i) {
        const SourceSection &s = f.sections[i];
        if (s.kind != u"category") {
            error(f.path, s.line, u"only @category sections belong in pack.manifest"_s);
            continue;
        }
        checkId(f, s.line, s.id);
        if (seen.contains(s.id))
            error(f.path, s.line, u"category "_s + s.id + u" defined twice"_s);
        seen.insert(s.id);
        checkAllowed(f, s, {}, {u"title"_s});
        order += 10;
        m_out.content.categories.append(Category{s.id, order, langField(f, s, u"title"_s)});
    }
}

Example Compiler::compileExample(const SourceFile &f, const SourceSection &s, const QString &skillId, int order)
{
    static const QRegularExpression audioRe(u"^[a-z]{2}\\.(bad|good)\\.audio$"_s);
    checkAllowed(f, s, {}, {u"situation"_s, u"bad"_s, u"good"_s, u"why"_s}, &audioRe);
    Example ex;
    ex.id = skillId + u'.' + s.id;
    ex.order = order;
    const LangText situation = langField(f, s, u"situation"_s), bad = langField(f, s, u"bad"_s),
                   good = langField(f, s, u"good"_s), why = langField(f, s, u"why"_s);
    for (const QString &lang : std::as_const(m_langs)) {
        ExampleText t{situation.value(lang), bad.value(lang), good.value(lang), why.value(lang), {}, {}};
        for (const QString &which : {u"bad"_s, u"good"_s}) {
            const QString mediaId = ex.id + u'.' + lang + u'.' + which;
            const SourceField *audio = s.field(QString(lang + u'.' + which + u".audio"_s));
            MediaJob job{mediaId, lang, which == u"bad" ? t.bad : t.good, {}, f.path,
                         audio ? audio->line : s.line};
            if (audio) {
                QString problem;
                job.recordedPath = fileInSourceDir(audio->value, &problem);
                if (job.recordedPath.isEmpty())
                    error(f.path, audio->line, problem);
            }
            if (job.text.isEmpty())
                continue;
            (which == u"bad" ? t.badMedia : t.goodMedia) = mediaId;
            m_out.media.append(job);
        }
        ex.text.insert(lang, t);
    }
    return ex;
}

Question Compiler::compileQuestion(const SourceFile &f, const SourceSection &s, const Skill &skill, int order)
{
    static const QRegularExpression optionRe(u"^[a-z]{2}\\.option\\.[a-z][a-z0-9\\-]*$"_s);
    Question q;
    q.id = skill.id + u'.' + s.id;
    q.order = order;
    q.type = need(f, s, u"type"_s);
    q.stem = langField(f, s, u"stem"_s);
    q.explanation = langField(f, s, u"explanation"_s);
    const SourceField *correct = s.field(u"correct"_s);
    const int line = correct ? correct->line : s.line;
    if (q.type == u"choice") {
        checkAllowed(f, s, {u"type"_s, u"correct"_s}, {u"stem"_s, u"explanation"_s}, &optionRe);
        // Option ids in the order the first language lists them.
        const QString prefix = m_langs.value(0) + u".option."_s;
        for (const SourceField &sf : s.fields)
            if (sf.name.startsWith(prefix))
                q.options.append(QuestionOption{sf.name.sliced(prefix.size()), false, {}, {}});
        for (QuestionOption &o : q.options)
            o.text = langField(f, s, u"option."_s + o.id);
        for (const SourceField &sf : s.fields) {
            const auto m = optionRe.match(sf.name);
            if (m.hasMatch()) {
                const QString id = sf.name.sliced(sf.name.indexOf(u".option."_s) + 8);
                if (!std::any_of(q.options.cbegin(), q.options.cend(),
                                 [&](const QuestionOption &o) { return o.id == id; }))
                    error(f.path, sf.line, u"option "_s + id + u" is missing in "_s + m_langs.value(0));
            }
        }
        if (q.options.size() < 2 || q.options.size() > 6)
            error(f.path, s.line, u"a choice question needs 2 to 6 options"_s);
        const QString answer = need(f, s, u"correct"_s);
        bool found = false;
        for (QuestionOption &o : q.options)
            if (o.id == answer)
                o.correct = found = true;
        if (!answer.isEmpty() && !found)
            error(f.path, line, u"@correct names no option of this question"_s);
    } else if (q.type == u"truefalse") {
        checkAllowed(f, s, {u"type"_s, u"correct"_s}, {u"stem"_s, u"explanation"_s});
        const QString answer = need(f, s, u"correct"_s);
        if (!answer.isEmpty() && answer != u"true" && answer != u"false")
            error(f.path, line, u"@correct must be true or false"_s);
        // Labels are the app's to translate; the pack stores the ids.
        for (const QString &id : {u"true"_s, u"false"_s}) {
            QuestionOption o{id, answer == id, {}, {}};
            for (const QString &lang : std::as_const(m_langs))
                o.text.insert(lang, id);
            q.options.append(o);
        }
    } else if (q.type == u"phrasing") {
        checkAllowed(f, s, {u"type"_s, u"from"_s}, {u"stem"_s, u"explanation"_s});
        const QString from = need(f, s, u"from"_s);
        q.exampleId = skill.id + u'.' + from;
        const Example *ex = nullptr;
        for (const Example &e : skill.examples)
            if (e.id == q.exampleId)
                ex = &e;
        if (!from.isEmpty() && !ex)
            error(f.path, s.field(u"from"_s)->line, u"@from names no example of this skill (examples must come before questions)"_s);
        QuestionOption bad{u"bad"_s, false, {}, {}}, good{u"good"_s, true, {}, {}};
        if (ex) {
            for (auto it = ex->text.cbegin(); it != ex->text.cend(); ++it) {
                bad.text.insert(it.key(), it->bad);
                good.text.insert(it.key(), it->good);
                if (!it->badMedia.isEmpty())
                    bad.media.insert(it.key(), it->badMedia);
                if (!it->goodMedia.isEmpty())
                    good.media.insert(it.key(), it->goodMedia);
            }
        }
        q.options = {bad, good};
    } else if (!q.type.isEmpty()) {
        error(f.path, s.field(u"type"_s)->line, u"@type must be choice, truefalse or phrasing"_s);
    }
    return q;
}

void Compiler::compileSkill(const SourceFile &f)
{
    if (!f.sections.first().fields.isEmpty())
        error(f.path, f.sections.first().fields.first().line, u"a skill file starts with @skill"_s);
    if (f.sections.size() < 2 || f.sections[1].kind != u"skill") {
        error(f.path, 1, u"a skill file starts with @skill"_s);
        return;
    }
    const SourceSection &s = f.sections[1];
    checkId(f, s.line, s.id);
    checkAllowed(f, s, {u"category"_s, u"order"_s}, {u"title"_s, u"summary"_s, u"body"_s, u"keywords"_s});
    Skill skill;
    skill.id = s.id;
    skill.categoryId = need(f, s, u"category"_s);
    if (!skill.categoryId.isEmpty() && !m_out.content.category(skill.categoryId))
        error(f.path, s.field(u"category"_s)->line, u"unknown category "_s + skill.categoryId);
    skill.order = intField(f, s, u"order"_s, 0, true);
    const LangText title = langField(f, s, u"title"_s), summary = langField(f, s, u"summary"_s),
                   body = langField(f, s, u"body"_s);
    for (const QString &lang : std::as_const(m_langs))
        skill.text.insert(lang, SkillText{title.value(lang), summary.value(lang), body.value(lang)});
    for (const QString &lang : std::as_const(m_langs))
        if (const SourceField *kf = s.field(QString(lang + u".keywords"_s)))
            skill.keywords.insert(lang, keywordList(f, *kf));

    QSet<QString> localIds;
    for (qsizetype i = 2; i < f.sections.size(); ++i) {
        const SourceSection &sub = f.sections[i];
        checkId(f, sub.line, sub.id);
        if (localIds.contains(sub.kind + sub.id))
            error(f.path, sub.line, u"@"_s + sub.kind + u' ' + sub.id + u" defined twice in this file"_s);
        localIds.insert(sub.kind + sub.id);
        const int order = int(i) * 10;
        if (sub.kind == u"example")
            skill.examples.append(compileExample(f, sub, skill.id, order));
        else if (sub.kind == u"question")
            skill.questions.append(compileQuestion(f, sub, skill, order));
        else
            error(f.path, sub.line, u"@"_s + sub.kind + u" does not belong in a skill file"_s);
    }
    if (m_out.content.skill(skill.id))
        error(f.path, s.line, u"skill "_s + skill.id + u" is defined in another file too"_s);
    m_out.content.skills.append(skill);
}

QString readUtf8File(const QString &path, const QString &display, QList<SourceError> &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append({display, 0, u"cannot read the file: "_s + file.errorString()});
        return QString();
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(file.readAll());
    if (decoder.hasError())
        errors.append({display, 0, u"the file is not valid UTF-8"_s});
    return text;
}

CompiledSource Compiler::run()
{
    const QDir dir(m_dir);
    const QString manifestPath = dir.filePath(u"pack.manifest"_s);
    if (!QFile::exists(manifestPath)) {
        error(u"pack.manifest"_s, 0, u"no pack.manifest in "_s + m_dir);
        return std::move(m_out);
    }
    SourceFile manifest = parseSource(u"pack.manifest"_s,
                                      readUtf8File(manifestPath, u"pack.manifest"_s, m_out.errors),
                                      {u"category"_s}, m_out.errors);
    compileManifest(manifest);
    m_out.files.append(manifest);

    QStringList skillFiles;
    QDirIterator it(m_dir, {u"*.skill"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        skillFiles.append(dir.relativeFilePath(it.next()));
    skillFiles.sort();
    for (const QString &rel : std::as_const(skillFiles)) {
        const qsizetype before = m_out.errors.size();
        const QString text = readUtf8File(dir.filePath(rel), rel, m_out.errors);
        if (m_out.errors.size() > before)
            continue;
        SourceFile f = parseSource(rel, text, {u"skill"_s, u"example"_s, u"question"_s}, m_out.errors);
        compileSkill(f);
        m_out.files.append(f);
    }
    if (skillFiles.isEmpty())
        error(u"pack.manifest"_s, 0, u"the pack has no *.skill files"_s);
    m_out.content.sortByOrder();
    return std::move(m_out);
}

} // namespace

CompiledSource compileSource(const QString &srcDir)
{
    return Compiler(srcDir).run();
}

} // namespace maharat
