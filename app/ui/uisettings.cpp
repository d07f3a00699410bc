#include "uisettings.h"

#include "appcontext.h"
#include "logging.h"
#include "settingsvalues.h"
#include "uiapp.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace maharat {

static UiSettings *s_settings = nullptr;

UiSettings::UiSettings(QObject *parent) : QObject(parent), m_theme(u"system"_s)
{
    s_settings = this;
    if (AppContext *ctx = AppContext::instance()) {
        // Checked on read: settings.ini is the user's file and may hold anything.
        QSettings &s = ctx->settings();
        m_textScale = settingsvalues::textScale(s.value(u"ui/textScale"_s, 1.0));
        m_theme = settingsvalues::theme(s.value(u"ui/theme"_s));
        m_playbackRate = settingsvalues::playbackRate(s.value(u"audio/rate"_s, 1.0));
        m_latinDigits = settingsvalues::flag(s.value(u"ui/latinDigits"_s), false);
        m_listenOnly = settingsvalues::flag(s.value(u"quiz/listenOnly"_s), false);
        m_retention = settingsvalues::retention(s.value(u"quiz/retention"_s, 0.9));
    }
}

UiSettings *UiSettings::create(QQmlEngine *, QJSEngine *)
{
    // One per engine, owned by it; the static pointer follows the newest engine's instance.
    return new UiSettings;
}

UiSettings::~UiSettings()
{
    if (s_settings == this)
        s_settings = nullptr;
}

UiSettings *UiSettings::instance()
{
    return s_settings;
}

void UiSettings::save(const QString &key, const QVariant &value)
{
    if (AppContext *ctx = AppContext::instance()) {
        ctx->settings().setValue(key, value);
        // QSettings writes the whole file atomically; a full disk keeps the old file.
        ctx->settings().sync();
        if (ctx->settings().status() != QSettings::NoError)
            qCWarning(lcUi) << "settings could not be saved:" << ctx->settings().fileName();
    }
    emit changed();
}

void UiSettings::setTextScale(qreal scale)
{
    scale = qBound(1.0, qRound(scale * 10) / 10.0, 2.0);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    save(u"ui/textScale"_s, scale);
}

void UiSettings::setTheme(const QString &theme)
{
    if (theme == m_theme || (theme != u"system" && theme != u"light" && theme != u"dark"))
        return;
    m_theme = theme;
    save(u"ui/theme"_s, theme);
}

bool UiSettings::dark() const
{
    if (m_theme == u"system") {
        // Qt 6.4 has no colour-scheme hint; a dark window background is the system's answer.
        return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    }
    return m_theme == u"dark";
}

void UiSettings::setPlaybackRate(qreal rate)
{
    // Only the three speeds the settings page offers; anything else is a caller's mistake.
    if (settingsvalues::playbackRate(rate) != rate)
        return;
    if (qFuzzyCompare(rate, m_playbackRate))
        return;
    m_playbackRate = rate;
    save(u"audio/rate"_s, rate);
}

void UiSettings::setLatinDigits(bool on)
{
    if (on == m_latinDigits)
        return;
    m_latinDigits = on;
    save(u"ui/latinDigits"_s, on);
    if (UiApp *app = UiApp::instance())
        app->refreshLocale();
}

} // namespace maharat

namespace maharat {

void UiSettings::setListenOnly(bool on)
{
    if (on == m_listenOnly)
        return;
    m_listenOnly = on;
    save(u"quiz/listenOnly"_s, on);
}

void UiSettings::setTargetRetention(qreal r)
{
    r = qBound(0.8, qRound(r * 100) / 100.0, 0.95);
    if (qFuzzyCompare(r, m_retention))
        return;
    m_retention = r;
    save(u"quiz/retention"_s, r);
}

} // namespace maharat
