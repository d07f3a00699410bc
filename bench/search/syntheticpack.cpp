#include "syntheticpack.h"

#include "wordlists.h"

#include <random>

using namespace Qt::StringLiterals;

namespace bench {

namespace {

const QStringList Languages = {u"fa"_s, u"ar"_s, u"en"_s};

class TextGenerator
{
public:
    TextGenerator(const QString &lang, std::mt19937 &rng) : m_lang(lang), m_words(words(lang)), m_rng(rng)
    {
        // Zipf (s = 1): word r is drawn in proportion to 1 / (r + 1), as in natural text.
        std::vector<double> weights;
        for (qsizetype r = 0; r < m_words.size(); ++r)
            weights.push_back(1.0 / double(r + 1));
        m_any = std::discrete_distribution<int>(weights.begin(), weights.end());
        std::vector<double> content(weights.begin() + FunctionWords, weights.end());
        m_content = std::discrete_distribution<int>(content.begin(), content.end());
    }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

    QString word()
    {
        if (m_lang != u"en" && chance(1.0 / 40))
            return latinTokens().at(uniform(0, int(latinTokens().size()) - 1));
        if (chance(1.0 / 60))
            return number(uniform(2, 250));
        return m_words.at(m_any(m_rng));
    }

    QString contentWord() { return m_words.at(FunctionWords + m_content(m_rng)); }

    QString number(int n)
    {
        QString s = QString::number(n);
        // Persian and Arabic texts write their own digits.
        const char16_t zero = m_lang == u"fa" ? u'\u06F0' : m_lang == u"ar" ? u'\u0660' : u'0';
        for (QChar &c : s)
            c = QChar(char16_t(zero + (c.unicode() - u'0')));
        return s;
    }

    QString sentence(int lo, int hi)
    {
        const int n = uniform(lo, hi);
        QStringList w;
        for (int i = 0; i < n; ++i) {
            QString x = word();
            if (i + 1 < n && chance(0.07))
                x += m_lang == u"en" ? u","_s : u"،"_s;
            w.append(x);
        }
        QString s = w.join(u' ');
        if (m_lang == u"en")
            s[0] = s[0].toUpper();
        s += chance(0.1) ? (m_lang == u"en" ? u"?"_s : u"؟"_s) : u"."_s;
        return s;
    }

    QString sentences(int count, int lo, int hi)
    {
        QStringList s;
        for (int i = 0; i < count; ++i)
            s.append(sentence(lo, hi));
        return s.join(u' ');
    }

    QString title(int lo, int hi)
    {
        const int n = uniform(lo, hi);
        QStringList w;
        for (int i = 0; i < n; ++i)
            w.append(contentWord());
        QString s = w.join(u' ');
        if (m_lang == u"en")
            s[0] = s[0].toUpper();
        return s;
    }

    QString body()
    {
        QStringList blocks;
        for (int p = uniform(2, 3); p > 0; --p)
            blocks.append(sentences(uniform(2, 4), 8, 16));
        blocks.append(u"### "_s + title(2, 4));
        QStringList items;
        for (int i = 1, n = uniform(3, 5); i <= n; ++i)
            items.append(QString::number(i) + u". "_s + sentence(6, 12));
        blocks.append(items.join(u'\n'));
        blocks.append(u"### "_s + title(2, 3));
        blocks.append(u"- **"_s + contentWord() + u"** "_s + sentence(6, 10) + u"\n- "_s + sentence(6, 10));
        return blocks.join(u"\n\n"_s);
    }

private:
    QString m_lang;
    const QStringList &m_words;
    std::mt19937 &m_rng;
    std::discrete_distribution<int> m_any;
    std::discrete_distribution<int> m_content;
};

// Long Persian words can push two sentences past the summary limit (300): cut at a word.
QString limited(QString s, int max)
{
    if (s.size() <= max)
        return s;
    s.truncate(s.lastIndexOf(u' ', max - 1));
    return s + u'.';
}

QString id(QStringView prefix, int n, int width)
{
    return prefix + QString::number(n).rightJustified(width, u'0');
}

} // namespace

maharat::PackContent syntheticPack(int topics, quint32 seed)
{
    using namespace maharat;
    std::mt19937 rng(seed);
    QMap<QString, TextGenerator *> gen;
    TextGenerator fa(u"fa"_s, rng), ar(u"ar"_s, rng), en(u"en"_s, rng);
    gen.insert(u"fa"_s, &fa);
    gen.insert(u"ar"_s, &ar);
    gen.insert(u"en"_s, &en);

    PackContent c;
    Manifest &m = c.manifest;
    m.id = u"org.maharat.bench.synthetic"_s;
    m.version = 1;
    m.publisher = u"Maharat benchmark"_s;
    m.created = u"2024-05-01"_s;
    m.license = u"CC0-1.0"_s;
    m.languages = Languages;
    m.title = {{u"fa"_s, u"بسته‌ی مصنوعی"_s}, {u"ar"_s, u"حزمة اصطناعية"_s}, {u"en"_s, u"Synthetic pack"_s}};
    m.description = m.title;

    constexpr int Categories = 20;
    for (int i = 1; i <= Categories; ++i) {
        Category cat{id(u"cat-", i, 2), i, {}};
        for (const QString &lang : Languages)
            cat.title.insert(lang, gen[lang]->title(1, 3));
        c.categories.append(cat);
    }
    for (int t = 1; t <= topics; ++t) {
        Skill s;
        s.id = id(u"topic-", t, 5);
        s.categoryId = id(u"cat-", 1 + (t - 1) % Categories, 2);
        s.order = t;
        for (const QString &lang : Languages) {
            TextGenerator &g = *gen[lang];
            s.text.insert(lang, SkillText{g.title(2, 5), limited(g.sentences(g.uniform(1, 2), 8, 14), 290), g.body()});
        }
        for (int e = 1; e <= 2; ++e) {
            Example ex;
            ex.id = s.id + u".ex"_s + QString::number(e);
            ex.order = e;
            for (const QString &lang : Languages) {
                TextGenerator &g = *gen[lang];
                ex.text.insert(lang, ExampleText{g.sentence(10, 20), g.sentence(5, 10), g.sentence(8, 16),
                                                 g.sentence(12, 22), {}, {}});
            }
            s.examples.append(ex);
        }
        c.skills.append(s);
    }
    return c;
}

} // namespace bench
