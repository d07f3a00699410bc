#pragma once
#include <QtGlobal>

namespace maharat {

// The resident set size of this process in bytes (Linux /proc/self/statm), 0 where unknown.
// Benchmarks print it; the app never depends on it.
qint64 residentBytes();

} // namespace maharat
