#include "packmodels.h"

#include "activity.h"
#include "appcontext.h"
#include "builtinkey.h"
#include "trustpolicy.h"
#include "uiapp.h"
#include "uisettings.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace maharat {

InstalledPackModel::InstalledPackModel(QObject *parent) : LanguageAwareModel(parent)
{
    reload();
}

void InstalledPackModel::reload()
{
    m_rows.clear();
    if (AppContext *ctx = AppContext::instance())
        for (const LoadedPack &p : ctx->library().packs())
            m_rows.append(&p);
    emit countChanged();
}

int InstalledPackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InstalledPackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoadedPack &p = *m_rows[index.row()];
    const Manifest &m = p.content.manifest;
    AppContext *ctx = AppContext::instance();
    const Library::Origin origin = ctx ? ctx->library().origin(m.id) : Library::Origin{};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return m.title.value(pickLanguage(p.content, uiLanguage()));
    case PackIdRole: return m.id;
    case PublisherRole: return m.publisher;
    case SignerKindRole:
        if (!p.signer.isSigned())
            return u"unsigned"_s;
        return sameKey(p.signer.key, builtinPublisherKey()) ? u"builtin"_s : u"key"_s;
    case FingerprintRole: return p.signer.isSigned() ? localizedDigits(p.signer.key.fingerprint()) : QString();
    case KeyIdRole: return p.signer.isSigned() ? p.signer.key.keyIdHex() : QString();
    case VersionRole: return m.version;
    case LanguagesRole: return m.languages;
    case TopicCountRole: return int(p.content.skills.size());
    case SizeBytesRole: return double(origin.sizeBytes);
    case InstalledDateRole: {
        if (!origin.installedAt.isValid())
            return QString();
        const UiSettings *settings = UiSettings::instance();
        return formatDate(origin.installedAt.toLocalTime().date(), uiLanguage(), settings && settings->latinDigits());
    }
    case RemovableRole: return ctx && !origin.bundled && QFileInfo(p.path).absolutePath() == ctx->userPacksDir();
    case StateRole: return u"installed"_s;
    }
    return {};
}

QHash<int, QByteArray> InstalledPackModel::roleNames() const
{
    return {{PackIdRole, "packId"},         {TitleRole, "title"},           {PublisherRole, "publisher"},
            {SignerKindRole, "signerKind"}, {FingerprintRole, "fingerprint"}, {KeyIdRole, "keyId"},
            {VersionRole, "version"},       {LanguagesRole, "languages"},   {TopicCountRole, "topicCount"},
            {SizeBytesRole, "sizeBytes"},   {InstalledDateRole, "installedDate"}, {RemovableRole, "removable"},
            {StateRole, "state"}};
}

RefusedFileModel::RefusedFileModel(QObject *parent) : LanguageAwareModel(parent)
{
    reload();
}

void RefusedFileModel::addRefusal(const QString &path, const ImportError &error)
{
    beginResetModel();
    m_session.prepend({path, error});
    reload();
    endResetModel();
}

void RefusedFileModel::reload()
{
    m_rows = m_session;
    if (AppContext *ctx = AppContext::instance())
        for (const Library::Failure &f : ctx->library().failures())
            m_rows.append({f.path, f.error});
    emit countChanged();
}

int RefusedFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RefusedFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole: return QFileInfo(r.path).fileName();
    case PathRole: return r.path;
    case ErrorRole: return r.error.message();
    case CodeRole: return r.error.codeName();
    }
    return {};
}

QHash<int, QByteArray> RefusedFileModel::roleNames() const
{
    return {{FileNameRole, "fileName"}, {PathRole, "path"}, {ErrorRole, "error"}, {CodeRole, "code"}};
}

} // namespace maharat
