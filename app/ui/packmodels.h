#pragma once
#include "catalogmodels.h" // localizedDigits
#include "contentmodels.h"
#include "importerror.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace maharat {

// Every installed pack, for the library page (`Packs.installed`).
class InstalledPackModel : public LanguageAwareModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Packs.installed")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        PackIdRole = Qt::UserRole + 1, TitleRole, PublisherRole,
        SignerKindRole,   // "builtin" | "key" | "unsigned"
        FingerprintRole,  // in the interface's digits, "" when unsigned
        KeyIdRole, VersionRole,
        LanguagesRole,    // language codes
        TopicCountRole, SizeBytesRole,
        InstalledDateRole, // formatted in the interface language's calendar and digits
        RemovableRole,
        StateRole,        // "installed"
    };
    explicit InstalledPackModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
signals:
    void countChanged();
protected:
    void reload() override;
private:
    QList<const LoadedPack *> m_rows;
};

// Files the library refused: at start-up, and imports refused in this session (newest first).
class RefusedFileModel : public LanguageAwareModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Packs.refused")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { FileNameRole = Qt::UserRole + 1, PathRole, ErrorRole, CodeRole };
    explicit RefusedFileModel(QObject *parent = nullptr);
    void addRefusal(const QString &path, const ImportError &error);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
signals:
    void countChanged();
protected:
    void reload() override;
private:
    struct Row {
        QString path;
        ImportError error;
    };
    QList<Row> m_session; // import refusals
    QList<Row> m_rows;    // m_session + the library's load failures
};

} // namespace maharat
