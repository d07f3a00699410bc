// The pack source parser (docs/authoring.md line syntax) on arbitrary text: problems are reported
// as errors with a line number, never a crash.
#include "sourceparser.h"

#include <QString>
#include <QStringList>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<maharat::SourceError> errors;
    // Both kinds of file: a skill file and a manifest.
    (void)maharat::parseSource(QStringLiteral("skills/fuzz.skill"), text,
                               {QStringLiteral("skill"), QStringLiteral("example"), QStringLiteral("question")},
                               errors);
    (void)maharat::parseSource(QStringLiteral("pack.manifest"), text, {QStringLiteral("category")}, errors);
    return 0;
}
