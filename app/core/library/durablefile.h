#pragma once
#include <QString>
#include <functional>

// Writing files so that a crash or a full disk leaves either the old state or the new one.
namespace maharat::durable {

enum class Status { Ok, NoSpace, Failed, SourceFailed };

struct Result {
    Status status = Status::Ok;
    QString detail; // strerror text on failure
    explicit operator bool() const { return status == Status::Ok; }
};

// Copies `from` into a new file `to` (which must not exist), fsyncs it, and calls
// progress(bytesCopied) after each chunk. On failure `to` is removed.
Result copyNew(const QString &from, const QString &to, const std::function<void(qint64)> &progress = {});
// fsync of a directory, so a rename in it survives power loss.
bool syncDir(const QString &dir);
// rename(2) `from` over `to` (atomic on one file system), then fsync their folder.
Result replace(const QString &from, const QString &to);

} // namespace maharat::durable
