#pragma once
#include "catalogmanager.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace maharat {

// What the subscribed catalogs offer, one row per pack (library page, Home's update notice).
class CatalogOfferModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
public:
    enum Role {
        PackIdRole = Qt::UserRole + 1, CatalogUrlRole, TitleRole, DescriptionRole, PublisherRole, VersionRole,
        InstalledVersionRole, StateRole, SizeRole, SizeTextRole, TopicsRole, TransferRole, ReceivedTextRole,
        ProgressRole, ErrorRole, SignedRole,
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setOffers(const QList<CatalogOffer> &offers);
    const QList<CatalogOffer> &offers() const { return m_offers; }
    void refreshTexts(); // the language changed

private:
    QList<CatalogOffer> m_offers;
};

// The subscribed catalogs: where, who, when last checked, and any problem.
struct CatalogInfo {
    QUrl url;
    QString publisher;
    QString fingerprint;
    int packs = 0;
    QDateTime lastChecked;
    QString error;
    bool expired = false;
    QDateTime expires;
};

class CatalogListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
public:
    enum Role { UrlRole = Qt::UserRole + 1, PublisherRole, FingerprintRole, PackCountRole, LastCheckedRole, ErrorRole, ExpiredRole };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setCatalogs(const QList<CatalogInfo> &list);
    void refreshTexts();

private:
    QList<CatalogInfo> m_items;
};

// Texts shared by the models and the singleton: sizes, dates and key fingerprints in the
// interface's language and digits.
QString localizedSize(qint64 bytes);
QString localizedDigits(const QString &ascii);
QString lastCheckedText(const QDateTime &when);

} // namespace maharat
