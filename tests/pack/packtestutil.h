#pragma once
#include <QString>

namespace testutil {

QString miniSource();
// Builds the mini test pack (no speech synthesis: only its one recorded clip) into dir.
QString buildMini(const QString &dir, const QString &name = QStringLiteral("mini.skillpack"));
// The mini pack under another id and version (a second publisher's pack, an update), built into
// dir/name. Unsigned; sign it with maharat::signPack.
QString buildMiniAs(const QString &dir, const QString &name, const QString &id, int version);
// Runs SQL on a pack through a plain writable connection, as an attacker's tool would.
bool tamper(const QString &path, const QString &sql, QString *error = nullptr);

} // namespace testutil
