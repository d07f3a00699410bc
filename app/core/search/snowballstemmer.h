#pragma once
#include <QString>

namespace maharat::search {

// Snowball stemmers from libstemmer (snowballstem.org): English is Porter2 ("english"), Arabic is
// Snowball's Arabic stemmer. One stemmer per thread and language, made on first use.
enum class SnowballLanguage { English, Arabic };

// The stem of one normalized word (textnormalizer.h), in normalized letters again: Arabic words
// are handed to Snowball in Arabic letters (ي ك) and its result folded back (ی ک ه ا), so the
// stem meets the index's terms. The word itself when Snowball leaves it unchanged.
QString snowballStem(SnowballLanguage language, QStringView word);

} // namespace maharat::search
