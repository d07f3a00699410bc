#pragma once
#include <QString>
#include <QVariant>

// settings.ini is a user file: anything may be in it (edited by hand, a newer version, a
// damaged write). Every value is checked on read; anything unknown falls back to the default,
// so the settings page always shows a choice and nothing odd reaches the player.
namespace maharat::settingsvalues {

QString theme(const QVariant &stored);       // system | light | dark
double playbackRate(const QVariant &stored); // 0.75 | 1.0 | 1.25
double textScale(const QVariant &stored);    // 1.0–2.0 in steps of 0.1
double retention(const QVariant &stored);    // 0.80–0.95 in steps of 0.01
bool flag(const QVariant &stored, bool fallback); // true/false/1/0 only

} // namespace maharat::settingsvalues
