#include "vocabulary.h"

#include <algorithm>

namespace maharat::search {

bool withinOneEdit(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && a.at(i) == b.at(i))
        ++i;
    if (i == a.size())
        return true; // equal, or b has one letter more at the end
    // First difference: the rest must agree after skipping one letter of b (missing letter) or
    // one letter of both (wrong letter).
    if (a.size() == b.size())
        return a.sliced(i + 1) == b.sliced(i + 1);
    return a.sliced(i) == b.sliced(i + 1);
}

void Vocabulary::clear()
{
    m_words.clear();
    m_byLength.clear();
}

void Vocabulary::add(const QString &word, qint64 count)
{
    m_words.append({word, count});
}

void Vocabulary::finish()
{
    std::sort(m_words.begin(), m_words.end(), [](const Entry &a, const Entry &b) { return a.word < b.word; });
    m_byLength.clear();
    for (int i = 0; i < m_words.size(); ++i)
        m_byLength[m_words.at(i).word.size()].append(i);
}

QString Vocabulary::nearest(QStringView word) const
{
    const Entry *best = nullptr;
    for (qsizetype len = word.size() - 1; len <= word.size() + 1; ++len) {
        const auto it = m_byLength.constFind(len);
        if (it == m_byLength.cend())
            continue;
        for (int i : *it) {
            const Entry &e = m_words.at(i);
            if (e.word == word || !withinOneEdit(word, e.word))
                continue;
            // Most frequent wins; on a tie the shorter, then the alphabetically first, so the
            // choice never depends on load order.
            if (!best || e.count > best->count
                || (e.count == best->count && (e.word.size() < best->word.size()
                                               || (e.word.size() == best->word.size() && e.word < best->word))))
                best = &e;
        }
    }
    return best ? best->word : QString();
}

QString Vocabulary::nearestPrefix(QStringView prefix) const
{
    // The most frequent word that has a beginning one edit from the prefix; of its beginnings
    // that qualify, the longest keeps most of what was typed ("custm" -> "custom", not "custo").
    const Entry *best = nullptr;
    QStringView bestHead;
    for (const Entry &e : m_words) {
        QStringView head;
        for (qsizetype len = prefix.size() + 1; len >= prefix.size() - 1 && len >= 1; --len) {
            if (len > e.word.size())
                continue;
            const QStringView h = QStringView(e.word).first(len);
            if (h != prefix && withinOneEdit(prefix, h)) {
                head = h;
                break;
            }
        }
        if (head.isEmpty())
            continue;
        if (!best || e.count > best->count || (e.count == best->count && e.word < best->word)) {
            best = &e;
            bestHead = head;
        }
    }
    return bestHead.toString();
}

} // namespace maharat::search
