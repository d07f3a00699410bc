#include "languages.h"

using namespace Qt::StringLiterals;

namespace maharat {

QStringList supportedLanguages() { return {u"fa"_s, u"ar"_s, u"en"_s}; }

bool isSupportedLanguage(QStringView code)
{
    return code == u"fa" || code == u"ar" || code == u"en";
}

bool isRightToLeft(QStringView code) { return code == u"fa" || code == u"ar"; }

QLocale localeFor(QStringView code)
{
    if (code == u"fa")
        return QLocale(QLocale::Persian, QLocale::Iran);
    if (code == u"ar")
        return QLocale(QLocale::Arabic, QLocale::SaudiArabia);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString nativeLanguageName(QStringView code)
{
    if (code == u"fa")
        return u"فارسی"_s;
    if (code == u"ar")
        return u"العربية"_s;
    if (code == u"en")
        return u"English"_s;
    return code.toString();
}

} // namespace maharat
