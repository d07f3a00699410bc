// The safe reader on mutated packs: whatever the bytes, readPack either refuses with an error or
// returns content, and never crashes, hangs or reads out of bounds.
#include "packreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

namespace {
QString packPath()
{
    // One file rewritten per input; /dev/shm keeps it off the disk when it exists.
    static std::unique_ptr<QTemporaryDir> dir = [] {
        auto d = std::make_unique<QTemporaryDir>(QFile::exists(QStringLiteral("/dev/shm"))
                                                     ? QStringLiteral("/dev/shm/maharat-fuzz-XXXXXX")
                                                     : QString());
        return d;
    }();
    return dir->filePath(QStringLiteral("input.skillpack"));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char arg0[] = "fuzz_packreader";
    static char *argv[] = {arg0, nullptr};
    static QCoreApplication app(argc, argv); // QSQLITE needs an application object
    const QString path = packPath();
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    maharat::LoadedPack pack;
    maharat::ReadOptions options;
    options.digest = true;
    const maharat::PackError error = maharat::readPack(path, pack, options);
    if (!error) {
        // Accepted content must be usable: every clip it lists can be read back and re-checked.
        for (const maharat::MediaInfo &info : pack.content.media) {
            QByteArray clip;
            (void)maharat::readPackMedia(path, info, clip);
        }
    }
    (void)error.message();
    return 0;
}
