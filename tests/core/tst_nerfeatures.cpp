// NER feature extraction (analysis/ner/NerFeatures.h): what makes two tokens look alike to
// the model, gazetteer matching, cluster lookups and sentence-bounded context.
#include "analysis/Tokenizer.h"
#include "analysis/ner/NerFeatures.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace lede;
using namespace lede::ner;
using namespace Qt::Literals::StringLiterals;

namespace {

class FakeLexicon final : public NerLexicon {
public:
    QHash<std::uint64_t, std::uint64_t> words;
    QHash<std::uint64_t, std::uint32_t> phrases;
    std::uint64_t clusters(std::uint64_t k) const override { return words.value(k); }
    std::uint32_t phrase(std::uint64_t k) const override { return phrases.value(k); }
    void addPhrase(const QStringList &tokens, GazetteerList list)
    {
        QList<QStringView> views;
        for (const QString &t : tokens)
            views.append(t);
        for (qsizetype n = 1; n < views.size(); ++n)
            phrases[phraseKeyOf(views.mid(0, n))] |= kPhrasePrefix;
        phrases[phraseKeyOf(views)] |= 1u << list;
    }
};

struct Extracted {
    QString text;
    TokenizedText tt;
    FeatureBuffer fb;
    QSet<std::uint32_t> of(int token) const
    {
        QSet<std::uint32_t> s;
        for (int k = fb.begin[size_t(token)]; k < fb.begin[size_t(token) + 1]; ++k)
            s.insert(fb.keys[size_t(k)]);
        return s;
    }
    int find(QStringView word, int from = 0) const
    {
        for (int i = from; i < tt.tokens.size(); ++i)
            if (QStringView(text).mid(tt.tokens[i].start, tt.tokens[i].length()) == word)
                return i;
        return -1;
    }
};

Extracted extract(const QString &text, const NerLexicon &lex)
{
    Extracted e{text, Tokenizer().tokenize(text), {}};
    NerFeatureExtractor(lex).extract(e.text, e.tt, e.fb);
    return e;
}

} // namespace

class TestNerFeatures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onePerToken()
    {
        FakeLexicon lex;
        const Extracted e = extract(u"Kyaw Win, 59, confirmed Monday.\n\nHe left."_s, lex);
        QCOMPARE(e.fb.tokenCount(), e.tt.tokens.size());
        for (int i = 0; i < e.fb.tokenCount(); ++i) {
            QVERIFY(e.fb.begin[size_t(i + 1)] - e.fb.begin[size_t(i)] >= 20);
            QVERIFY(e.fb.begin[size_t(i + 1)] - e.fb.begin[size_t(i)] <= 128);
            QVERIFY(!e.of(i).contains(0u));
        }
    }

    void deterministic()
    {
        FakeLexicon lex;
        const QString t = u"The U.N. Human Rights Council met in Geneva on Monday."_s;
        QCOMPARE(extract(t, lex).fb.keys, extract(t, lex).fb.keys);
    }

    // The same word in the same context has the same features; a different case or a
    // different neighbour changes some of them.
    void sameContextSameFeatures()
    {
        FakeLexicon lex;
        const Extracted e = extract(u"He met Ann Lee in Paris. She met Ann Lee in Paris."_s, lex);
        const int a = e.find(u"Paris"), b = e.find(u"Paris", a + 1);
        QVERIFY(a >= 0 && b > a);
        QCOMPARE(e.of(a), e.of(b));
        const Extracted lower = extract(u"He met Ann Lee in paris."_s, lex);
        const QSet<std::uint32_t> diff = e.of(a) - lower.of(lower.find(u"paris"));
        QVERIFY(diff.size() >= 3);  // exact word, shape, flags …
    }

    // Context stops at a sentence end: the first word of a sentence does not see the last
    // word of the previous one.
    void contextBoundedBySentence()
    {
        FakeLexicon lex;
        const Extracted x = extract(u"I saw Rome. Paris is big."_s, lex);
        const Extracted y = extract(u"I saw Oslo. Paris is big."_s, lex);
        QCOMPARE(x.of(x.find(u"Paris")), y.of(y.find(u"Paris")));
        const Extracted z = extract(u"I saw Rome and Paris is big."_s, lex);
        QVERIFY(x.of(x.find(u"Paris")) != z.of(z.find(u"Paris")));
    }

    // Context aggregation borrows the words around a capitalised word's other occurrences —
    // words only: a line of its own (a page title, a signature) lends no context, so
    // "Coron" as a guide's title line does not change how "Coron is a town" looks.
    void contextAggregation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("occurrence");  // which "Coron" of text to compare
        QTest::addColumn<bool>("sameAsAlone");  // its features equal those of "Coron is a town."
        QTest::newRow("title line before") << u"Coron\nCoron is a town."_s << 1 << true;
        QTest::newRow("line of its own after") << u"Coron is a town.\nCoron"_s << 0 << true;
        QTest::newRow("a word before the other") << u"We flew to Coron.\nCoron is a town."_s << 1 << false;
        QTest::newRow("a word after the other") << u"Coron Island\nCoron is a town."_s << 1 << false;
    }
    void contextAggregation()
    {
        QFETCH(QString, text);
        QFETCH(int, occurrence);
        QFETCH(bool, sameAsAlone);
        FakeLexicon lex;
        const Extracted alone = extract(u"Coron is a town."_s, lex);
        const Extracted e = extract(text, lex);
        int at = e.find(u"Coron");
        for (int k = 0; k < occurrence; ++k)
            at = e.find(u"Coron", at + 1);
        QVERIFY(at >= 0);
        QCOMPARE(e.of(at) == alone.of(0), sameAsAlone);
    }

    void gazetteerMatch()
    {
        FakeLexicon lex;
        const QString t = u"They flew to New York City yesterday."_s;
        const Extracted plain = extract(t, lex);
        lex.addPhrase({u"New"_s, u"York"_s, u"City"_s}, GazCity);
        const Extracted withGaz = extract(t, lex);
        for (const char16_t *w : {u"New", u"York", u"City"}) {
            const int i = withGaz.find(QStringView(w));
            QVERIFY(!(withGaz.of(i) - plain.of(i)).isEmpty());
        }
        // "yesterday" only gains the feature of its left neighbour being in a phrase.
        const int y = withGaz.find(u"yesterday");
        QCOMPARE((withGaz.of(y) - plain.of(y)).size(), 1);
        // a prefix alone ("New" without "York City") does not match
        const Extracted partial = extract(u"They flew to New Delhi."_s, lex);
        const Extracted partialPlain = extract(u"They flew to New Delhi."_s, FakeLexicon());
        QCOMPARE(partial.of(partial.find(u"New")), partialPlain.of(partialPlain.find(u"New")));
    }

    void gazetteerIgnoresCase()
    {
        FakeLexicon lex;
        lex.addPhrase({u"Geneva"_s}, GazCity);
        const Extracted a = extract(u"in GENEVA today"_s, lex);
        const Extracted b = extract(u"in GENEVA today"_s, FakeLexicon());
        QVERIFY(a.of(1) != b.of(1));
    }

    // A lower-case word in a gazetteer ("geneva") gets more from the match than the
    // capitalised spelling does: the match conjoined with its lower case.
    void lowerCaseGazetteer()
    {
        FakeLexicon lex;
        lex.addPhrase({u"Geneva"_s}, GazCity);
        const FakeLexicon none;
        const Extracted lower = extract(u"flights to geneva today"_s, lex), lowerPlain = extract(u"flights to geneva today"_s, none);
        const Extracted upper = extract(u"flights to Geneva today"_s, lex), upperPlain = extract(u"flights to Geneva today"_s, none);
        const int l = lower.find(u"geneva"), u = upper.find(u"Geneva");
        QVERIFY((lower.of(l) - lowerPlain.of(l)).size() > (upper.of(u) - upperPlain.of(u)).size());
        // the lower-case regime (a sentence that starts in lower case) is a feature of its own
        const Extracted capitalStart = extract(u"Flights to geneva today"_s, lex);
        QVERIFY(capitalStart.of(capitalStart.find(u"geneva")) != lower.of(l));
    }

    // The dictionary lists are lists like the others: a common word and a proper name differ.
    void dictionaryLists()
    {
        FakeLexicon common, proper;
        common.addPhrase({u"service"_s}, GazCommonWord);
        proper.addPhrase({u"service"_s}, GazProperName);
        const QString t = u"Great Service here."_s;
        const Extracted a = extract(t, common), b = extract(t, proper);
        QVERIFY(a.of(1) != b.of(1));
    }

    void clustersAddFeatures()
    {
        FakeLexicon lex;
        const Extracted before = extract(u"Officials in Naypyidaw said so."_s, lex);
        lex.words.insert(wordKeyOf(u"Naypyidaw"), 0x0001000200030004ULL);
        const Extracted after = extract(u"Officials in Naypyidaw said so."_s, lex);
        const int i = after.find(u"Naypyidaw");
        QVERIFY((after.of(i) - before.of(i)).size() >= 4);
        // an all-caps spelling finds the cluster of the capitalised word
        const Extracted caps = extract(u"OFFICIALS IN NAYPYIDAW SAID SO."_s, lex);
        const Extracted capsBefore = extract(u"OFFICIALS IN NAYPYIDAW SAID SO."_s, FakeLexicon());
        const int j = caps.find(u"NAYPYIDAW");
        QVERIFY((caps.of(j) - capsBefore.of(j)).size() >= 4);
    }

    // Document-level evidence: a sentence-initial word seen in lower case elsewhere looks
    // different from one that is not.
    void documentCase()
    {
        FakeLexicon lex;
        const Extracted a = extract(u"Rice is cheap. We eat rice."_s, lex);
        const Extracted b = extract(u"Rice is cheap. We eat bread."_s, lex);
        QVERIFY(a.of(0) != b.of(0));
    }

    void emptyText()
    {
        FakeLexicon lex;
        const Extracted e = extract(QString(), lex);
        QCOMPARE(e.fb.tokenCount(), 0);
        QVERIFY(e.fb.keys.empty());
    }
};

QTEST_GUILESS_MAIN(TestNerFeatures)
#include "tst_nerfeatures.moc"
