#include "stopwords.h"

#include "textnormalizer.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

QSet<QString> buildStopWords()
{
    // Kept short on purpose: every word here is one a query can never be required to contain.
    // Written as people type them; normalize() gives the folded forms the index holds.
    const QStringList words = {
        // en
        u"a"_s, u"an"_s, u"and"_s, u"are"_s, u"do"_s, u"for"_s, u"how"_s, u"i"_s, u"in"_s, u"is"_s,
        u"it"_s, u"my"_s, u"of"_s, u"on"_s, u"or"_s, u"the"_s, u"to"_s, u"what"_s, u"when"_s,
        u"with"_s, u"you"_s, u"your"_s,
        // fa
        u"و"_s, u"با"_s, u"به"_s, u"از"_s, u"در"_s, u"را"_s, u"که"_s, u"این"_s, u"آن"_s, u"برای"_s,
        u"یک"_s, u"تا"_s, u"است"_s, u"چطور"_s, u"چگونه"_s,
        // ar
        u"في"_s, u"من"_s, u"على"_s, u"إلى"_s, u"مع"_s, u"عن"_s, u"أن"_s, u"أو"_s, u"ما"_s,
        u"كيف"_s, u"هل"_s, u"الذي"_s, u"التي"_s, u"هذا"_s, u"هذه"_s,
    };
    QSet<QString> set;
    for (const QString &w : words)
        set.insert(normalize(w));
    return set;
}

} // namespace

bool isStopWord(QStringView word)
{
    static const QSet<QString> set = buildStopWords();
    return set.contains(word.toString());
}

} // namespace maharat::search
