#pragma once
#include "importerror.h"
#include "packreader.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace maharat {

// The installed packs: every *.skillpack in the given folders that passes the safe reader.
// A refused pack is listed with its error and otherwise ignored; it never takes others down.
// A Library is a value: the import pipeline builds a new one and the app swaps it in whole.
class Library
{
public:
    struct Failure {
        QString path;
        ImportError error;
    };
    struct Folder {
        QString path;
        bool bundled = false; // shipped with the app: never modified, its packs cannot be removed
    };
    // Where an installed pack came from, for the library page.
    struct Origin {
        bool bundled = false;
        qint64 sizeBytes = 0;
        QDateTime installedAt;
    };
    // Opens one pack file (readPack, or the validation cache in front of it); fills origin's
    // installedAt when it knows it.
    using Opener = std::function<ImportError(const QString &path, LoadedPack &out, Origin &origin)>;
    struct SkillRef {
        const LoadedPack *pack = nullptr;
        const Skill *skill = nullptr;
        explicit operator bool() const { return skill; }
    };
    struct CategoryRef {
        const LoadedPack *pack = nullptr;
        const Category *category = nullptr;
        explicit operator bool() const { return category; }
    };

    // Loads folders in order; when two files carry the same pack id, the higher version wins.
    void load(const QStringList &folders);
    // cancel: checked before each file; once set, the rest is skipped without a word.
    void load(const QList<Folder> &folders, const Opener &open, const std::atomic_bool *cancel = nullptr);
    // Adds another library loaded from later folders, by the same rule as load(): a pack id
    // already here is replaced only by a higher version, keeping its place. Loading folders one
    // by one and adding them in order gives the same library as loading them together.
    void add(const Library &later);

    const QList<LoadedPack> &packs() const { return m_packs; }
    const QList<Failure> &failures() const { return m_failures; }
    const LoadedPack *pack(QStringView packId) const;
    Origin origin(QStringView packId) const;

    // Categories of all packs, packs in load order, categories in display order.
    QList<CategoryRef> categories() const;
    // "pack.id/skill-id", or just "skill-id" (first pack that has it).
    SkillRef findSkill(QStringView ref) const;
    CategoryRef findCategory(QStringView ref) const;
    // Skills of one category in display order.
    QList<SkillRef> skillsOf(const CategoryRef &category) const;

private:
    void take(LoadedPack pack, const Origin &origin);
    QList<LoadedPack> m_packs;
    QList<Failure> m_failures;
    QHash<QString, Origin> m_origins; // by pack id
};

// The pack's title in the default QLocale's language (the interface language in the app), else
// in its first language.
QString packTitle(const LoadedPack &pack);

} // namespace maharat
