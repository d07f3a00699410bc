#include "catalogerror.h"

#include <QCoreApplication>
#include <QMetaEnum>

namespace maharat {

QString CatalogError::message() const
{
    const auto a = [this](int i) { return i < m_args.size() ? m_args[i] : QString(); };
    switch (m_code) {
    case None: return QString();
    case BadUrl: return QCoreApplication::translate("CatalogError", "This is not a valid catalog address.");
    case UnsupportedScheme: return QCoreApplication::translate("CatalogError", "Catalog addresses must start with https://, http:// or file://.");
    //: %1 is a technical network message
    case NetworkError: return QCoreApplication::translate("CatalogError", "The server could not be reached: %1").arg(a(0));
    //: %1 is an HTTP status code
    case HttpStatus: return QCoreApplication::translate("CatalogError", "The server answered with an unexpected status (%1).").arg(a(0));
    case NotFound: return QCoreApplication::translate("CatalogError", "The server has no such file (404). The address may be wrong or the file was removed.");
    //: %1 is an HTTP status code such as 500
    case ServerError: return QCoreApplication::translate("CatalogError", "The server had a problem (%1). Try again later.").arg(a(0));
    case Timeout: return QCoreApplication::translate("CatalogError", "The server stopped sending data. Try again later.");
    case TooManyRedirects: return QCoreApplication::translate("CatalogError", "The server redirected too many times.");
    //: %1 a size limit in bytes
    case TooLarge: return QCoreApplication::translate("CatalogError", "The server sent more data than allowed (limit %1 bytes).").arg(a(0));
    //: %1 a file path
    case FileUnreadable: return QCoreApplication::translate("CatalogError", "The file %1 cannot be read.").arg(a(0));
    //: %1 a file path
    case WriteFailed: return QCoreApplication::translate("CatalogError", "Could not write %1. Is the disk full?").arg(a(0));
    case Cancelled: return QCoreApplication::translate("CatalogError", "The download was cancelled.");
    case SignatureMissing: return QCoreApplication::translate("CatalogError", "The catalog has no signature file (catalog.json.minisig).");
    case SignatureInvalid: return QCoreApplication::translate("CatalogError", "The catalog's signature is not valid: it was changed after signing.");
    //: %1 and %2 are key ids (hexadecimal)
    case WrongKey: return QCoreApplication::translate("CatalogError", "The catalog is signed by a different key (%1) than the one you subscribed with (%2).").arg(a(0), a(1));
    case NoKey: return QCoreApplication::translate("CatalogError", "This catalog's publisher key is not known yet: compare the fingerprint before trusting it.");
    case InvalidUtf8: return QCoreApplication::translate("CatalogError", "The catalog is not valid UTF-8 text.");
    //: %1 a technical JSON parser message
    case InvalidJson: return QCoreApplication::translate("CatalogError", "The catalog is not valid JSON: %1").arg(a(0));
    case WrongFormat: return QCoreApplication::translate("CatalogError", "This file is not a Maharat catalog.");
    //: %1 a format version number
    case NewerFormat: return QCoreApplication::translate("CatalogError", "This catalog uses format version %1, which needs a newer version of Maharat.").arg(a(0));
    //: %1 a field name such as packs[3].sha256
    case InvalidField: return QCoreApplication::translate("CatalogError", "The catalog has an invalid field: %1.").arg(a(0));
    //: %1 a pack id
    case DuplicatePack: return QCoreApplication::translate("CatalogError", "The catalog lists the pack %1 twice.").arg(a(0));
    //: %1 the catalog's sequence number, %2 the last one accepted
    case Rollback: return QCoreApplication::translate("CatalogError", "The catalog is older (number %1) than one already seen (number %2): refused, it may be a replay.").arg(a(0), a(1));
    //: %1 and %2 are byte counts
    case SizeMismatch: return QCoreApplication::translate("CatalogError", "The download has the wrong size (%1 bytes instead of %2).").arg(a(0), a(1));
    case HashMismatch: return QCoreApplication::translate("CatalogError", "The downloaded file does not match the catalog's checksum: it was not installed.");
    //: %1 the reason the installer gave
    case InstallFailed: return QCoreApplication::translate("CatalogError", "The pack was downloaded but not installed: %1").arg(a(0));
    }
    return QString();
}

QString CatalogError::codeName() const
{
    const QMetaEnum e = QMetaEnum::fromType<Code>();
    return QString::fromLatin1(e.valueToKey(m_code));
}

} // namespace maharat
