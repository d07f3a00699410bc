#include "uisettings.h"

#include "appcontext.h"
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
        QSettings &s = ctx->settings();
        m_textScale = qBound(1.0, s.value(u"ui/textScale"_s, 1.0).toReal(), 2.0);
        m_theme = s.value(u"ui/theme"_s, u"system"_s).toString();
        m_playbackRate = s.value(u"audio/rate"_s, 1.0).toReal();
        m_latinDigits = s.value(u"ui/latinDigits"_s, false).toBool();
        m_listenOnly = s.value(u"quiz/listenOnly"_s, false).toBool();
        m_retention = qBound(0.8, s.value(u"quiz/retention"_s, 0.9).toReal(), 0.95);
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
    if (AppContext *ctx = AppContext::instance())
        ctx->settings().setValue(key, value);
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
    if (!qFuzzyCompare(rate, 0.75) && !qFuzzyCompare(rate, 1.0) && !qFuzzyCompare(rate, 1.25))
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
