#include "benchutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace bench {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

Run runChild(const QString &exe, const QStringList &args)
{
    QList<QByteArray> storage{QFile::encodeName(exe)};
    for (const QString &a : args)
        storage.append(a.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &s : storage)
        argv.append(s.data());
    argv.append(nullptr);
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    Run run;
    const bool spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0;
    close(pipeFds[1]);
    if (spawned) {
        // The first byte is the first frame; the rest (and EOF) only drains the pipe.
        double firstLineMs = -1;
        char buffer[256];
        ssize_t n;
        while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
            if (firstLineMs < 0)
                firstLineMs = double(t.nsecsElapsed()) / 1e6;
        int status = 0;
        rusage usage{};
        if (wait4(pid, &status, 0, &usage) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            run.ms = firstLineMs >= 0 ? firstLineMs : double(t.nsecsElapsed()) / 1e6;
            run.peakKb = usage.ru_maxrss;
        }
    }
    close(pipeFds[0]);
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

} // namespace bench
