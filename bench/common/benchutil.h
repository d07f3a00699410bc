#pragma once
// What the benchmarks share: the median of a series, and a child program timed until it says
// its first frame is drawn (the line the app and the bare window print then).
#include <QList>
#include <QString>
#include <QStringList>

namespace bench {

double median(QList<double> v);

struct Run {
    double ms = -1;       // wall time until the child printed its first line (the first frame),
                          // or until it ended if it printed nothing; -1 if it failed
    qint64 peakKb = 0;    // its peak resident set size
};

// posix_spawn + wait4, so the peak RSS is this child's own, not the largest child's so far. The
// child's standard error goes to /dev/null; it must exit with 0.
Run runChild(const QString &exe, const QStringList &args);

} // namespace bench
