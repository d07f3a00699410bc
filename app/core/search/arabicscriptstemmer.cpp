#include "arabicscriptstemmer.h"

namespace maharat::search {

namespace {

constexpr char16_t Waw = 0x0648;
constexpr char16_t Yeh = 0x06CC;  // Persian yeh, the folded form of ي ى ئ
constexpr char16_t Alef = 0x0627;

// Both stemmers keep at least three letters: most Arabic roots have three, and Persian has many
// short words that end like a suffix (ماه, راه, کوه, تنها) and must not shrink into other words.
constexpr qsizetype MinStem = 3;

struct Suffix
{
    QStringView text;
    qsizetype minLeft;
};

bool chopIfLeaves(QString &s, QStringView suffix, qsizetype minLeft)
{
    if (!s.endsWith(suffix) || s.size() - suffix.size() < minLeft)
        return false;
    s.chop(suffix.size());
    return true;
}

} // namespace

QString arabicLightStem(QStringView word)
{
    QStringView w = word;
    // light10 wants three letters left; four keeps Persian و-words such as وزیر and ورود from
    // turning into زیر ("under") and رود ("river").
    if (w.startsWith(QChar(Waw)) && w.size() - 1 >= 4)
        w = w.sliced(1);

    // وال بال کال فال first so that ال does not leave their first letter behind.
    static const QStringView articles[] = {u"\u0648\u0627\u0644", u"\u0628\u0627\u0644",
                                           u"\u06A9\u0627\u0644", u"\u0641\u0627\u0644",
                                           u"\u0627\u0644",       u"\u0644\u0644"};
    for (QStringView a : articles) {
        if (w.startsWith(a) && w.size() - a.size() >= MinStem) {
            w = w.sliced(a.size());
            break;
        }
    }

    // light10's list in its order, in the folded alphabet (ية became یه and ة became ه, so those
    // entries merged). One pass: each suffix is tried once, in order. ان ون ین ه ی also end many
    // plain Persian words, so they need four letters left: مهمان، باران، قانون، ماشین، نامه، ماهی
    // would otherwise meet مهم، بار، قان، ماش، نام، ماه.
    static const Suffix suffixes[] = {
        {u"\u0647\u0627", MinStem},     {u"\u0627\u0646", MinStem + 1}, {u"\u0627\u062A", MinStem},
        {u"\u0648\u0646", MinStem + 1}, {u"\u06CC\u0646", MinStem + 1}, {u"\u06CC\u0647", MinStem},
        {u"\u0647", MinStem + 1},       {u"\u06CC", MinStem + 1},
    };
    QString s = w.toString();
    for (const Suffix &suffix : suffixes)
        chopIfLeaves(s, suffix.text, suffix.minLeft);
    return s;
}

QString persianStem(QStringView word)
{
    QString s = word.toString();

    // The plural ها with what may follow it, longest first; the ی-glide forms (هایم) are the
    // possessive after ها. A word that ends so is done: nothing in front of ها is a suffix.
    static const QStringView haForms[] = {
        u"\u0647\u0627\u06CC\u0634\u0627\u0646", u"\u0647\u0627\u06CC\u062A\u0627\u0646",
        u"\u0647\u0627\u06CC\u0645\u0627\u0646", u"\u0647\u0627\u06CC\u06CC",
        u"\u0647\u0627\u06CC\u0645",             u"\u0647\u0627\u06CC\u062A",
        u"\u0647\u0627\u06CC\u0634",             u"\u0647\u0627\u06CC",
        u"\u0647\u0627"};
    for (QStringView suffix : haForms) {
        if (s.endsWith(suffix)) {
            chopIfLeaves(s, suffix, MinStem);
            return s;
        }
    }

    // Possessives need four letters left: with three, سازمان، مهمان، داستان would lose a "suffix"
    // that is part of the word and meet ساز، مهم، داس.
    static const QStringView possessives[] = {u"\u0634\u0627\u0646", u"\u062A\u0627\u0646",
                                              u"\u0645\u0627\u0646", u"\u0627\u0645",
                                              u"\u0627\u0634"};
    for (QStringView suffix : possessives) {
        if (chopIfLeaves(s, suffix, MinStem + 1))
            break;
    }

    // As in arabicLightStem, ان needs four letters left (مهمان is not مهم + ان).
    if (chopIfLeaves(s, u"\u0627\u0646", MinStem + 1)) {
        // After a vowel the plural is written یان (آقایان، دانشجویان): the ی belongs to the ending.
        const qsizetype n = s.size();
        if (n - 1 >= MinStem && s.at(n - 1) == QChar(Yeh)
            && (s.at(n - 2) == QChar(Alef) || s.at(n - 2) == QChar(Waw)))
            s.chop(1);
    } else {
        chopIfLeaves(s, u"\u0627\u062A", MinStem);
    }
    return s;
}

} // namespace maharat::search
