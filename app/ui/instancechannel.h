#pragma once
#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace maharat {

// One window per data folder. The first launch listens on a local socket named after its data
// folder; a later `maharat FILE.skillpack` (a file manager's "open with", a second click) hands
// its files to that window and exits instead of opening a second one over the same data.
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(const QString &dataDir, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // The socket name for a data folder: the same folder always gives the same name.
    static QString serverName(const QString &dataDir);

    // Either hands `files` (absolute paths; may be empty: "come to the front") to a running
    // instance and returns Forwarded, or starts listening and returns Listening. Failed when
    // neither worked; the app then runs alone.
    enum class Outcome { Forwarded, Listening, Failed };
    Outcome forwardOrListen(const QStringList &files);

    // At most this many files and bytes per message: anything beyond is dropped, not buffered.
    static constexpr int MaxFiles = 64;
    static constexpr qint64 MaxBytes = 64 * 1024;

signals:
    // Files a later launch asked to open; empty when it only asked for the window.
    void filesReceived(const QStringList &files);

private:
    bool send(const QStringList &files);
    bool listen();
    void accept();

    QString m_dataDir;
    QString m_name;
    QLocalServer *m_server = nullptr;
};

// Command-line arguments naming files (paths or file:// URLs) as absolute local paths, resolved
// against the current folder: the running window has another one.
QStringList absoluteFileArguments(const QStringList &arguments);

} // namespace maharat
