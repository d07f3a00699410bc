#include "catalogmodels.h"

#include "activity.h"
#include "uiapp.h"
#include "uisettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

QLocale uiLocale()
{
    const UiApp *app = UiApp::instance();
    return app ? app->numberLocale() : QLocale::c();
}

QString uiLanguage()
{
    const UiApp *app = UiApp::instance();
    return app ? app->language() : u"en"_s;
}

} // namespace

QString localizedSize(qint64 bytes)
{
    return uiLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

QString localizedDigits(const QString &ascii)
{
    const QLocale locale = uiLocale();
    QString out;
    for (const QChar c : ascii)
        out += c.isDigit() ? locale.toString(c.digitValue()) : QString(c);
    return out;
}

QString lastCheckedText(const QDateTime &when)
{
    if (!when.isValid())
        //: Under a catalog: it has never been fetched successfully
        return QCoreApplication::translate("Catalogs", "Not checked yet");
    const UiSettings *settings = UiSettings::instance();
    const QDateTime local = when.toLocalTime();
    const QString date = formatDate(local.date(), uiLanguage(), settings && settings->latinDigits());
    const QString time = localizedDigits(local.time().toString(u"HH:mm"_s));
    //: Under a catalog: %1 a date, %2 a time of day
    return QCoreApplication::translate("Catalogs", "Last checked %1, %2").arg(date, time);
}

// ---- offers ----

int CatalogOfferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offers.size());
}

QHash<int, QByteArray> CatalogOfferModel::roleNames() const
{
    return {{PackIdRole, "packId"},       {CatalogUrlRole, "catalogUrl"},   {TitleRole, "title"},
            {DescriptionRole, "description"}, {PublisherRole, "publisher"}, {VersionRole, "version"},
            {InstalledVersionRole, "installedVersion"}, {StateRole, "offerState"}, {SizeRole, "sizeBytes"},
            {SizeTextRole, "sizeText"},   {TopicsRole, "topics"},           {TransferRole, "transfer"},
            {ReceivedTextRole, "receivedText"}, {ProgressRole, "progress"}, {ErrorRole, "error"},
            {SignedRole, "signed"}};
}

QVariant CatalogOfferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogOffer &o = m_offers.at(index.row());
    const QString lang = uiLanguage();
    switch (role) {
    case PackIdRole: return o.entry.id;
    case CatalogUrlRole: return o.catalogUrl;
    case TitleRole: return o.entry.titleIn(lang);
    case DescriptionRole: return o.entry.description.value(lang, o.entry.description.value(u"en"_s));
    case PublisherRole: return o.publisher;
    case VersionRole: return o.entry.version;
    case InstalledVersionRole: return o.installedVersion;
    case StateRole:
        return o.state == CatalogOffer::Installed ? u"installed"_s : o.state == CatalogOffer::UpdateAvailable ? u"update"_s : u"new"_s;
    case SizeRole: return double(o.entry.size);
    case SizeTextRole: return localizedSize(o.entry.size);
    case TopicsRole: return o.entry.topics.value(lang, o.entry.topics.value(u"en"_s));
    case TransferRole: {
        static const char *const names[] = {"idle", "queued", "downloading", "installing", "failed"};
        return QString::fromLatin1(names[o.transfer]);
    }
    case ReceivedTextRole:
        //: Download progress: %1 bytes so far, %2 total size (both formatted, e.g. 1.2 MB)
        return QCoreApplication::translate("Catalogs", "%1 of %2").arg(localizedSize(o.received), localizedSize(o.entry.size));
    case ProgressRole: return o.entry.size > 0 ? double(o.received) / double(o.entry.size) : 0.0;
    case ErrorRole: return o.error;
    case SignedRole: return !o.entry.signer.isEmpty();
    }
    return {};
}

void CatalogOfferModel::setOffers(const QList<CatalogOffer> &offers)
{
    // Same rows (the usual case while a download runs): update in place so the list does not
    // jump or lose its scroll position.
    bool sameRows = offers.size() == m_offers.size();
    for (qsizetype i = 0; sameRows && i < offers.size(); ++i)
        sameRows = offers[i].entry.id == m_offers[i].entry.id && offers[i].catalogUrl == m_offers[i].catalogUrl;
    if (sameRows) {
        m_offers = offers;
        if (!m_offers.isEmpty())
            emit dataChanged(index(0), index(int(m_offers.size()) - 1));
        return;
    }
    beginResetModel();
    m_offers = offers;
    endResetModel();
}

void CatalogOfferModel::refreshTexts()
{
    if (!m_offers.isEmpty())
        emit dataChanged(index(0), index(int(m_offers.size()) - 1));
}

// ---- catalogs ----

int CatalogListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QHash<int, QByteArray> CatalogListModel::roleNames() const
{
    return {{UrlRole, "url"},           {PublisherRole, "publisher"},     {FingerprintRole, "fingerprint"},
            {PackCountRole, "packCount"}, {LastCheckedRole, "lastChecked"}, {ErrorRole, "error"},
            {ExpiredRole, "expired"}};
}

QVariant CatalogListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogInfo &c = m_items.at(index.row());
    switch (role) {
    case UrlRole: return c.url.toDisplayString();
    case PublisherRole: return c.publisher;
    case FingerprintRole: return localizedDigits(c.fingerprint);
    case PackCountRole: return c.packs;
    case LastCheckedRole: return lastCheckedText(c.lastChecked);
    case ErrorRole: return c.error;
    case ExpiredRole: return c.expired;
    }
    return {};
}

void CatalogListModel::setCatalogs(const QList<CatalogInfo> &list)
{
    beginResetModel();
    m_items = list;
    endResetModel();
}

void CatalogListModel::refreshTexts()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1));
}

} // namespace maharat
