#pragma once
#include "searchhit.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace maharat {

// Search results for the search page: as-you-type, off the UI thread (the shared
// SearchService), only the newest query's results shown. An empty query lists recent searches.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString correctedQuery READ correctedQuery NOTIFY resultsChanged)
    // A spelling to offer for words neither the packs nor a dictionary know ("did you mean …");
    // the results are still for what was typed.
    Q_PROPERTY(QString suggestion READ suggestion NOTIFY resultsChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY resultsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
    Q_PROPERTY(QStringList recentSearches READ recentSearches NOTIFY recentChanged)

public:
    enum Role { RefRole = Qt::UserRole + 1, TitleRole, SnippetRole, CategoryRole, MatchNoteRole, ContentRtlRole };
    explicit SearchModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString correctedQuery() const { return m_corrected; }
    QString suggestion() const { return m_suggestion; }
    bool searching() const { return m_pending != 0; }
    QStringList recentSearches() const;
    // The user opened a result: remember the query.
    Q_INVOKABLE void remember();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void queryChanged();
    void resultsChanged();
    void recentChanged();

private:
    void run();
    QString m_query;
    QString m_corrected;
    QString m_suggestion;
    quint64 m_pending = 0;
    QList<search::SearchHit> m_hits;
};

} // namespace maharat
