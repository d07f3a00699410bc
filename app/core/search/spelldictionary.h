#pragma once
#include <QString>
#include <QStringList>

#include <memory>

namespace maharat::search {

// Whether a word is a real word of English, Arabic or Persian, by Hunspell and the system's
// dictionaries (Debian: hunspell-en-us, hunspell-ar, myspell-fa under /usr/share/hunspell). The
// search asks before it suggests anything: a word a dictionary knows is never "corrected", even
// when no topic contains it. Without a dictionary for a script, nothing is known.
//
// Loading the dictionaries takes about half a second (benchmarks.md, "Search"), so it happens
// once per process and set of folders, on a thread of its own: loadInBackground() starts
// it (the search index does at open()), and the first isKnown() waits only for what is left. The
// loaded dictionaries are shared by every SpellDictionary with the same folders, each call locked
// (Hunspell is not thread-safe); the answers are cached per object, so use one per thread.
class SpellDictionary
{
public:
    // Folders searched for <name>.aff/.dic, in order.
    static QStringList defaultFolders();

    explicit SpellDictionary(QStringList folders = defaultFolders());
    ~SpellDictionary();
    SpellDictionary(const SpellDictionary &) = delete;
    SpellDictionary &operator=(const SpellDictionary &) = delete;

    // Starts loading the dictionaries on another thread, unless that has started already. Returns
    // at once.
    void loadInBackground();
    // `word` as typed (one word, any harakat or tatweel removed by the caller). Latin script goes
    // to en_US; Arabic script to Arabic and Persian, with the letter variants the normalizer
    // folds (i/yeh, kaf/keheh) tried both ways. Waits for the dictionaries if they are loading.
    bool isKnown(QStringView word);
    // Which dictionaries loaded ("en_US", "ar", "fa_IR"); waits for them.
    QStringList available();
    // How long the load took on its thread, in milliseconds (waits for it).
    qint64 loadMilliseconds();

private:
    bool isKnownUncached(const QString &word);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maharat::search
