#pragma once
#include "searchhit.h"

#include <QList>
#include <QString>

namespace maharat::search {

struct Snippet
{
    QString text;
    QList<TextRange> highlights;
};

// The first sentence of a text (up to . ! ? ؟ or a line end), for results whose match is not in
// the shown language.
QString firstSentence(QStringView text, int maxChars = 160);

// A one-line excerpt of at most about maxChars around the first highlight, starting at its
// sentence when that is close, cut at word boundaries with "…" where text was left out; the
// highlights that fall inside are moved along.
Snippet makeSnippet(QStringView text, const QList<TextRange> &highlights, int maxChars = 160);

} // namespace maharat::search
