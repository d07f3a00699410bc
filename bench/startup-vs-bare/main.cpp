// Start-up against a bare window (issue 12): the real app and a bare Qt Quick Controls Material
// window with a toolbar and a list (maharat-bench-bare-window, same tree, same Qt), both
// offscreen with the software renderer. Prints the first-frame time (launch until the process
// says it has drawn its first frame, a line on its standard output; median of N runs,
// alternating; quitting afterwards is not counted) and the peak resident
// set size after showing a skill page (the bare window: after its one frame), and the ratios.
// Goals: first frame <= 2x, RSS <= 1.5x.
//
// maharat-bench-startup-vs-bare [--runs N]
#include "benchutil.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;
using bench::median;
using bench::Run;
using bench::runChild;

int main(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    const QStringList args = core.arguments();
    const int runs = std::max(1, args.contains(u"--runs"_s) ? args.value(args.indexOf(u"--runs"_s) + 1).toInt() : 9);
    const QString app = QStringLiteral(MAHARAT_EXE);
    const QString bare = QStringLiteral(MAHARAT_BARE_EXE);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QTextStream out(stdout);

    QTemporaryDir data;
    const QString shots = data.filePath(u"shot.png"_s);
    const QStringList appFrame{u"--data-dir"_s, data.filePath(u"data"_s), u"--lang"_s, u"en"_s, u"--exit-after-first-frame"_s};
    const QStringList bareFrame{u"--exit-after-first-frame"_s};
    // One of each first: creates the data folder and the search index, warms the disk cache.
    if (runChild(app, appFrame).ms < 0 || runChild(bare, bareFrame).ms < 0) {
        out << "cannot run " << app << " or " << bare << " with --exit-after-first-frame\n";
        return 1;
    }
    QList<double> appMs, bareMs;
    for (int i = 0; i < runs; ++i) {
        bareMs.append(runChild(bare, bareFrame).ms);
        appMs.append(runChild(app, appFrame).ms);
    }
    const Run appPage = runChild(app, {u"--data-dir"_s, data.filePath(u"data"_s), u"--lang"_s, u"en"_s,
                                       u"--size"_s, u"360x640"_s, u"--page"_s, u"skill:org.maharat.essentials/patience"_s,
                                       u"--screenshot"_s, shots});
    const Run barePage = runChild(bare, {u"--screenshot"_s, shots});
    const double frameRatio = median(appMs) / median(bareMs);
    const double rssRatio = barePage.peakKb > 0 ? double(appPage.peakKb) / double(barePage.peakKb) : 0;
    out << "first frame (median of " << runs << "): app " << QString::number(median(appMs), 'f', 0) << " ms, bare window "
        << QString::number(median(bareMs), 'f', 0) << " ms, ratio " << QString::number(frameRatio, 'f', 2)
        << " (goal <= 2.00: " << (frameRatio <= 2.0 ? "met" : "NOT met") << ")\n";
    out << "peak RSS after a skill page: app " << appPage.peakKb / 1024 << " MB, bare window " << barePage.peakKb / 1024
        << " MB, ratio " << QString::number(rssRatio, 'f', 2) << " (goal <= 1.50: " << (rssRatio <= 1.5 ? "met" : "NOT met")
        << ")\n";
    out << "{\"appFirstFrameMs\":" << median(appMs) << ",\"bareFirstFrameMs\":" << median(bareMs) << ",\"frameRatio\":"
        << frameRatio << ",\"appPeakKb\":" << appPage.peakKb << ",\"barePeakKb\":" << barePage.peakKb
        << ",\"rssRatio\":" << rssRatio << "}\n";
    return frameRatio <= 2.0 && rssRatio <= 1.5 ? 0 : 1;
}
