#include "spelldictionary.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <hunspell.hxx>

#include <array>

using namespace Qt::StringLiterals;

namespace maharat::search {

namespace {

enum Dict { English, Arabic, Persian, DictCount };
constexpr std::array<const char16_t *, DictCount> Names = {u"en_US", u"ar", u"fa_IR"};
// Bigger dictionaries would be a mistake or an attack on start-up time; Debian's are ≤ 4 MB.
constexpr qint64 MaxDictionaryBytes = 32 * 1024 * 1024;
// Hunspell's own limit is 100 bytes (MAXWORDUTF8LEN); longer is not a word anyway.
constexpr int MaxWordChars = 48;
constexpr qsizetype MaxCachedWords = 4096;

bool isArabicScript(QStringView w)
{
    return !w.isEmpty() && QChar::script(w.front().unicode()) == QChar::Script_Arabic;
}

} // namespace

struct SpellDictionary::Private
{
    QStringList folders;
    std::array<std::unique_ptr<Hunspell>, DictCount> dicts;
    std::array<bool, DictCount> tried{};
    // Asking Hunspell costs tens of microseconds a word (the Arabic dictionary more), and typing
    // asks about the same words at every keystroke.
    QHash<QString, bool> known;

    Hunspell *dict(Dict which)
    {
        if (!tried[which]) {
            tried[which] = true;
            const QString name = QString::fromUtf16(Names[which]);
            for (const QString &folder : std::as_const(folders)) {
                const QFileInfo aff(QDir(folder).filePath(name + u".aff"_s));
                const QFileInfo dic(QDir(folder).filePath(name + u".dic"_s));
                if (!aff.isFile() || !dic.isFile())
                    continue;
                if (aff.size() + dic.size() > MaxDictionaryBytes) {
                    qCWarning(lcSearch) << "spelling dictionary too large, not used:" << dic.filePath();
                    continue;
                }
                dicts[which] = std::make_unique<Hunspell>(QFile::encodeName(aff.filePath()).constData(),
                                                          QFile::encodeName(dic.filePath()).constData());
                // Debian's three are UTF-8; a dictionary in another encoding could not be asked
                // correctly, so it is not asked at all.
                if (QByteArray(dicts[which]->get_dict_encoding().c_str()).toUpper() != "UTF-8") {
                    qCWarning(lcSearch) << "spelling dictionary not in UTF-8, not used:" << dic.filePath();
                    dicts[which].reset();
                    continue;
                }
                qCDebug(lcSearch) << "spelling dictionary" << dic.filePath();
                break;
            }
        }
        return dicts[which].get();
    }

    bool spell(Dict which, const QString &word)
    {
        Hunspell *h = dict(which);
        return h && h->spell(word.toUtf8().toStdString());
    }
};

QStringList SpellDictionary::defaultFolders()
{
    QStringList out;
    // A folder next to the app (a portable install) first, then the system's.
    for (const QString &dir : QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"hunspell"_s,
                                                        QStandardPaths::LocateDirectory))
        out.append(dir);
    for (const QString &dir : {u"/usr/share/hunspell"_s, u"/usr/share/myspell"_s})
        if (!out.contains(dir))
            out.append(dir);
    return out;
}

SpellDictionary::SpellDictionary(QStringList folders) : d(std::make_unique<Private>())
{
    d->folders = std::move(folders);
}

SpellDictionary::~SpellDictionary() = default;

bool SpellDictionary::isKnown(QStringView word)
{
    if (word.isEmpty() || word.size() > MaxWordChars)
        return false;
    const QString w = word.toString();
    if (const auto it = d->known.constFind(w); it != d->known.cend())
        return *it;
    if (d->known.size() > MaxCachedWords)
        d->known.clear();
    const bool known = isKnownUncached(w);
    d->known.insert(w, known);
    return known;
}

bool SpellDictionary::isKnownUncached(const QString &w)
{
    if (!isArabicScript(w))
        return d->spell(English, w) || d->spell(English, w.toLower());
    // The dictionaries spell with their own language's letters; a query may mix them.
    QString arabic = w, persian = w;
    arabic.replace(QChar(0x06CC), QChar(0x064A)).replace(QChar(0x06A9), QChar(0x0643));
    persian.replace(QChar(0x064A), QChar(0x06CC)).replace(QChar(0x0649), QChar(0x06CC)).replace(QChar(0x0643), QChar(0x06A9));
    return d->spell(Arabic, arabic) || d->spell(Arabic, w) || d->spell(Persian, persian) || d->spell(Persian, w);
}

QStringList SpellDictionary::available()
{
    QStringList out;
    for (int i = 0; i < DictCount; ++i)
        if (d->dict(Dict(i)))
            out.append(QString::fromUtf16(Names[size_t(i)]));
    return out;
}

} // namespace maharat::search
