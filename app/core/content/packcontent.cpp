#include "packcontent.h"

#include <algorithm>

namespace maharat {

int Question::correctIndex() const
{
    for (int i = 0; i < options.size(); ++i)
        if (options[i].correct)
            return i;
    return -1;
}

const Skill *PackContent::skill(QStringView id) const
{
    for (const Skill &s : skills)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Category *PackContent::category(QStringView id) const
{
    for (const Category &c : categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

const MediaInfo *PackContent::mediaInfo(QStringView id) const
{
    for (const MediaInfo &m : media)
        if (m.id == id)
            return &m;
    return nullptr;
}

QList<const Skill *> PackContent::skillsIn(QStringView categoryId) const
{
    QList<const Skill *> out;
    for (const Skill &s : skills)
        if (s.categoryId == categoryId)
            out.append(&s);
    return out;
}

template<typename T>
static void sortItems(QList<T> &items)
{
    // Ties broken by id so the order never depends on how rows came out of SQLite.
    std::stable_sort(items.begin(), items.end(), [](const T &a, const T &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
}

void PackContent::sortByOrder()
{
    sortItems(categories);
    sortItems(skills);
    for (Skill &s : skills) {
        sortItems(s.examples);
        sortItems(s.questions);
    }
    std::sort(media.begin(), media.end(),
              [](const MediaInfo &a, const MediaInfo &b) { return a.id < b.id; });
}

} // namespace maharat
