#include "sourceparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace maharat {

QString SourceError::toString() const
{
    return file + u':' + QString::number(line) + u": "_s + message;
}

const SourceField *SourceSection::field(QStringView name) const
{
    for (const SourceField &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

QList<const SourceField *> SourceSection::all(QStringView name) const
{
    QList<const SourceField *> out;
    for (const SourceField &f : fields)
        if (f.name == name)
            out.append(&f);
    return out;
}

namespace {

// Trims blank lines at both ends of a block, keeping inner layout as written.
QString finishBlock(QStringList lines)
{
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace

SourceFile parseSource(const QString &displayPath, QStringView text, const QStringList &sectionKinds,
                       QList<SourceError> &errors)
{
    static const QRegularExpression fieldRe(u"^@([a-z0-9][a-z0-9.\\-]*)(?:[ \\t]+(.*))?$"_s);
    SourceFile file;
    file.path = displayPath;
    file.sections.append(SourceSection{});

    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);

    SourceField *openBlock = nullptr;
    QStringList blockLines;
    const auto closeBlock = [&] {
        if (openBlock)
            openBlock->value = finishBlock(blockLines);
        openBlock = nullptr;
        blockLines.clear();
    };

    int lineNo = 0;
    for (QStringView raw : text.split(u'\n')) {
        ++lineNo;
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        if (raw.startsWith(u"@#"))
            continue;
        if (raw.startsWith(u"@@")) {
            if (openBlock)
                blockLines.append(raw.sliced(1).toString());
            else
                errors.append({displayPath, lineNo, u"a literal @@ line outside a block"_s});
            continue;
        }
        if (!raw.startsWith(u'@')) {
            if (openBlock)
                blockLines.append(raw.toString());
            else if (!raw.trimmed().isEmpty())
                errors.append({displayPath, lineNo,
                               u"text outside a field (start a block with a field that has no "
                               "value on its line)"_s});
            continue;
        }
        closeBlock();
        const auto m = fieldRe.match(raw.toString());
        if (!m.hasMatch()) {
            errors.append({displayPath, lineNo, u"malformed field name"_s});
            continue;
        }
        const QString name = m.captured(1);
        const QString value = m.captured(2).trimmed();
        if (sectionKinds.contains(name)) {
            if (value.isEmpty()) {
                errors.append({displayPath, lineNo, u"@"_s + name + u" needs an id"_s});
                continue;
            }
            file.sections.append(SourceSection{name, value, lineNo, {}});
            continue;
        }
        SourceSection &section = file.sections.last();
        const bool repeatable = name == u"credit";
        if (!repeatable && section.field(name)) {
            errors.append({displayPath, lineNo, u"@"_s + name + u" given twice"_s});
            continue;
        }
        section.fields.append(SourceField{name, value, lineNo});
        if (value.isEmpty())
            openBlock = &section.fields.last();
    }
    closeBlock();
    return file;
}

} // namespace maharat
