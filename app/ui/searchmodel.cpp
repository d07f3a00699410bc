#include "searchmodel.h"

#include "appcontext.h"
#include "contentmodels.h"
#include "languages.h"
#include "searchservice.h"
#include "uiapp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace maharat {

SearchModel::SearchModel(QObject *parent) : QAbstractListModel(parent)
{
    AppContext *ctx = AppContext::instance();
    if (!ctx)
        return;
    connect(ctx->search(), &search::SearchService::results, this,
            [this](quint64 generation, const QString &, const QList<search::SearchHit> &hits, const QString &corrected,
                   const QString &suggestion) {
                if (generation != m_pending)
                    return; // an older keystroke's answer, or another page's
                beginResetModel();
                m_hits = hits;
                m_corrected = corrected;
                m_suggestion = suggestion;
                m_pending = 0;
                endResetModel();
                emit resultsChanged();
            });
    connect(ctx->search(), &search::SearchService::indexReady, this, [this] {
        if (!m_query.trimmed().isEmpty())
            run();
    });
    if (UiApp *app = UiApp::instance())
        connect(app, &UiApp::languageChanged, this, &SearchModel::run);
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    run();
}

void SearchModel::run()
{
    AppContext *ctx = AppContext::instance();
    if (m_query.trimmed().isEmpty() || !ctx) {
        beginResetModel();
        m_hits.clear();
        m_corrected.clear();
        m_suggestion.clear();
        m_pending = 0;
        endResetModel();
        emit resultsChanged();
        return;
    }
    UiApp *app = UiApp::instance();
    m_pending = ctx->search()->search(m_query, app ? app->language() : u"en"_s, 30);
    emit resultsChanged();
}

QStringList SearchModel::recentSearches() const
{
    AppContext *ctx = AppContext::instance();
    return ctx && ctx->progress().isOpen() ? ctx->progress().recentSearches(8) : QStringList{};
}

void SearchModel::remember()
{
    AppContext *ctx = AppContext::instance();
    if (ctx && ctx->progress().isOpen() && ctx->progress().addRecentSearch(m_query))
        emit recentChanged();
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const search::SearchHit &h = m_hits[index.row()];
    switch (role) {
    case RefRole: return h.ref();
    case Qt::DisplayRole:
    case TitleRole: return search::markedText(h.title, h.titleHighlights, u"<b>", u"</b>", true);
    case SnippetRole: return search::markedText(h.snippet, h.snippetHighlights, u"<b>", u"</b>", true);
    case CategoryRole: {
        AppContext *ctx = AppContext::instance();
        const Library::SkillRef s = ctx ? ctx->library().findSkill(h.ref()) : Library::SkillRef{};
        const Category *c = s ? s.pack->content.category(s.skill->categoryId) : nullptr;
        return c ? c->title.value(pickLanguage(s.pack->content, h.language)) : QString();
    }
    case MatchNoteRole:
        if (h.matchedLanguage.isEmpty() || h.matchedLanguage == h.language)
            return QString();
        //: Under a search result found through another language; %1 is that language's own name
        return QCoreApplication::translate("Search", "matched in %1").arg(nativeLanguageName(h.matchedLanguage));
    case ContentRtlRole: return isRightToLeft(h.language);
    }
    return {};
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{RefRole, "ref"}, {TitleRole, "title"}, {SnippetRole, "snippet"}, {CategoryRole, "category"},
            {MatchNoteRole, "matchNote"}, {ContentRtlRole, "contentRtl"}};
}

} // namespace maharat
