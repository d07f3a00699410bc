#pragma once
#include <QStringList>

namespace bench {

// Customer-service vocabulary per language, most frequent first (the generator draws from these
// with a Zipf distribution, so rank 0 is the most common word, as in real text).
const QStringList &words(const QString &lang);
// Latin tokens that Persian and Arabic texts use as they are (CRM, SMS, iPhone…).
const QStringList &latinTokens();
// The first this many entries of each list are function words; titles skip them.
constexpr int FunctionWords = 14;

} // namespace bench
