#include "contentmodels.h"

#include "appcontext.h"
#include "activity.h"
#include "uiapp.h"
#include "uisettings.h"
#include "userdata.h"

using namespace Qt::StringLiterals;

namespace maharat {

QString pickLanguage(const PackContent &content, const QString &wanted)
{
    if (content.manifest.languages.contains(wanted))
        return wanted;
    return content.manifest.languages.value(0);
}

static const Library *library()
{
    AppContext *ctx = AppContext::instance();
    return ctx ? &ctx->library() : nullptr;
}

LanguageAwareModel::LanguageAwareModel(QObject *parent) : QAbstractListModel(parent)
{
    const auto refresh = [this] {
        beginResetModel();
        reload();
        endResetModel();
    };
    if (UiApp *app = UiApp::instance())
        connect(app, &UiApp::languageChanged, this, refresh);
    // A pack installed or removed at run time: rows point into the new library from now on.
    if (AppContext *ctx = AppContext::instance())
        connect(ctx, &AppContext::libraryChanged, this, refresh);
}

QString LanguageAwareModel::uiLanguage() const
{
    UiApp *app = UiApp::instance();
    return app ? app->language() : u"en"_s;
}

// ---- categories

CategoryListModel::CategoryListModel(QObject *parent) : LanguageAwareModel(parent)
{
    reload();
}

void CategoryListModel::reload()
{
    m_rows = library() ? library()->categories() : QList<Library::CategoryRef>{};
    emit countChanged();
}

int CategoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CategoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Library::CategoryRef &r = m_rows[index.row()];
    const PackContent &c = r.pack->content;
    const QString lang = pickLanguage(c, uiLanguage());
    switch (role) {
    case RefRole: return QString(c.manifest.id + u'/' + r.category->id);
    case Qt::DisplayRole:
    case TitleRole: return r.category->title.value(lang);
    case TopicCountRole: return int(c.skillsIn(r.category->id).size());
    case PackTitleRole: return c.manifest.title.value(lang);
    }
    return {};
}

QHash<int, QByteArray> CategoryListModel::roleNames() const
{
    return {{RefRole, "ref"}, {TitleRole, "title"}, {TopicCountRole, "topicCount"}, {PackTitleRole, "packTitle"}};
}

// ---- skills of a category

SkillListModel::SkillListModel(QObject *parent) : SkillRefListModel(parent) {}

void SkillListModel::setCategory(const QString &ref)
{
    if (ref == m_category)
        return;
    beginResetModel();
    m_category = ref;
    reload();
    endResetModel();
    emit categoryChanged();
    emit countChanged();
}

void SkillListModel::reload()
{
    loadMastery();
    m_ref = library() ? library()->findCategory(m_category) : Library::CategoryRef{};
    m_rows = m_ref ? library()->skillsOf(m_ref) : QList<Library::SkillRef>{};
}

QString SkillListModel::categoryTitle() const
{
    return m_ref ? m_ref.category->title.value(pickLanguage(m_ref.pack->content, uiLanguage())) : QString();
}

SkillRefListModel::SkillRefListModel(QObject *parent) : LanguageAwareModel(parent)
{
    if (UserData *data = UserData::instance())
        connect(data, &UserData::progressChanged, this, [this] {
            loadMastery();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0), index(int(m_rows.size()) - 1), {MasteryRole});
        });
}

void SkillRefListModel::loadMastery()
{
    m_mastery.clear();
    AppContext *ctx = AppContext::instance();
    if (!ctx || !ctx->progress().isOpen())
        return;
    const double retention = UiSettings::instance() ? UiSettings::instance()->targetRetention() : 0.9;
    for (const TopicMastery &t : topicMastery(ctx->progress(), ctx->library(), quiz::Scheduler(retention),
                                              QDateTime::currentDateTimeUtc()))
        m_mastery.insert(t.skill.packId + u'/' + t.skill.skillId, t.mastery);
}

QString SkillRefListModel::firstRef() const
{
    return m_rows.isEmpty() ? QString() : m_rows.first().pack->content.manifest.id + u'/' + m_rows.first().skill->id;
}

int SkillRefListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SkillRefListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Library::SkillRef &r = m_rows[index.row()];
    const SkillText t = r.skill->text.value(pickLanguage(r.pack->content, uiLanguage()));
    switch (role) {
    case RefRole: return QString(r.pack->content.manifest.id + u'/' + r.skill->id);
    case Qt::DisplayRole:
    case TitleRole: return t.title;
    case SummaryRole: return t.summary;
    case NumberRole: return index.row() + 1;
    case MasteryRole: return m_mastery.value(r.pack->content.manifest.id + u'/' + r.skill->id, -1.0);
    }
    return {};
}

QHash<int, QByteArray> SkillRefListModel::roleNames() const
{
    return {{RefRole, "ref"}, {TitleRole, "title"}, {SummaryRole, "summary"}, {NumberRole, "number"},
            {MasteryRole, "mastery"}};
}

// ---- examples

void ExampleListModel::setExamples(const LoadedPack *pack, const Skill *skill, const QString &lang)
{
    beginResetModel();
    m_pack = pack;
    m_skill = skill;
    m_lang = lang;
    endResetModel();
}

int ExampleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_skill ? 0 : int(m_skill->examples.size());
}

QVariant ExampleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Example &ex = m_skill->examples[index.row()];
    const ExampleText t = ex.text.value(m_lang);
    const QString packId = m_pack->content.manifest.id;
    switch (role) {
    case IdRole: return ex.id;
    case SituationRole: return t.situation;
    case BadRole: return t.bad;
    case GoodRole: return t.good;
    case WhyRole: return t.why;
    // Clips are addressed as "pack.id/media.id" so the audio service can find their pack.
    case BadClipRole: return t.badMedia.isEmpty() ? QString() : QString(packId + u'/' + t.badMedia);
    case GoodClipRole: return t.goodMedia.isEmpty() ? QString() : QString(packId + u'/' + t.goodMedia);
    }
    return {};
}

QHash<int, QByteArray> ExampleListModel::roleNames() const
{
    return {{IdRole, "exampleId"}, {SituationRole, "situation"}, {BadRole, "bad"}, {GoodRole, "good"},
            {WhyRole, "why"}, {BadClipRole, "badClip"}, {GoodClipRole, "goodClip"}};
}

} // namespace maharat
