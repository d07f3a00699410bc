#pragma once
#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <memory>

namespace maharat {

// The QML singleton `App`: interface language and everything that follows from it (translator,
// layout direction, locale for digits, font), plus small formatting helpers for QML.
class UiApp : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // "system" or a language code: what the settings page shows and saves.
    Q_PROPERTY(QString languageChoice READ languageChoice WRITE setLanguageChoice NOTIFY languageChanged)
    Q_PROPERTY(bool rtl READ rtl NOTIFY languageChanged)
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QStringList packErrors READ packErrors NOTIFY packErrorsChanged)

public:
    explicit UiApp(QQmlEngine *engine);
    ~UiApp() override;
    static UiApp *create(QQmlEngine *engine, QJSEngine *);
    static UiApp *instance();

    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    QString languageChoice() const { return m_choice; }
    void setLanguageChoice(const QString &choice);
    // Re-applies locale and digits after the digits setting changed.
    void refreshLocale();
    QLocale numberLocale() const;
    bool rtl() const;
    QString fontFamily() const;
    QStringList languages() const;
    QString version() const;
    QStringList packErrors() const;

    // Digits in the interface language (۱۲ in fa, ١٢ in ar, 12 in en).
    Q_INVOKABLE QString number(int value) const;
    Q_INVOKABLE QString languageName(const QString &code) const;
    Q_INVOKABLE QString percent(int value) const;
    // A file size such as ۹٫۴ مگابایت / 9.4 MB in the interface's digits.
    Q_INVOKABLE QString dataSize(double bytes) const;
    Q_INVOKABLE bool isRtlLanguage(const QString &code) const;
    // "pack.id/category-id" of a skill ref, for deep links that name only the skill.
    Q_INVOKABLE QString categoryOfSkill(const QString &skillRef) const;
    // The full "pack.id/skill-id" form of a skill ref, or "" if no installed pack has it.
    Q_INVOKABLE QString canonicalSkill(const QString &skillRef) const;
    // Text of a bundled resource (font licences on the About page).
    Q_INVOKABLE QString resourceText(const QString &path) const;
    // `text` with &, <, > and " escaped, for the rare label that adds its own markup around it.
    Q_INVOKABLE QString escapeMarkup(const QString &text) const;
    // Opens a link from pack text in the browser, only if it is an allowed http(s) address
    // (isAllowedLinkTarget); the page has already asked the user. False if refused.
    Q_INVOKABLE bool openLink(const QString &url) const;

    // A language for this run only (--lang), ahead of the saved setting.
    static void setInitialLanguage(const QString &code);
    // The system's language if Maharat has it, else English.
    static QString systemLanguage();
    // Bundled fonts, registered once per process.
    static void loadFonts();

signals:
    void languageChanged();
    // The messages are in the interface language, about the library as it is now.
    void packErrorsChanged();

private:
    QQmlEngine *m_engine;
    void apply(const QString &code);
    QString m_language;
    QString m_choice;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace maharat
