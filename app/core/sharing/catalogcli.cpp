#include "catalogcli.h"

#include "catalogmanager.h"

#include <QEventLoop>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace maharat::catalog {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void printOffers(const CatalogManager &m, const QUrl &only, bool updatesOnly, QTextStream &out)
{
    for (const CatalogOffer &o : m.offers()) {
        if (!only.isEmpty() && o.catalogUrl != only)
            continue;
        const QString head = u"pack "_s + o.entry.id + u" v"_s + QString::number(o.entry.version) + u": "_s;
        if (o.state == CatalogOffer::UpdateAvailable)
            out << head << "update available (installed v" << o.installedVersion << "), " << sizeText(o.entry.size) << '\n';
        else if (updatesOnly)
            continue;
        else if (o.state == CatalogOffer::Installed)
            out << head << "installed\n";
        else
            out << head << "not installed, " << sizeText(o.entry.size) << '\n';
    }
}

} // namespace

int runCli(const CliOptions &options, const QMap<QString, int> &installed, QTextStream &out)
{
    CatalogManager m(options.dataDir);
    m.setInstalledVersions(installed);
    m.setStallTimeoutMs(options.stallTimeoutMs);
    if (!options.folders.isEmpty())
        m.useImportPipeline(options.folders);
    QEventLoop loop;
    int failures = 0;
    QObject::connect(&m, &CatalogManager::keyConfirmationNeeded, &loop,
                     [&](const QUrl &url, const QString &fingerprint, const QString &keyId) {
                         out << "publisher key " << keyId << ", fingerprint " << fingerprint
                             << ": not in the link; compare it with the publisher and rerun with --accept-key\n";
                         out.flush();
                         m.rejectPendingKey();
                     });
    QObject::connect(&m, &CatalogManager::refreshFinished, &loop,
                     [&](const QUrl &url, const CatalogError &error, bool expired) {
                         if (error) {
                             ++failures;
                             out << "catalog " << url.toString() << ": " << error.message() << '\n';
                         } else {
                             for (const Subscription &s : m.subscriptions())
                                 if (s.url == url)
                                     out << "catalog " << url.toString() << ": OK, " << s.catalog.publisher << ", sequence "
                                         << s.catalog.sequence << ", " << s.catalog.packs.size() << " packs"
                                         << (expired ? u", EXPIRED on "_s + s.catalog.expires.toString(Qt::ISODate)
                                                           + u" (the publisher has not renewed it)"_s
                                                     : QString())
                                         << '\n';
                         }
                         out.flush();
                     });
    QHash<QString, int> lastQuarter;
    QObject::connect(&m, &CatalogManager::downloadProgress, &loop, [&](const QString &id, qint64 got, qint64 total) {
        const int quarter = total > 0 ? int(got * 4 / total) : 0;
        if (lastQuarter.value(id, -1) != quarter) {
            lastQuarter.insert(id, quarter);
            out << "download " << id << ": " << got << "/" << total << " bytes (" << (total > 0 ? got * 100 / total : 0)
                << "%)\n";
            out.flush();
        }
    });
    QObject::connect(&m, &CatalogManager::downloadFinished, &loop,
                     [&](const QString &id, int version, const CatalogError &error) {
                         if (error) {
                             ++failures;
                             out << "download " << id << " v" << version << ": " << error.message() << '\n';
                         } else {
                             out << "installed " << id << " v" << version << '\n';
                         }
                         out.flush();
                     });

    auto waitIdle = [&] {
        if (m.isBusy()) {
            QObject::connect(&m, &CatalogManager::idle, &loop, &QEventLoop::quit, Qt::UniqueConnection);
            loop.exec();
        }
    };

    QUrl only;
    if (!options.subscribe.isEmpty()) {
        out << "subscribing to " << options.subscribe << '\n';
        out.flush();
        const int before = failures;
        m.subscribe(options.subscribe, options.acceptKey);
        waitIdle();
        if (failures > before)
            return 1;
        only = m.subscriptions().isEmpty() ? QUrl() : m.subscriptions().last().url;
        for (const Subscription &s : m.subscriptions())
            if (options.subscribe.startsWith(s.url.toString()))
                only = s.url;
        printOffers(m, only, false, out);
    } else {
        if (m.subscriptions().isEmpty()) {
            out << "no catalogs subscribed\n";
            return 0;
        }
        out << "checking " << m.subscriptions().size() << " catalog(s)\n";
        out.flush();
        m.refreshAll();
        waitIdle();
        // An unreachable catalog is reported, and its last good copy still lists updates.
        printOffers(m, {}, true, out);
    }
    if (options.installAll) {
        m.resumePending();
        m.installAll();
        waitIdle();
    }
    out.flush();
    return failures > 0 ? 1 : 0;
}

} // namespace maharat::catalog
