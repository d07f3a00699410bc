#include "library.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace maharat {

void Library::load(const QStringList &folders)
{
    QList<Folder> list;
    for (const QString &f : folders)
        list.append({f, false});
    load(list, [](const QString &path, LoadedPack &out, Origin &) -> ImportError { return readPack(path, out); });
}

void Library::load(const QList<Folder> &folders, const Opener &open, const std::atomic_bool *cancel)
{
    m_packs.clear();
    m_failures.clear();
    m_origins.clear();
    for (const Folder &folder : folders) {
        const QDir dir(folder.path);
        const QStringList files = dir.entryList({u"*.skillpack"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            if (cancel && *cancel)
                return;
            LoadedPack pack;
            const QString path = dir.filePath(file);
            Origin origin;
            origin.bundled = folder.bundled;
            origin.sizeBytes = QFileInfo(path).size();
            if (const ImportError e = open(path, pack, origin)) {
                qCWarning(lcLibrary) << "pack refused:" << path << e.codeName() << e.message();
                m_failures.append({path, e});
                continue;
            }
            take(std::move(pack), origin);
            qCDebug(lcLibrary) << "loaded" << path;
        }
    }
}

void Library::take(LoadedPack pack, const Origin &origin)
{
    const QString id = pack.content.manifest.id;
    auto same = std::find_if(m_packs.begin(), m_packs.end(),
                             [&](const LoadedPack &p) { return p.content.manifest.id == id; });
    if (same == m_packs.end()) {
        m_packs.append(std::move(pack));
        m_origins.insert(id, origin);
    } else if (same->content.manifest.version < pack.content.manifest.version) {
        *same = std::move(pack);
        m_origins.insert(id, origin);
    }
}

void Library::add(const Library &later)
{
    for (const LoadedPack &p : later.m_packs)
        take(p, later.m_origins.value(p.content.manifest.id));
    m_failures.append(later.m_failures);
}

Library::Origin Library::origin(QStringView packId) const
{
    return m_origins.value(packId.toString());
}

const LoadedPack *Library::pack(QStringView packId) const
{
    for (const LoadedPack &p : m_packs)
        if (p.content.manifest.id == packId)
            return &p;
    return nullptr;
}

QList<Library::CategoryRef> Library::categories() const
{
    QList<CategoryRef> out;
    for (const LoadedPack &p : m_packs)
        for (const Category &c : p.content.categories)
            out.append({&p, &c});
    return out;
}

// "pack.id/item-id" or "item-id": the first installed pack (of that id, if given) whose
// `lookup` finds the item.
template<typename Item, typename Lookup>
static std::pair<const LoadedPack *, const Item *> resolve(const QList<LoadedPack> &packs, QStringView ref,
                                                           Lookup lookup)
{
    const qsizetype slash = ref.indexOf(u'/');
    const QStringView packId = slash < 0 ? QStringView() : ref.first(slash);
    const QStringView id = slash < 0 ? ref : ref.sliced(slash + 1);
    for (const LoadedPack &p : packs) {
        if (!packId.isEmpty() && p.content.manifest.id != packId)
            continue;
        if (const Item *item = lookup(p.content, id))
            return {&p, item};
    }
    return {nullptr, nullptr};
}

Library::SkillRef Library::findSkill(QStringView ref) const
{
    const auto [pack, skill] =
        resolve<Skill>(m_packs, ref, [](const PackContent &c, QStringView id) { return c.skill(id); });
    return {pack, skill};
}

Library::CategoryRef Library::findCategory(QStringView ref) const
{
    const auto [pack, category] =
        resolve<Category>(m_packs, ref, [](const PackContent &c, QStringView id) { return c.category(id); });
    return {pack, category};
}

QList<Library::SkillRef> Library::skillsOf(const CategoryRef &category) const
{
    QList<SkillRef> out;
    if (!category)
        return out;
    for (const Skill *s : category.pack->content.skillsIn(category.category->id))
        out.append({category.pack, s});
    return out;
}

QString packTitle(const LoadedPack &pack)
{
    const Manifest &m = pack.content.manifest;
    const QString lang = QLocale().name().left(2);
    return m.title.value(m.languages.contains(lang) ? lang : m.languages.value(0), m.id);
}

} // namespace maharat
