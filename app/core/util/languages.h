#pragma once
#include <QLocale>
#include <QString>
#include <QStringList>

namespace maharat {

// The languages Maharat ships: packs may carry any subset, the UI offers all three.
QStringList supportedLanguages();
bool isSupportedLanguage(QStringView code);
bool isRightToLeft(QStringView code);
// The locale used for digits and dates in that language (fa_IR gives ۱۲۳, ar_SA gives ١٢٣).
QLocale localeFor(QStringView code);
// The language's own name, for language pickers and "matched in …" notes.
QString nativeLanguageName(QStringView code);

} // namespace maharat
