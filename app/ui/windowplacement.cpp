#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWindow>

#include <memory>

using namespace Qt::StringLiterals;

namespace maharat {

namespace {

constexpr QSize PhoneSize(360, 640);
constexpr QSize LargestComfortable(1400, 940);
const QString Group = u"window"_s;

} // namespace

QRect WindowPlacement::comfortable(const QRect &available)
{
    const QSize wanted(qMin(int(available.width() * 0.8), LargestComfortable.width()),
                       qMin(int(available.height() * 0.85), LargestComfortable.height()));
    const QSize size = wanted.expandedTo(PhoneSize).boundedTo(available.size());
    QRect r(QPoint(), size);
    r.moveCenter(available.center());
    return r;
}

QString WindowPlacement::screenKey(const QScreen *screen)
{
    const QSize s = screen ? screen->size() : QSize();
    QString name = screen ? screen->name() : QString();
    // QSettings keys treat '/' and '\' as separators.
    name.replace(u'/', u'_').replace(u'\\', u'_');
    return u"%1@%2x%3"_s.arg(name.isEmpty() ? u"screen"_s : name).arg(s.width()).arg(s.height());
}

QScreen *WindowPlacement::lastScreen() const
{
    const QString last = m_settings.value(Group + u"/lastScreen"_s).toString();
    for (QScreen *s : QGuiApplication::screens())
        if (screenKey(s) == last)
            return s;
    return QGuiApplication::primaryScreen();
}

WindowPlacement::Placement WindowPlacement::placementFor(const QScreen *screen) const
{
    const QRect available = screen ? screen->availableGeometry() : QRect(QPoint(), PhoneSize);
    const QString prefix = Group + u'/' + screenKey(screen) + u'/';
    QRect saved = m_settings.value(prefix + u"geometry"_s).toRect();
    Placement p;
    p.maximized = m_settings.value(prefix + u"maximized"_s, false).toBool();
    // A geometry from a larger screen or an older layout of this one: keep the size that fits,
    // and bring the window back on screen.
    if (saved.isValid() && saved.intersects(available)) {
        saved.setSize(saved.size().expandedTo(QSize(200, 200)).boundedTo(available.size()));
        if (!available.contains(saved))
            saved.moveTo(qBound(available.left(), saved.left(), available.right() - saved.width() + 1),
                         qBound(available.top(), saved.top(), available.bottom() - saved.height() + 1));
        p.geometry = saved;
    } else {
        p.geometry = comfortable(available);
    }
    return p;
}

void WindowPlacement::save(const QWindow &window, const QRect &normalGeometry)
{
    const QString key = screenKey(window.screen());
    const QString prefix = Group + u'/' + key + u'/';
    if (normalGeometry.isValid())
        m_settings.setValue(prefix + u"geometry"_s, normalGeometry);
    m_settings.setValue(prefix + u"maximized"_s, bool(window.windowStates() & Qt::WindowMaximized));
    m_settings.setValue(Group + u"/lastScreen"_s, key);
    m_settings.sync();
}

void WindowPlacement::restoreAndTrack(QWindow *window, const Placement &placement)
{
    window->setGeometry(placement.geometry);
    if (placement.maximized)
        window->showMaximized();
    // The geometry to save is the normal one: a maximised window's own geometry is the screen's.
    auto normal = std::make_shared<QRect>(placement.geometry);
    const auto follow = [window, normal] {
        if (window->windowStates() == Qt::WindowNoState && window->isVisible())
            *normal = window->geometry();
    };
    for (auto signal : {&QWindow::xChanged, &QWindow::yChanged, &QWindow::widthChanged, &QWindow::heightChanged})
        QObject::connect(window, signal, window, follow);
    QObject::connect(qApp, &QGuiApplication::aboutToQuit, window, [this, window, normal] { save(*window, *normal); });
}

} // namespace maharat
