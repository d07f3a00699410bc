#include "uiapp.h"

#include "appcontext.h"
#include "languages.h"
#include "logging.h"
#include "packmarkdown.h"
#include "uisettings.h"

#include <QFile>

#include <QDesktopServices>
#include <QDir>
#include <QFontDatabase>
#include <QResource>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace maharat {

static UiApp *s_app = nullptr;
static QString s_initialLanguage;

void UiApp::setInitialLanguage(const QString &code)
{
    s_initialLanguage = code;
}

UiApp::UiApp(QQmlEngine *engine) : m_engine(engine)
{
    s_app = this;
    m_choice = u"system"_s;
    connect(this, &UiApp::languageChanged, this, &UiApp::packErrorsChanged);
    if (AppContext *ctx = AppContext::instance()) {
        m_choice = ctx->settings().value(u"ui/language"_s, u"system"_s).toString();
        connect(ctx, &AppContext::libraryChanged, this, &UiApp::packErrorsChanged);
    }
    if (!s_initialLanguage.isEmpty()) {
        // --lang: shown as the choice for this run, but the saved choice stays as it was.
        m_choice = s_initialLanguage;
        apply(s_initialLanguage);
    } else
        apply(m_choice == u"system" ? systemLanguage() : m_choice);
}

UiApp::~UiApp()
{
    if (s_app == this)
        s_app = nullptr;
}

UiApp *UiApp::create(QQmlEngine *engine, QJSEngine *)
{
    // One instance per engine; QML owns it.
    return new UiApp(engine);
}

UiApp *UiApp::instance()
{
    return s_app;
}

void UiApp::setLanguage(const QString &code)
{
    setLanguageChoice(code);
}

void UiApp::setLanguageChoice(const QString &choice)
{
    if (choice != u"system" && !isSupportedLanguage(choice))
        return;
    const bool changedChoice = choice != m_choice;
    m_choice = choice;
    if (AppContext *ctx = AppContext::instance())
        ctx->settings().setValue(u"ui/language"_s, choice);
    const QString code = choice == u"system" ? systemLanguage() : choice;
    if (code != m_language)
        apply(code);
    else if (changedChoice)
        emit languageChanged();
}

QLocale UiApp::numberLocale() const
{
    UiSettings *settings = UiSettings::instance();
    return settings && settings->latinDigits() ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : localeFor(m_language);
}

void UiApp::refreshLocale()
{
    QLocale::setDefault(numberLocale());
    emit languageChanged();
    if (m_engine)
        m_engine->retranslate();
}

void UiApp::apply(const QString &requested)
{
    const QString code = isSupportedLanguage(requested) ? requested : u"en"_s;
    if (code == m_language)
        return;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    // English loads one too: the source strings are English, but maharat_en.qm holds the
    // singular and plural forms of messages such as "%Ln topic(s)".
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/maharat_"_s + code + u".qm"_s)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else {
        qCWarning(lcUi) << "no translation for" << code;
    }
    m_language = code;
    QLocale::setDefault(numberLocale());
    QGuiApplication::setLayoutDirection(isRightToLeft(code) ? Qt::RightToLeft : Qt::LeftToRight);
    emit languageChanged();
    if (m_engine)
        m_engine->retranslate();
}

QString UiApp::systemLanguage()
{
    const QString name = QLocale::system().name().left(2);
    return isSupportedLanguage(name) ? name : u"en"_s;
}

bool UiApp::rtl() const
{
    return isRightToLeft(m_language);
}

QString UiApp::fontFamily() const
{
    if (m_language == u"fa")
        return u"Vazirmatn"_s;
    if (m_language == u"ar")
        return u"Noto Sans Arabic"_s;
    return u"Noto Sans"_s;
}

QStringList UiApp::languages() const
{
    return supportedLanguages();
}

QString UiApp::version() const
{
    return QStringLiteral(MAHARAT_VERSION);
}

QStringList UiApp::packErrors() const
{
    QStringList out;
    if (AppContext *ctx = AppContext::instance())
        for (const Library::Failure &f : ctx->library().failures())
            out.append(QDir(f.path).dirName() + u": "_s + f.error.message());
    return out;
}

QString UiApp::number(int value) const
{
    return numberLocale().toString(value);
}

QString UiApp::percent(int value) const
{
    const QLocale locale = numberLocale();
    return locale.toString(value) + locale.percent();
}

QString UiApp::dataSize(double bytes) const
{
    // "9.4 MB" with the language's digits and unit names; whole kilobytes below a megabyte.
    const qint64 n = qint64(bytes);
    return numberLocale().formattedDataSize(n, n < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

bool UiApp::isRtlLanguage(const QString &code) const
{
    return isRightToLeft(code);
}

QString UiApp::categoryOfSkill(const QString &skillRef) const
{
    AppContext *ctx = AppContext::instance();
    const Library::SkillRef r = ctx ? ctx->library().findSkill(skillRef) : Library::SkillRef{};
    return r ? r.pack->content.manifest.id + u'/' + r.skill->categoryId : QString();
}

QString UiApp::canonicalSkill(const QString &skillRef) const
{
    AppContext *ctx = AppContext::instance();
    const Library::SkillRef r = ctx ? ctx->library().findSkill(skillRef) : Library::SkillRef{};
    return r ? r.pack->content.manifest.id + u'/' + r.skill->id : QString();
}

QString UiApp::resourceText(const QString &path) const
{
    if (!path.startsWith(u":/"))
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString UiApp::escapeMarkup(const QString &text) const
{
    return text.toHtmlEscaped();
}

bool UiApp::openLink(const QString &url) const
{
    const QUrl target(url, QUrl::StrictMode);
    if (!isAllowedLinkTarget(target)) {
        qCWarning(lcUi) << "refused to open a link that is not http(s):" << url.left(200);
        return false;
    }
    return QDesktopServices::openUrl(target);
}

QString UiApp::languageName(const QString &code) const
{
    return nativeLanguageName(code);
}

void UiApp::loadFonts()
{
    static bool loaded = false;
    if (loaded)
        return;
    loaded = true;
    const QDir fonts(u":/fonts"_s);
    for (const QString &file : fonts.entryList({u"*.ttf"_s})) {
        // addApplicationFont(path) would read a resource into a heap copy that lives as long as
        // the app (1.8 MB for the six files); the uncompressed resource is already in memory.
        const QResource resource(fonts.filePath(file));
        const int id = resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression
                           ? QFontDatabase::addApplicationFontFromData(QByteArray::fromRawData(
                                 reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size())))
                           : QFontDatabase::addApplicationFont(fonts.filePath(file));
        if (id < 0)
            qCWarning(lcUi) << "cannot load bundled font" << file;
    }
}

} // namespace maharat
