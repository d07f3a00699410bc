#pragma once
#include <QObject>
#include <QString>
#include <QStringList>

namespace maharat {

// Why a catalog, a download or a catalog install was refused or failed. One translatable
// sentence per code (catalogerror.cpp), so the user reads the reason in their language and the
// tests check the exact reason.
class CatalogError
{
    Q_GADGET
public:
    enum Code {
        None,
        // fetching (catalog or pack file)
        BadUrl,
        UnsupportedScheme,
        NetworkError,    // %1 technical text
        HttpStatus,      // %1 status code
        NotFound,
        ServerError,     // %1 status code
        Timeout,
        TooManyRedirects,
        TooLarge,        // %1 the limit in bytes
        FileUnreadable,  // %1 path
        WriteFailed,     // %1 path
        Cancelled,
        // the catalog itself
        SignatureMissing,
        SignatureInvalid,
        WrongKey,        // %1 key id of the signature, %2 the pinned key id
        NoKey,           // first subscription without a key: the user must confirm the fingerprint
        InvalidUtf8,
        InvalidJson,     // %1 parser message
        WrongFormat,
        NewerFormat,     // %1 version
        InvalidField,    // %1 field path, e.g. packs[3].sha256
        DuplicatePack,   // %1 pack id
        Rollback,        // %1 received sequence, %2 last accepted
        // one pack download
        SizeMismatch,    // %1 bytes received, %2 bytes expected
        HashMismatch,
        InstallFailed,   // %1 the installer's message
    };
    Q_ENUM(Code)

    CatalogError() = default;
    CatalogError(Code code, QStringList args = {}) : m_code(code), m_args(std::move(args)) {}

    Code code() const { return m_code; }
    bool isError() const { return m_code != None; }
    explicit operator bool() const { return isError(); }
    const QStringList &args() const { return m_args; }
    QString message() const;  // in the current UI language
    QString codeName() const; // stable name for logs, JSON and tests

private:
    Code m_code = None;
    QStringList m_args;
};

} // namespace maharat

Q_DECLARE_METATYPE(maharat::CatalogError)
