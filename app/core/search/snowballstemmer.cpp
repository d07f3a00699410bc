#include "snowballstemmer.h"

#include <libstemmer.h>

#include <memory>

namespace maharat::search {

namespace {

struct StemmerDeleter
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

// Snowball's longest useful input; longer "words" are pasted junk and stay as they are.
constexpr qsizetype MaxStemmedChars = 64;

sb_stemmer *stemmer(SnowballLanguage language)
{
    // A stemmer keeps state between calls, so each thread (the index analyzes on several) has its own.
    thread_local StemmerPtr english(sb_stemmer_new("english", "UTF_8"));
    thread_local StemmerPtr arabic(sb_stemmer_new("arabic", "UTF_8"));
    return language == SnowballLanguage::English ? english.get() : arabic.get();
}

QString toArabicLetters(QStringView word)
{
    QString w = word.toString();
    // The normalizer writes one yeh and one kaf for both languages (Persian ی ک); Snowball's
    // Arabic rules look for ي and ك.
    w.replace(QChar(0x06CC), QChar(0x064A)).replace(QChar(0x06A9), QChar(0x0643));
    return w;
}

QString foldBack(QString w)
{
    for (QChar &c : w) {
        switch (c.unicode()) {
        case 0x064A: case 0x0649: case 0x0626: c = QChar(0x06CC); break; // ي ى ئ -> ی
        case 0x0643: c = QChar(0x06A9); break;                          // ك -> ک
        case 0x0629: c = QChar(0x0647); break;                          // ة -> ه
        case 0x0623: case 0x0625: case 0x0622: c = QChar(0x0627); break; // أ إ آ -> ا
        case 0x0624: c = QChar(0x0648); break;                          // ؤ -> و
        default: break;
        }
    }
    return w;
}

} // namespace

QString snowballStem(SnowballLanguage language, QStringView word)
{
    if (word.isEmpty() || word.size() > MaxStemmedChars)
        return word.toString();
    sb_stemmer *s = stemmer(language);
    if (!s)
        return word.toString();
    const QByteArray in = (language == SnowballLanguage::Arabic ? toArabicLetters(word) : word.toString()).toUtf8();
    const sb_symbol *out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol *>(in.constData()), int(in.size()));
    if (!out)
        return word.toString();
    const QString stem = QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(s));
    return language == SnowballLanguage::Arabic ? foldBack(stem) : stem;
}

} // namespace maharat::search
