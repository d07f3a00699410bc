#pragma once
#include <QString>

namespace maharat::search {

// Light stemmers for words in Arabic script. Both expect a word already passed through
// normalize(): one token, no ZWNJ, the folded alphabet (ی for ي/ى/ئ, ک for ك, ه for ة/ۀ, ا for
// أ/إ/آ/ٱ). A query's language is not known (Arabic is often typed on a Persian keyboard), so
// search runs both on every Arabic-script word; each is therefore stricter than its textbook
// version, to keep the other language's words whole. See docs/search-normalization.md.

// Larkey, Ballesteros & Connell's light10 (2007), with stricter lengths: و is removed only if
// four or more letters remain, an article (ال وال بال کال فال لل) only if three or more remain,
// then one pass over the suffixes ها ان ات ون ین یه ه ی, each removed if three letters remain
// (four for ان ون ین ه ی, which also end many plain Persian words).
QString arabicLightStem(QStringView word);

// Persian plural and possessive endings: ها and its forms with possessives (های، هایی،
// هایم، هایش، هایمان …), or a possessive شان تان مان ام اش (only if four or more letters
// remain) followed optionally by a plural ان (four letters left) or ات. Never leaves fewer than
// three letters.
QString persianStem(QStringView word);

} // namespace maharat::search
