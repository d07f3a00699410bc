#include "packerror.h"

#include <QCoreApplication>
#include <QMetaEnum>

namespace maharat {

QString PackError::message() const
{
    const auto a = [this](int i) { return i < m_args.size() ? m_args[i] : QString(); };
    switch (m_code) {
    case None: return QString();
    //: %1 is a file path
    case FileMissing: return QCoreApplication::translate("PackError", "The pack file %1 does not exist.").arg(a(0));
    case FileUnreadable: return QCoreApplication::translate("PackError", "The pack file %1 cannot be read.").arg(a(0));
    //: %1 file size in MB, %2 the limit in MB
    case FileTooLarge: return QCoreApplication::translate("PackError", "The pack file is too large (%1 MB; the limit is %2 MB).").arg(a(0), a(1));
    case NotAPack: return QCoreApplication::translate("PackError", "This file is not a skill pack, or it is damaged or incomplete.");
    case WrongApplication: return QCoreApplication::translate("PackError", "This database file is not a Maharat skill pack.");
    //: %1 is the pack's format version number
    case NewerFormat: return QCoreApplication::translate("PackError", "This pack uses format version %1, which needs a newer version of Maharat.").arg(a(0));
    case UnknownFormat: return QCoreApplication::translate("PackError", "This pack has an unknown format version (%1).").arg(a(0));
    case NeedsNewerReader: return QCoreApplication::translate("PackError", "This pack needs a newer version of Maharat (reader format %1).").arg(a(0));
    //: %1 is a technical message from the database
    case OpenFailed: return QCoreApplication::translate("PackError", "The pack cannot be opened: %1").arg(a(0));
    case Corrupt: return QCoreApplication::translate("PackError", "The pack is damaged: %1").arg(a(0));
    //: %1 is a database object name
    case HasTrigger: return QCoreApplication::translate("PackError", "The pack contains a trigger (%1), which packs may not have.").arg(a(0));
    case HasView: return QCoreApplication::translate("PackError", "The pack contains a view (%1), which packs may not have.").arg(a(0));
    case HasVirtualTable: return QCoreApplication::translate("PackError", "The pack contains a virtual or full-text table (%1), which packs may not have.").arg(a(0));
    case UnexpectedObject: return QCoreApplication::translate("PackError", "The pack contains an unexpected database object (%1).").arg(a(0));
    case MissingTable: return QCoreApplication::translate("PackError", "The pack is missing the table %1.").arg(a(0));
    case SchemaMismatch: return QCoreApplication::translate("PackError", "The pack's table %1 does not have the expected layout.").arg(a(0));
    //: %1 is a manifest field name such as "id"
    case ManifestMissing: return QCoreApplication::translate("PackError", "The pack's manifest has no %1.").arg(a(0));
    //: %1 field name, %2 its value
    case ManifestInvalid: return QCoreApplication::translate("PackError", "The pack's manifest has an invalid %1: \"%2\".").arg(a(0), a(1));
    case BadLanguage: return QCoreApplication::translate("PackError", "The pack uses an unsupported language code \"%1\".").arg(a(0));
    //: %1 an item id, %2 a language code
    case MissingText: return QCoreApplication::translate("PackError", "The item %1 has no text in language %2.").arg(a(0), a(1));
    //: %1 a table name, %2 the bad id
    case BadId: return QCoreApplication::translate("PackError", "The pack has an invalid id in %1: \"%2\".").arg(a(0), a(1));
    case DuplicateId: return QCoreApplication::translate("PackError", "The pack uses the id %1 twice.").arg(a(0));
    //: %1 table name, %2 item id
    case InvalidUtf8: return QCoreApplication::translate("PackError", "The pack has text that is not valid UTF-8 in %1 (%2).").arg(a(0), a(1));
    case BadText: return QCoreApplication::translate("PackError", "The pack has text with forbidden control characters in %1 (%2).").arg(a(0), a(1));
    //: %1 field, %2 item id, %3 the character limit
    case TextTooLong: return QCoreApplication::translate("PackError", "The %1 of %2 is longer than %3 characters.").arg(a(0), a(1), a(2));
    //: %1 question id, %2 what is wrong in English technical terms
    case BadQuestion: return QCoreApplication::translate("PackError", "The question %1 is malformed (%2).").arg(a(0), a(1));
    //: %1 question id, %2 the number of answers marked correct
    case CorrectAnswerCount: return QCoreApplication::translate("PackError", "The question %1 must have exactly one correct answer, but has %2.").arg(a(0), a(1));
    //: %1 media id, %2 a mime type
    case BadMime: return QCoreApplication::translate("PackError", "The media %1 has a type that is not allowed (%2).").arg(a(0), a(1));
    //: %1 media id, %2 size in bytes, %3 limit in bytes
    case MediaTooLarge: return QCoreApplication::translate("PackError", "The media %1 is too large (%2 bytes; the limit is %3).").arg(a(0), a(1), a(2));
    case MediaHashMismatch: return QCoreApplication::translate("PackError", "The media %1 does not match its checksum: it was altered or damaged.").arg(a(0));
    case BadMediaData: return QCoreApplication::translate("PackError", "The media %1 is not a valid audio clip.").arg(a(0));
    case UnusedMedia: return QCoreApplication::translate("PackError", "The media %1 is not used by any item.").arg(a(0));
    //: %1 the referring item, %2 the missing target id
    case DanglingReference: return QCoreApplication::translate("PackError", "The item %1 refers to %2, which does not exist.").arg(a(0), a(1));
    //: %1 table name, %2 the row limit
    case TooManyRows: return QCoreApplication::translate("PackError", "The pack's table %1 has more than %2 rows.").arg(a(0), a(1));
    case ReadFailed: return QCoreApplication::translate("PackError", "The pack could not be read: %1").arg(a(0));
    case SignatureMalformed: return QCoreApplication::translate("PackError", "The pack's publisher signature is damaged or not in a known format.");
    case SignatureMismatch: return QCoreApplication::translate("PackError", "The pack's publisher signature does not match its content: the pack was changed after it was signed, or it is damaged.");
    //: %1 and %2 are key fingerprints, groups of four digits
    case UnexpectedSigner: return QCoreApplication::translate("PackError", "The pack is signed by the key %1, not by the required key %2.").arg(a(0), a(1));
    //: %1 field name (title, body…), %2 item id, %3 the start of the tag as written
    case HtmlInText: return QCoreApplication::translate("PackError", "The %1 of %2 contains HTML (%3); pack text is plain text.").arg(a(0), a(1), a(2));
    //: %1 field name, %2 item id
    case ImageInText: return QCoreApplication::translate("PackError", "The %1 of %2 contains an image; pack text may not show images.").arg(a(0), a(1));
    //: %1 field name, %2 item id, %3 the link target as written
    case LinkNotAllowed: return QCoreApplication::translate("PackError", "The %1 of %2 links to \"%3\"; links must be http or https web addresses.").arg(a(0), a(1), a(2));
    //: %1 field name, %2 item id, %3 a character code such as U+202E
    case BidiOverride: return QCoreApplication::translate("PackError", "The %1 of %2 contains a text direction override (%3), which can make text read as something else.").arg(a(0), a(1), a(2));
    //: %1 field name, %2 item id, %3 a character code such as U+200B
    case HiddenCharacter: return QCoreApplication::translate("PackError", "The %1 of %2 contains an invisible character (%3) that pack text may not use.").arg(a(0), a(1), a(2));
    //: %1 field name, %2 item id; isolates are the Unicode characters U+2066–U+2069
    case UnbalancedIsolate: return QCoreApplication::translate("PackError", "The %1 of %2 has a direction isolate that is not closed on the same line.").arg(a(0), a(1));
    }
    return QString();
}

QString PackError::codeName() const
{
    static const char *const names[] = {
        "None", "FileMissing", "FileUnreadable", "FileTooLarge", "NotAPack", "WrongApplication",
        "NewerFormat", "UnknownFormat", "NeedsNewerReader", "OpenFailed", "Corrupt", "HasTrigger",
        "HasView", "HasVirtualTable", "UnexpectedObject", "MissingTable", "SchemaMismatch",
        "ManifestMissing", "ManifestInvalid", "BadLanguage", "MissingText", "BadId", "DuplicateId",
        "InvalidUtf8", "BadText", "TextTooLong", "BadQuestion", "CorrectAnswerCount", "BadMime",
        "MediaTooLarge", "MediaHashMismatch", "BadMediaData", "UnusedMedia", "DanglingReference",
        "TooManyRows", "ReadFailed", "SignatureMalformed", "SignatureMismatch", "UnexpectedSigner",
        "HtmlInText", "ImageInText", "LinkNotAllowed", "BidiOverride", "HiddenCharacter", "UnbalancedIsolate"};
    static_assert(sizeof(names) / sizeof(names[0]) == UnbalancedIsolate + 1);
    return QString::fromLatin1(names[m_code]);
}

} // namespace maharat
