#pragma once
#include "packcontent.h"

namespace bench {

// A pack of `topics` topics in fa, ar and en, generated from the word lists with lengths like the
// bundled packs' (title 2-5 words, summary 1-2 sentences, a Markdown body of about 150 words with
// headings and lists, two examples of four lines). Persian and Arabic texts carry Latin tokens
// (CRM, iPhone) and native digits; Persian words have ZWNJ, some Arabic words tanween.
// Deterministic: the same arguments give the same pack.
maharat::PackContent syntheticPack(int topics, quint32 seed = 20240501);

} // namespace bench
