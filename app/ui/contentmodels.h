#pragma once
#include "library.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace maharat {

// The language to show a pack's text in: the wanted one if the pack has it, else its first.
QString pickLanguage(const PackContent &content, const QString &wanted);

// Follows the App singleton's language and resets when it changes.
class LanguageAwareModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit LanguageAwareModel(QObject *parent = nullptr);
protected:
    QString uiLanguage() const;
    virtual void reload() = 0;
};

// All categories of all installed packs.
class CategoryListModel : public LanguageAwareModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { RefRole = Qt::UserRole + 1, TitleRole, TopicCountRole, PackTitleRole };
    explicit CategoryListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
signals:
    void countChanged();
protected:
    void reload() override;
private:
    QList<Library::CategoryRef> m_rows;
};

// A list of skills with their titles and summaries in the interface language.
class SkillRefListModel : public LanguageAwareModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { RefRole = Qt::UserRole + 1, TitleRole, SummaryRole, NumberRole, MasteryRole };
    explicit SkillRefListModel(QObject *parent = nullptr);
    Q_INVOKABLE QString firstRef() const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
signals:
    void countChanged();
protected:
    // Mastery per "pack/skill" (0..1) for topics quizzed at least once; recomputed on reload.
    void loadMastery();
    QList<Library::SkillRef> m_rows;
    QHash<QString, double> m_mastery;
};

// The skills of one category ("pack.id/category-id" or "category-id").
class SkillListModel : public SkillRefListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(QString categoryTitle READ categoryTitle NOTIFY categoryChanged)
    Q_PROPERTY(bool found READ found NOTIFY categoryChanged)
public:
    bool found() const { return bool(m_ref); }
    explicit SkillListModel(QObject *parent = nullptr);
    QString category() const { return m_category; }
    void setCategory(const QString &ref);
    QString categoryTitle() const;
signals:
    void categoryChanged();
protected:
    void reload() override;
private:
    QString m_category;
    Library::CategoryRef m_ref;
};

// The phrasing examples of one skill, in one language.
class ExampleListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SkillDetail")
public:
    enum Role { IdRole = Qt::UserRole + 1, SituationRole, BadRole, GoodRole, WhyRole, BadClipRole, GoodClipRole };
    using QAbstractListModel::QAbstractListModel;
    void setExamples(const LoadedPack *pack, const Skill *skill, const QString &lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
private:
    const LoadedPack *m_pack = nullptr;
    const Skill *m_skill = nullptr;
    QString m_lang;
};

} // namespace maharat
