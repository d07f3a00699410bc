#include "durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace maharat::durable {

static Result failure(int err, Status otherwise = Status::Failed)
{
    const bool full = err == ENOSPC || err == EDQUOT || err == EFBIG;
    return {full ? Status::NoSpace : otherwise, QString::fromLocal8Bit(std::strerror(err))};
}

Result copyNew(const QString &from, const QString &to, const std::function<void(qint64)> &progress)
{
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return failure(errno, Status::SourceFailed);
    const int out = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (out < 0) {
        const Result r = failure(errno);
        ::close(in);
        return r;
    }
    Result result;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 copied = 0;
    for (;;) {
        const ssize_t n = ::read(in, buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result = failure(errno, Status::SourceFailed);
            break;
        }
        if (n == 0)
            break;
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(out, buffer.constData() + done, size_t(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0) {
                result = failure(errno);
                break;
            }
            done += w;
        }
        if (!result)
            break;
        copied += n;
        if (progress)
            progress(copied);
    }
    if (result && ::fsync(out) != 0)
        result = failure(errno);
    if (::close(out) != 0 && result)
        result = failure(errno);
    ::close(in);
    if (!result)
        ::unlink(QFile::encodeName(to).constData());
    return result;
}

bool syncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Result replace(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return failure(errno);
    if (!syncDir(QFileInfo(to).absolutePath()))
        return failure(errno);
    return {};
}

} // namespace maharat::durable
