#pragma once
#include "packerror.h"

#include <QString>
#include <QStringList>

namespace maharat {

// Why an import changed nothing. Each code has one translated sentence; `pack` carries the
// reader's reason when the file itself was refused.
class ImportError
{
public:
    enum Code {
        None,
        InvalidPack,      // the safe reader refused it (corrupt, hostile, not a pack): see pack()
        AlreadyInstalled, // same id and version
        OlderVersion,     // a replayed old pack must not undo a correction
        NoSpace,
        Unwritable,
        KeyMismatch,      // signed by another key than the one pinned to this id
        LostSignature,    // unsigned, but the installed version is signed
        UnsignedRefused,  // "only signed packs" is on, or unsigned was not allowed
        UnknownKey,       // headless: signed by a key nobody accepted
        Rejected,         // the user said no at the trust prompt
        BuiltinPack,      // built-in packs cannot be removed
        NotInstalled,
        Busy,
    };

    ImportError() = default;
    ImportError(Code code, QStringList args = {}) : m_code(code), m_args(std::move(args)) {}
    ImportError(const PackError &pack) : m_code(pack ? InvalidPack : None), m_pack(pack) {}

    Code code() const { return m_code; }
    bool isError() const { return m_code != None; }
    explicit operator bool() const { return isError(); }
    const PackError &pack() const { return m_pack; }
    const QStringList &args() const { return m_args; }
    // One line in the current UI language.
    QString message() const;
    // A stable name for logs, JSON and tests ("already-installed", "pack:NotAPack", ...).
    QString codeName() const;

private:
    Code m_code = None;
    QStringList m_args;
    PackError m_pack;
};

} // namespace maharat
