#pragma once
#include <QRect>
#include <QString>

class QScreen;
class QSettings;
class QWindow;

namespace maharat {

// Where the desktop window opens: the size, position and maximised state it had when it was
// last closed on this screen, or a comfortable size for the screen the first time. Phones are
// full screen and offscreen runs (--screenshot, --self-test) keep their --size: neither uses it.
class WindowPlacement
{
public:
    struct Placement {
        QRect geometry; // the window's normal (not maximised) geometry, frame excluded
        bool maximized = false;
    };

    explicit WindowPlacement(QSettings &settings) : m_settings(settings) {}

    // The screen the window last closed on if it is still connected, else the primary one.
    QScreen *lastScreen() const;
    // Saved for that screen and still on it, or comfortable() centred on it.
    Placement placementFor(const QScreen *screen) const;
    // Remembers the window's normal geometry and state for the screen it is on now.
    void save(const QWindow &window, const QRect &normalGeometry);
    // Puts the window where placementFor() says, then follows it and saves when the app quits.
    // The window must not outlive this object's settings.
    void restoreAndTrack(QWindow *window, const Placement &placement);

    // A size that shows the wide layout without filling the screen: most of a laptop screen,
    // not all of a large monitor, never below a phone's size, never beyond the screen.
    static QRect comfortable(const QRect &available);
    // Settings group of one screen: its name and size, so another monitor on the same port
    // gets its own placement.
    static QString screenKey(const QScreen *screen);

private:
    QSettings &m_settings;
};

} // namespace maharat
