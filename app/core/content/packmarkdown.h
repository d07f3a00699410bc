#pragma once
#include <QList>
#include <QString>
#include <QUrl>

namespace maharat {

// The Markdown subset a topic body may use (docs/authoring.md, "Body Markdown"): headings,
// bullet and numbered lists, paragraphs, **bold**, *italic*, [links](https://…). Nothing else
// is markup: HTML, images, code, quotes and tables are shown as the characters written.

// A link or image written in a body, as the reader of the subset sees it.
struct MarkdownLink {
    QString text;
    QString target;
    bool image = false; // ![text](target)
};

// Every [text](target) and ![text](target) of `markdown`, in order.
QList<MarkdownLink> markdownLinks(QStringView markdown);

// Whether a pack link may be opened: http or https with a host, no user name or password (so
// "https://bank.example@evil.example" cannot pose as another site).
bool isAllowedLinkTarget(const QUrl &url);

// The body as rich text for a Qt Quick Text with textFormat RichText. Every character of the
// input is escaped; the only tags are the ones this function writes (h1–h6, p, ul, ol, li, b, i,
// a href with an allowed http(s) target). Links keep their text and show their host after it;
// a link with any other target and every image become their text. No resource is ever named,
// so the text engine has nothing to load. `rtl` sets each block's direction.
QString markdownToRichText(QStringView markdown, bool rtl);

} // namespace maharat
