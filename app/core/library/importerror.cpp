#include "importerror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace maharat {

QString ImportError::message() const
{
    const auto a = [this](int i) { return i < m_args.size() ? m_args[i] : QString(); };
    switch (m_code) {
    case None: return {};
    case InvalidPack: return m_pack.message();
    //: %1 pack title, %2 its version number
    case AlreadyInstalled: return QCoreApplication::translate("ImportError", "%1 version %2 is already installed.").arg(a(0), a(1));
    //: %1 pack title, %2 the file's version, %3 the installed version
    case OlderVersion: return QCoreApplication::translate("ImportError", "This file has %1 version %2, older than the installed version %3. Older versions are not installed, so a correction cannot be undone.").arg(a(0), a(1), a(2));
    case NoSpace: return QCoreApplication::translate("ImportError", "There is not enough free space to install this pack. Nothing was changed.");
    //: %1 a technical reason
    case Unwritable: return QCoreApplication::translate("ImportError", "The pack folder cannot be written (%1). Nothing was changed.").arg(a(0));
    //: %1 pack title, %2 key id of the file's signer, %3 key id of the trusted publisher
    case KeyMismatch: return QCoreApplication::translate("ImportError", "Warning: this file claims to be an update of %1 but is signed by a different key (%2) than its trusted publisher (%3). It may be forged. It was not installed.").arg(a(0), a(1), a(2));
    //: %1 pack title
    case LostSignature: return QCoreApplication::translate("ImportError", "Warning: the installed %1 is signed by its publisher, but this file is not signed. It may be forged. It was not installed.").arg(a(0));
    case UnsignedRefused: return QCoreApplication::translate("ImportError", "This pack is not signed, and only signed packs may be installed.");
    //: %1 key id
    case UnknownKey: return QCoreApplication::translate("ImportError", "This pack is signed by a key that is not trusted (%1).").arg(a(0));
    case Rejected: return QCoreApplication::translate("ImportError", "The pack was not installed.");
    case BuiltinPack: return QCoreApplication::translate("ImportError", "Built-in packs cannot be removed.");
    //: %1 pack id
    case NotInstalled: return QCoreApplication::translate("ImportError", "No pack %1 is installed.").arg(a(0));
    case Busy: return QCoreApplication::translate("ImportError", "Another pack is being installed; try again when it is done.");
    }
    return {};
}

QString ImportError::codeName() const
{
    switch (m_code) {
    case None: return u"none"_s;
    case InvalidPack: return u"pack:"_s + m_pack.codeName();
    case AlreadyInstalled: return u"already-installed"_s;
    case OlderVersion: return u"older-version"_s;
    case NoSpace: return u"no-space"_s;
    case Unwritable: return u"unwritable"_s;
    case KeyMismatch: return u"key-mismatch"_s;
    case LostSignature: return u"lost-signature"_s;
    case UnsignedRefused: return u"unsigned-refused"_s;
    case UnknownKey: return u"unknown-key"_s;
    case Rejected: return u"rejected"_s;
    case BuiltinPack: return u"builtin-pack"_s;
    case NotInstalled: return u"not-installed"_s;
    case Busy: return u"busy"_s;
    }
    return {};
}

} // namespace maharat
