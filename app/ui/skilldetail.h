#pragma once
#include "contentmodels.h"

#include <QObject>
#include <QQmlEngine>

namespace maharat {

// One skill page's content in one language: the UI language unless `language` overrides it
// (the "show in another language" view).
class SkillDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString skill READ skill WRITE setSkill NOTIFY changed)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString body READ body NOTIFY changed)
    Q_PROPERTY(QString category READ category NOTIFY changed)
    Q_PROPERTY(QString categoryTitle READ categoryTitle NOTIFY changed)
    Q_PROPERTY(QString previous READ previous NOTIFY changed)
    Q_PROPERTY(QString next READ next NOTIFY changed)
    Q_PROPERTY(int position READ position NOTIFY changed)
    Q_PROPERTY(int siblingCount READ siblingCount NOTIFY changed)
    Q_PROPERTY(QStringList availableLanguages READ availableLanguages NOTIFY changed)
    Q_PROPERTY(ExampleListModel *examples READ examples CONSTANT)
    Q_PROPERTY(int exampleCount READ exampleCount NOTIFY changed)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY changed)

public:
    explicit SkillDetail(QObject *parent = nullptr);

    QString skill() const { return m_skill; }
    void setSkill(const QString &ref);
    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    QString effectiveLanguage() const;
    bool found() const { return bool(m_ref); }
    QString title() const { return text().title; }
    QString summary() const { return text().summary; }
    QString body() const;
    int exampleCount() const { return m_ref ? int(m_ref.skill->examples.size()) : 0; }
    int questionCount() const { return m_ref ? int(m_ref.skill->questions.size()) : 0; }
    QString category() const;
    QString categoryTitle() const;
    QString previous() const { return sibling(-1); }
    QString next() const { return sibling(+1); }
    int position() const;
    int siblingCount() const;
    QStringList availableLanguages() const;
    ExampleListModel *examples() { return &m_examples; }

signals:
    void changed();

private:
    void refresh();
    SkillText text() const;
    QString sibling(int step) const;
    QList<Library::SkillRef> siblings() const;

    QString m_skill;
    QString m_language;
    Library::SkillRef m_ref;
    ExampleListModel m_examples;
};

} // namespace maharat
