#pragma once
#include "packerror.h"
#include "packreader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace maharat {

// The installed packs: every *.skillpack in the given folders that passes the safe reader.
// A refused pack is listed with its error and otherwise ignored; it never takes others down.
class Library
{
public:
    struct Failure {
        QString path;
        PackError error;
    };
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

    const QList<LoadedPack> &packs() const { return m_packs; }
    const QList<Failure> &failures() const { return m_failures; }
    const LoadedPack *pack(QStringView packId) const;

    // Categories of all packs, packs in load order, categories in display order.
    QList<CategoryRef> categories() const;
    // "pack.id/skill-id", or just "skill-id" (first pack that has it).
    SkillRef findSkill(QStringView ref) const;
    CategoryRef findCategory(QStringView ref) const;
    // Skills of one category in display order.
    QList<SkillRef> skillsOf(const CategoryRef &category) const;

private:
    QList<LoadedPack> m_packs;
    QList<Failure> m_failures;
};

} // namespace maharat
