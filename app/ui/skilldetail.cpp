#include "skilldetail.h"

#include "appcontext.h"
#include "languages.h"
#include "packmarkdown.h"
#include "uiapp.h"


using namespace Qt::StringLiterals;

namespace maharat {

SkillDetail::SkillDetail(QObject *parent) : QObject(parent)
{
    if (UiApp *app = UiApp::instance())
        connect(app, &UiApp::languageChanged, this, &SkillDetail::refresh);
    // A topic of a pack still being opened at start-up (or just imported) appears once its pack
    // is there. A topic already shown keeps its text even if its pack goes (the old library
    // stays in memory), so an open page never empties under the reader.
    if (AppContext *ctx = AppContext::instance())
        connect(ctx, &AppContext::libraryChanged, this, [this] {
            if (!m_ref)
                refresh();
        });
}

void SkillDetail::setSkill(const QString &ref)
{
    if (ref == m_skill)
        return;
    m_skill = ref;
    refresh();
}

void SkillDetail::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    refresh();
}

void SkillDetail::refresh()
{
    AppContext *ctx = AppContext::instance();
    m_ref = ctx ? ctx->library().findSkill(m_skill) : Library::SkillRef{};
    m_examples.setExamples(m_ref.pack, m_ref.skill, effectiveLanguage());
    emit changed();
}

QString SkillDetail::effectiveLanguage() const
{
    UiApp *app = UiApp::instance();
    const QString wanted = !m_language.isEmpty() ? m_language : app ? app->language() : u"en"_s;
    return m_ref ? pickLanguage(m_ref.pack->content, wanted) : wanted;
}

SkillText SkillDetail::text() const
{
    return m_ref ? m_ref.skill->text.value(effectiveLanguage()) : SkillText{};
}

QString SkillDetail::body() const
{
    // Pack Markdown never reaches Qt's Markdown or HTML readers: the subset is converted here,
    // every character escaped, each block's direction set from the language (so a Persian
    // paragraph that opens with "CRM" still runs right to left).
    return markdownToRichText(text().body, isRightToLeft(effectiveLanguage()));
}

QString SkillDetail::category() const
{
    return m_ref ? m_ref.pack->content.manifest.id + u'/' + m_ref.skill->categoryId : QString();
}

QString SkillDetail::categoryTitle() const
{
    if (!m_ref)
        return {};
    const Category *c = m_ref.pack->content.category(m_ref.skill->categoryId);
    return c ? c->title.value(effectiveLanguage()) : QString();
}

QList<Library::SkillRef> SkillDetail::siblings() const
{
    AppContext *ctx = AppContext::instance();
    if (!m_ref || !ctx)
        return {};
    return ctx->library().skillsOf(ctx->library().findCategory(category()));
}

int SkillDetail::position() const
{
    const auto list = siblings();
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].skill == m_ref.skill)
            return int(i) + 1;
    return 0;
}

int SkillDetail::siblingCount() const
{
    return int(siblings().size());
}

QString SkillDetail::sibling(int step) const
{
    const auto list = siblings();
    const int i = position() - 1 + step;
    if (position() == 0 || i < 0 || i >= list.size())
        return {};
    return list[i].pack->content.manifest.id + u'/' + list[i].skill->id;
}

QStringList SkillDetail::availableLanguages() const
{
    return m_ref ? m_ref.pack->content.manifest.languages : QStringList{};
}

} // namespace maharat
