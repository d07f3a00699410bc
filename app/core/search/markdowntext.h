#pragma once
#include <QString>

namespace maharat::search {

// The readable text of a topic body written in Markdown: heading marks, list and quote markers,
// emphasis, code ticks, link and image syntax and HTML tags removed; one line per block. The index
// and the snippets use it, so "###" or "**" never become search terms or show up in a result.
QString markdownToPlainText(QStringView markdown);

} // namespace maharat::search
