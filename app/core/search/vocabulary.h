#pragma once
#include <QHash>
#include <QList>
#include <QString>

namespace maharat::search {

// True when b is a with one letter changed, added or removed (or a == b).
bool withinOneEdit(QStringView a, QStringView b);

// The indexed words (normalized, not stems) with how often they occur, for spelling correction:
// a query word that matches nothing is replaced by the most frequent word one edit away.
class Vocabulary
{
public:
    void clear();
    void add(const QString &word, qint64 count);
    // Call once after the last add().
    void finish();
    bool isEmpty() const { return m_words.isEmpty(); }
    qsizetype size() const { return m_words.size(); }

    // The most frequent word one edit from `word` (not `word` itself), or an empty string.
    QString nearest(QStringView word) const;
    // For a word still being typed: the most frequent word that begins with something one edit
    // from `prefix`; returns that beginning (the corrected prefix), or an empty string.
    QString nearestPrefix(QStringView prefix) const;

private:
    struct Entry
    {
        QString word;
        qint64 count = 0;
    };
    QList<Entry> m_words;                  // sorted by word
    QHash<qsizetype, QList<int>> m_byLength; // indexes into m_words
};

} // namespace maharat::search
