#include "spelldictionary.h"

#include "logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <hunspell.hxx>

#include <array>
#include <atomic>
#include <future>
#include <mutex>

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

// The dictionaries of one list of folders, loaded once per process on a thread of their own.
struct LoadedDictionaries
{
    QStringList folders;
    std::array<std::unique_ptr<Hunspell>, DictCount> dicts;
    qint64 loadMs = 0;
    std::shared_future<void> ready;
    // Hunspell keeps state between calls: one word at a time.
    std::mutex use;

    // Set when the process ends: a load still running stops after the dictionary at hand.
    std::atomic<bool> abandoned{false};

    ~LoadedDictionaries()
    {
        // The loading thread writes into this object.
        abandoned = true;
        if (ready.valid())
            ready.wait();
    }

    void load()
    {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < DictCount && !abandoned; ++i)
            dicts[size_t(i)] = loadOne(Dict(i));
        loadMs = clock.elapsed();
        qCDebug(lcSearch) << "spelling dictionaries loaded in" << loadMs << "ms";
    }

    std::unique_ptr<Hunspell> loadOne(Dict which) const
    {
        const QString name = QString::fromUtf16(Names[which]);
        for (const QString &folder : folders) {
            const QFileInfo aff(QDir(folder).filePath(name + u".aff"_s));
            const QFileInfo dic(QDir(folder).filePath(name + u".dic"_s));
            if (!aff.isFile() || !dic.isFile())
                continue;
            if (aff.size() + dic.size() > MaxDictionaryBytes) {
                qCWarning(lcSearch) << "spelling dictionary too large, not used:" << dic.filePath();
                continue;
            }
            auto h = std::make_unique<Hunspell>(QFile::encodeName(aff.filePath()).constData(),
                                                QFile::encodeName(dic.filePath()).constData());
            // Debian's three are UTF-8; a dictionary in another encoding could not be asked
            // correctly, so it is not asked at all.
            if (QByteArray(h->get_dict_encoding().c_str()).toUpper() != "UTF-8") {
                qCWarning(lcSearch) << "spelling dictionary not in UTF-8, not used:" << dic.filePath();
                continue;
            }
            qCDebug(lcSearch) << "spelling dictionary" << dic.filePath();
            return h;
        }
        return nullptr;
    }
};

// One set per list of folders for the whole process; started by the first who asks.
std::shared_ptr<LoadedDictionaries> dictionariesFor(const QStringList &folders, std::shared_future<void> *ready)
{
    static std::mutex mutex;
    static QHash<QString, std::shared_ptr<LoadedDictionaries>> sets;
    const std::lock_guard lock(mutex);
    std::shared_ptr<LoadedDictionaries> &set = sets[folders.join(u'\n')];
    if (!set) {
        set = std::make_shared<LoadedDictionaries>();
        set->folders = folders;
        LoadedDictionaries *raw = set.get();
        set->ready = std::async(std::launch::async, [raw] { raw->load(); }).share();
    }
    *ready = set->ready;
    return set;
}

} // namespace

struct SpellDictionary::Private
{
    QStringList folders;
    std::shared_ptr<LoadedDictionaries> loaded;
    // Asking Hunspell costs tens of microseconds a word (the Arabic dictionary more), and typing
    // asks about the same words at every keystroke.
    QHash<QString, bool> known;

    // Our own copy of the set's future: threads wait through their own copies.
    std::shared_future<void> ready;

    void share()
    {
        if (!loaded)
            loaded = dictionariesFor(folders, &ready);
    }

    LoadedDictionaries &dictionaries()
    {
        share();
        ready.wait();
        return *loaded;
    }

    bool spell(Dict which, const QString &word)
    {
        LoadedDictionaries &all = dictionaries();
        Hunspell *h = all.dicts[which].get();
        if (!h)
            return false;
        const std::lock_guard lock(all.use);
        return h->spell(word.toUtf8().toStdString());
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

void SpellDictionary::loadInBackground()
{
    d->share();
}

qint64 SpellDictionary::loadMilliseconds()
{
    return d->dictionaries().loadMs;
}

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
    LoadedDictionaries &all = d->dictionaries();
    for (int i = 0; i < DictCount; ++i)
        if (all.dicts[size_t(i)])
            out.append(QString::fromUtf16(Names[size_t(i)]));
    return out;
}

} // namespace maharat::search
