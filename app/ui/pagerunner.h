#pragma once
#include <QSize>
#include <QString>
#include <QStringList>

class QQmlApplicationEngine;

namespace maharat {

// Drives the loaded QML window without a person: open a route, wait until it is drawn, save a
// PNG; or visit many routes in every language and count QML warnings.
class PageRunner
{
public:
    explicit PageRunner(QQmlApplicationEngine &engine);

    // Waits (the event loop running) until the start-up load has opened every pack; false if
    // that takes more than two minutes. Every method below waits for it first.
    bool waitForLibrary();
    bool openRoute(const QString &route);
    // Hands local pack files to the window's import (the library page opens and imports them).
    bool openFiles(const QStringList &files);
    void resize(QSize size);
    // Renders and writes the window to file; false if the route is unknown or writing fails.
    bool screenshot(const QString &file);
    // Every route in every language at every size; returns the number of problems found.
    int selfTest(const QStringList &routes, const QList<QSize> &sizes);

    // Routes for every page the installed packs offer (home, each category, each skill).
    static QStringList allRoutes();

    // How long each page gets to settle before it counts as shown (default 150 ms).
    void setSettleTime(int ms) { m_settleMs = ms; }

private:
    void settle();
    void pump(int ms);
    QQmlApplicationEngine &m_engine;
    int m_settleMs = 150;
};

} // namespace maharat
