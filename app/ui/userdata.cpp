#include "userdata.h"

#include "appcontext.h"
#include "activity.h"
#include "exporter.h"
#include "quizsession.h"
#include "uiapp.h"
#include "uisettings.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace maharat {

static UserData *s_userData = nullptr;

static std::optional<SkillKey> keyOf(const QString &ref)
{
    AppContext *ctx = AppContext::instance();
    const Library::SkillRef r = ctx ? ctx->library().findSkill(ref) : Library::SkillRef{};
    if (!r)
        return std::nullopt;
    return SkillKey{r.pack->content.manifest.id, r.skill->id};
}

static ProgressStore *store()
{
    AppContext *ctx = AppContext::instance();
    return ctx && ctx->progress().isOpen() ? &ctx->progress() : nullptr;
}

UserData::UserData(QObject *parent) : QObject(parent)
{
    s_userData = this;
    // Dates and digits in the stats follow the language.
    if (UiApp *app = UiApp::instance())
        connect(app, &UiApp::languageChanged, this, &UserData::progressChanged);
    connect(this, &UserData::progressChanged, this, &UserData::refreshActivity);
    // What is due, and which topics count, depend on the packs: at start-up they arrive after
    // the window is built (StartupLoader), and imports or removals change them later.
    if (AppContext *ctx = AppContext::instance())
        connect(ctx, &AppContext::libraryChanged, this, [this] {
            emit progressChanged();
            emit historyChanged();
        });
    connect(&m_activityJob, &QFutureWatcher<ActivitySnapshot>::finished, this, [this] {
        m_activity = m_activityJob.result();
        emit activityChanged();
        if (std::exchange(m_activityStale, false))
            refreshActivity();
    });
    refreshActivity();
}

void UserData::refreshActivity()
{
    if (!store()) {
        m_activity = {};
        emit activityChanged();
        return;
    }
    if (m_activityJob.isRunning()) {
        m_activityStale = true; // one more run once this one is in
        return;
    }
    m_activityJob.setFuture(QtConcurrent::run(activitySnapshot, store()->path(), QDate::currentDate()));
}

UserData *UserData::create(QQmlEngine *, QJSEngine *)
{
    // One per engine, owned by it; the static pointer follows the newest engine's instance.
    return new UserData;
}

UserData::~UserData()
{
    if (s_userData == this)
        s_userData = nullptr;
}

UserData *UserData::instance()
{
    return s_userData;
}

bool UserData::isBookmarked(const QString &skillRef) const
{
    const auto key = keyOf(skillRef);
    return key && store() && store()->isBookmarked(*key);
}

void UserData::setBookmarked(const QString &skillRef, bool on)
{
    const auto key = keyOf(skillRef);
    if (!key || !store() || !store()->setBookmarked(*key, on))
        return;
    ++m_revision;
    emit bookmarksChanged();
}

void UserData::recordView(const QString &skillRef)
{
    const auto key = keyOf(skillRef);
    if (key && store() && store()->recordView(*key))
        emit historyChanged();
}

int UserData::dueCount() const
{
    AppContext *ctx = AppContext::instance();
    if (!ctx || !store())
        return 0;
    return quiz::dueCount(ctx->library(), store()->schedule(), QDateTime::currentDateTimeUtc());
}

int UserData::answeredToday() const
{
    return m_activity.stats.answeredToday;
}

int UserData::streakDays() const
{
    return m_activity.stats.streakDays;
}

QVariantList UserData::last30Days() const
{
    QVariantList out;
    for (int n : m_activity.stats.last30Days)
        out.append(n);
    if (out.isEmpty() && store())
        out = QVariantList(30, 0);
    return out;
}

QString UserData::lastAnswered() const
{
    if (!m_activity.lastAnswered.isValid())
        return {};
    const UiApp *app = UiApp::instance();
    const UiSettings *settings = UiSettings::instance();
    return formatDate(m_activity.lastAnswered.toLocalTime().date(), app ? app->language() : u"en"_s,
                      settings && settings->latinDigits());
}

QString UserData::exportResults(const QUrl &file, const QString &format)
{
    AppContext *ctx = AppContext::instance();
    if (!ctx || !store())
        return error();
    const double retention = UiSettings::instance() ? UiSettings::instance()->targetRetention() : 0.9;
    QString message;
    if (!maharat::exportResults(*store(), ctx->library(), quiz::Scheduler(retention), file.toLocalFile(),
                                format == u"json" ? ExportFormat::Json : ExportFormat::Csv,
                                QDateTime::currentDateTimeUtc(), &message))
        return message;
    return {};
}

QStringList UserData::bookmarkRefs() const
{
    QStringList out;
    if (store())
        for (const SkillKey &k : store()->bookmarks())
            out.append(k.packId + u'/' + k.skillId);
    return out;
}

QString UserData::lastViewed() const
{
    if (!store())
        return {};
    const auto recent = store()->recentlyViewed(1);
    return recent.isEmpty() ? QString() : recent.first().packId + u'/' + recent.first().skillId;
}

void UserData::notifyStoreChanged()
{
    ++m_revision;
    emit storeChanged();
    emit bookmarksChanged();
    emit historyChanged();
    emit progressChanged();
}

QString UserData::error() const
{
    AppContext *ctx = AppContext::instance();
    return ctx ? ctx->progress().errorMessage() : QString();
}

// ---- bookmarks

BookmarkListModel::BookmarkListModel(QObject *parent) : SkillRefListModel(parent)
{
    reload();
    if (UserData *data = UserData::instance())
        connect(data, &UserData::bookmarksChanged, this, [this] {
            beginResetModel();
            reload();
            endResetModel();
        });
}

void BookmarkListModel::reload()
{
    loadMastery();
    m_rows.clear();
    AppContext *ctx = AppContext::instance();
    if (ctx && UserData::instance())
        for (const QString &ref : UserData::instance()->bookmarkRefs())
            if (const Library::SkillRef r = ctx->library().findSkill(ref))
                m_rows.append(r); // bookmarks of uninstalled packs stay stored, just not shown
    emit countChanged();
}


// ---- packs

PackListModel::PackListModel(QObject *parent) : LanguageAwareModel(parent) {}

int PackListModel::rowCount(const QModelIndex &parent) const
{
    AppContext *ctx = AppContext::instance();
    return parent.isValid() || !ctx ? 0 : int(ctx->library().packs().size());
}

QVariant PackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackContent &c = AppContext::instance()->library().packs()[index.row()].content;
    const QString lang = pickLanguage(c, uiLanguage());
    switch (role) {
    case IdRole: return c.manifest.id;
    case Qt::DisplayRole:
    case TitleRole: return c.manifest.title.value(lang);
    case DescriptionRole: return c.manifest.description.value(lang);
    case VersionRole: return c.manifest.version;
    case PublisherRole: return c.manifest.publisher;
    case CreditsRole: return c.manifest.credits;
    case LicenseRole: return c.manifest.license;
    case TopicCountRole: return int(c.skills.size());
    }
    return {};
}

QHash<int, QByteArray> PackListModel::roleNames() const
{
    return {{IdRole, "packId"}, {TitleRole, "title"}, {DescriptionRole, "description"}, {VersionRole, "version"},
            {PublisherRole, "publisher"}, {CreditsRole, "credits"}, {LicenseRole, "license"},
            {TopicCountRole, "topicCount"}};
}

} // namespace maharat
