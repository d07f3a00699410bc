#pragma once
#include <QStringList>

// maharat-pack catalog (docs/sharing.md, "Publishing a catalog"): packs + catalog.json + its
// minisign signature in a folder any static web server or USB stick can serve.
namespace maharat::cli {

int catalogCommand(QStringList args);

} // namespace maharat::cli
