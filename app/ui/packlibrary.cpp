#include "packlibrary.h"

#include "appcontext.h"
#include "importservice.h"
#include "logging.h"
#include "uiapp.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace maharat {

PackLibrary::PackLibrary(QObject *parent) : QObject(parent)
{
    AppContext *ctx = AppContext::instance();
    if (!ctx)
        return;
    connect(ctx, &AppContext::libraryLoadingChanged, this, &PackLibrary::loadingChanged);
    ImportService *service = ctx->imports();
    connect(service, &ImportService::progress, this, [this](PackInstaller::Stage stage, qint64 done, qint64 total) {
        m_stage = stage;
        // Copying is the first half of the bar; checking and installing take the rest.
        switch (stage) {
        case PackInstaller::Stage::Copying: m_progress = total > 0 ? 0.5 * double(done) / double(total) : 0; break;
        case PackInstaller::Stage::Validating: m_progress = 0.5; break;
        case PackInstaller::Stage::Installing: m_progress = 0.9; break;
        }
        emit progressChanged();
    });
    connect(service, &ImportService::trustRequested, this, [this](const TrustRequest &request) {
        m_trust = request;
        emit trustPendingChanged();
        emit trustRequested(request.publisher, request.keyId, localizedDigits(request.fingerprint),
                            request.kind == TrustRequest::Unsigned);
    });
    connect(service, &ImportService::finished, this, &PackLibrary::finish);
}

PackLibrary::~PackLibrary() = default;

PackLibrary *PackLibrary::create(QQmlEngine *, QJSEngine *)
{
    return new PackLibrary;
}

QString PackLibrary::stage() const
{
    if (!m_busy)
        return {};
    if (m_removing)
        //: Progress text while a pack is being removed
        return tr("Removing…");
    switch (m_stage) {
    //: Import progress: the file is being copied into the app's folder
    case PackInstaller::Stage::Copying: return tr("Copying the file…");
    //: Import progress: every part of the pack is being checked
    case PackInstaller::Stage::Validating: return tr("Checking the pack…");
    //: Import progress: the checked pack is being put in place
    case PackInstaller::Stage::Installing: return tr("Installing…");
    }
    return {};
}

bool PackLibrary::loading() const
{
    AppContext *ctx = AppContext::instance();
    return ctx && ctx->libraryLoading();
}

bool PackLibrary::onlySignedPacks() const
{
    AppContext *ctx = AppContext::instance();
    return ctx && ctx->installer().onlySigned();
}

void PackLibrary::setOnlySignedPacks(bool on)
{
    AppContext *ctx = AppContext::instance();
    if (!ctx || on == onlySignedPacks())
        return;
    ctx->installer().setOnlySigned(on);
    emit onlySignedPacksChanged();
}

void PackLibrary::setBusy(bool on)
{
    if (m_busy == on)
        return;
    m_busy = on;
    emit busyChanged();
    emit progressChanged();
}

bool PackLibrary::importFile(const QUrl &url)
{
    AppContext *ctx = AppContext::instance();
    // Until every pack is open, "already installed" and "older version" cannot be judged.
    if (!ctx || m_busy || ctx->libraryLoading())
        return false;
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.scheme().isEmpty() ? url.toString() : QString();
    if (path.isEmpty()) {
        finish(url.toString(), PackError{PackError::FileUnreadable, {url.toString()}}, {});
        return false;
    }
    if (!ctx->imports()->importFile(QFileInfo(path).absoluteFilePath(), ctx->library()))
        return false;
    m_removing = false;
    m_progress = 0;
    m_stage = PackInstaller::Stage::Copying;
    setBusy(true);
    return true;
}

void PackLibrary::acceptTrust()
{
    AppContext *ctx = AppContext::instance();
    if (!ctx || !trustPending())
        return;
    m_trust = {};
    emit trustPendingChanged();
    ctx->imports()->answerTrust(true);
}

void PackLibrary::rejectTrust()
{
    AppContext *ctx = AppContext::instance();
    if (!ctx || !trustPending())
        return;
    m_trust = {};
    emit trustPendingChanged();
    ctx->imports()->answerTrust(false);
}

bool PackLibrary::removePack(const QString &packId)
{
    AppContext *ctx = AppContext::instance();
    if (!ctx || m_busy || ctx->libraryLoading() || !ctx->imports()->removePack(packId, ctx->library()))
        return false;
    m_removing = true;
    setBusy(true);
    return true;
}

void PackLibrary::finish(const QString &file, const ImportError &error, const QString &packId)
{
    const bool removal = m_removing;
    m_removing = false;
    m_lastError = error;
    emit lastErrorChanged();
    if (error) {
        qCInfo(lcLibrary) << "import refused:" << file << error.codeName();
        if (!file.isEmpty() && error.code() != ImportError::Rejected)
            m_refused.addRefusal(file, error);
        setBusy(false);
        emit importFailed(error.message());
        return;
    }
    setBusy(false);
    if (removal) {
        emit removed(packId);
        return;
    }
    AppContext *ctx = AppContext::instance();
    const LoadedPack *pack = ctx ? ctx->library().pack(packId) : nullptr;
    const QString lang = UiApp::instance() ? UiApp::instance()->language() : u"en"_s;
    m_lastImported = pack ? pack->content.manifest.title.value(pickLanguage(pack->content, lang)) : packId;
    emit imported(packId, m_lastImported);
}

} // namespace maharat
