#pragma once
#include <QString>
#include <QStringList>

#include <memory>

namespace maharat::search {

// Whether a word is a real word of English, Arabic or Persian, by Hunspell and the system's
// dictionaries (Debian: hunspell-en-us, hunspell-ar, myspell-fa under /usr/share/hunspell). The
// search asks before it suggests anything: a word a dictionary knows is never "corrected", even
// when no topic contains it. Dictionaries load on first use, on the calling thread; use one object
// per thread (Hunspell is not thread-safe). Without a dictionary for a script, nothing is known.
class SpellDictionary
{
public:
    // Folders searched for <name>.aff/.dic, in order.
    static QStringList defaultFolders();

    explicit SpellDictionary(QStringList folders = defaultFolders());
    ~SpellDictionary();
    SpellDictionary(const SpellDictionary &) = delete;
    SpellDictionary &operator=(const SpellDictionary &) = delete;

    // `word` as typed (one word, any harakat or tatweel removed by the caller). Latin script goes
    // to en_US; Arabic script to Arabic and Persian, with the letter variants the normalizer
    // folds (ي/ی, ك/ک) tried both ways.
    bool isKnown(QStringView word);
    // Which dictionaries loaded ("en_US", "ar", "fa_IR"); loads them all first.
    QStringList available();

private:
    bool isKnownUncached(const QString &word);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maharat::search
