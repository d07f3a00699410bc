#pragma once
#include <QList>
#include <QString>

namespace maharat {

// Where a problem in a pack's source text is: printed as "file:line: message".
struct SourceError {
    QString file;
    int line = 0;
    QString message;
    QString toString() const;
};

struct SourceField {
    QString name;
    QString value;
    int line = 0;
};

// A run of fields opened by @category, @skill, @example or @question; the fields before the
// first opener form a section with an empty kind.
struct SourceSection {
    QString kind;
    QString id;
    int line = 0;
    QList<SourceField> fields;

    const SourceField *field(QStringView name) const;
    QList<const SourceField *> all(QStringView name) const;
};

struct SourceFile {
    QString path; // as shown in messages (relative to the pack folder)
    QList<SourceSection> sections;
};

// Parses the line syntax of docs/authoring.md. Appends problems to errors; the returned file
// holds whatever parsed, so one run can report every problem of a file.
// sectionKinds: the field names that open a section in this kind of file (the manifest opens
// @category sections; a skill file opens @skill, @example and @question, and uses @category as
// a plain field).
SourceFile parseSource(const QString &displayPath, QStringView text, const QStringList &sectionKinds,
                       QList<SourceError> &errors);

} // namespace maharat
