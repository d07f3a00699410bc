#pragma once
#include <QString>
#include <QStringList>

namespace maharat {

// Why a pack was refused. Each code has one translatable sentence, so the app can tell the user
// what is wrong in their language and tests can check the exact reason.
class PackError
{
public:
    enum Code {
        None,
        FileMissing,
        FileUnreadable,
        FileTooLarge,
        NotAPack,          // not an SQLite file at all, or truncated
        WrongApplication,  // an SQLite file, but not a Maharat pack
        NewerFormat,
        UnknownFormat,
        NeedsNewerReader,
        OpenFailed,
        Corrupt,
        HasTrigger,
        HasView,
        HasVirtualTable,
        UnexpectedObject,
        MissingTable,
        SchemaMismatch,
        ManifestMissing,
        ManifestInvalid,
        BadLanguage,
        MissingText,
        BadId,
        DuplicateId,
        InvalidUtf8,
        BadText,
        TextTooLong,
        BadQuestion,
        CorrectAnswerCount,
        BadMime,
        MediaTooLarge,
        MediaHashMismatch,
        BadMediaData,
        UnusedMedia,
        DanglingReference,
        TooManyRows,
        ReadFailed,
        SignatureMalformed, // the signature row is not a key and a .minisig text we can parse
        SignatureMismatch,  // it does not verify over this pack's statement: altered after signing
        UnexpectedSigner,   // validly signed, but not by the key the caller requires
        HtmlInText,
        ImageInText,
        LinkNotAllowed,
        BidiOverride,
        HiddenCharacter,
        UnbalancedIsolate,
    };

    PackError() = default;
    PackError(Code code, QStringList args = {}) : m_code(code), m_args(std::move(args)) {}

    Code code() const { return m_code; }
    bool isError() const { return m_code != None; }
    explicit operator bool() const { return isError(); }
    const QStringList &args() const { return m_args; }
    // One line in the current UI language (English when no translator is installed).
    QString message() const;
    // A stable machine name of the code, for logs and JSON.
    QString codeName() const;

private:
    Code m_code = None;
    QStringList m_args;
};

} // namespace maharat
