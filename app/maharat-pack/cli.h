#pragma once
#include <QString>
#include <QTextStream>

// Shared by the maharat-pack command files: exit 0 success, 1 the input is bad, 2 usage.
namespace maharat::cli {

QTextStream &out();
QTextStream &err();
// Prints the problem and the usage text to stderr; returns 2.
int usage(const QString &problem = {});

} // namespace maharat::cli
