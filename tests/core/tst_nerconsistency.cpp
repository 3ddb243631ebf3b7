// Document-level consistency rules of the NER (analysis/ner/NerConsistency.h): what they do
// to the decoder's mentions of invented sentences.
#include "analysis/Tokenizer.h"
#include "analysis/ner/NerConsistency.h"
#include "MarkedMentions.h"

#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

namespace {

using test::Marked;
Marked parse(QStringView marked) { return test::parseMarked(marked); }

// The mentions written back as "[text|TYPE]".
QString render(const QString &text, const QList<Mention> &mentions)
{
    QString out;
    int at = 0;
    for (const Mention &m : mentions) {
        out += QStringView(text).mid(at, m.range.start - at);
        out += u'[' + QStringView(text).mid(m.range.start, m.range.length()) + u'|' + entityTypeCode(m.type) + u']';
        at = m.range.end;
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace

class TestNerConsistency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // 0. addresses and file names are not names
        QTest::newRow("e-mail address") << u"Write to [kevin.boone@example.com|PER] today."_s
                                        << u"Write to kevin.boone@example.com today."_s;
        QTest::newRow("web address") << u"See [http://www.example.org/news|ORG] for more."_s
                                     << u"See http://www.example.org/news for more."_s;
        QTest::newRow("file name") << u"See attached file [CrudeStocks.pdf|PER] now."_s
                                   << u"See attached file CrudeStocks.pdf now."_s;
        QTest::newRow("part of an e-mail address") << u"Write to [Kevin|PER].A.Boone@example.com today."_s
                                                   << u"Write to Kevin.A.Boone@example.com today."_s;
        QTest::newRow("part of a URL query") << u"Open http://www.example.com/search?q=x&[sourceid|PER]=chrome now."_s
                                             << u"Open http://www.example.com/search?q=x&sourceid=chrome now."_s;
        QTest::newRow("part of a host name") << u"Read news.[bbc|ORG].co.uk/world today."_s
                                             << u"Read news.bbc.co.uk/world today."_s;
        QTest::newRow("part of a file name") << u"Open [Lisa|PER]_coverletter.doc please."_s
                                             << u"Open Lisa_coverletter.doc please."_s;
        QTest::newRow("a whole domain stays") << u"Buy it at [Amazon.com|ORG] today."_s
                                              << u"Buy it at [Amazon.com|ORG] today."_s;
        QTest::newRow("a company named by its domain stays") << u"[Amazon|ORG].com said so."_s
                                                             << u"[Amazon|ORG].com said so."_s;
        QTest::newRow("a domain with a possessive stays") << u"[Amazon.com|ORG]'s profits rose."_s
                                                          << u"[Amazon.com|ORG]'s profits rose."_s;
        QTest::newRow("a name in parentheses stays") << u"The agency ([NASA|ORG]) said."_s
                                                     << u"The agency ([NASA|ORG]) said."_s;
        QTest::newRow("a name with a possessive stays") << u"[Kyaw Win|PER]'s office."_s
                                                        << u"[Kyaw Win|PER]'s office."_s;
        QTest::newRow("initials stay") << u"[J.R.R. Tolkien|PER] wrote it."_s << u"[J.R.R. Tolkien|PER] wrote it."_s;
        QTest::newRow("a name stays") << u"Write to [Kevin Boone|PER] today."_s << u"Write to [Kevin Boone|PER] today."_s;
        // 8. storms are MISC
        QTest::newRow("after Hurricane") << u"Hurricane [Katrina|PER] hit the coast."_s
                                         << u"Hurricane [Katrina|MISC] hit the coast."_s;
        QTest::newRow("after lower-case cyclone") << u"The cyclone [Phailin|LOC] weakened."_s
                                                  << u"The cyclone [Phailin|MISC] weakened."_s;
        QTest::newRow("storm word inside") << u"[Typhoon Haiyan|ORG] hit the coast."_s
                                           << u"[Typhoon Haiyan|MISC] hit the coast."_s;
        QTest::newRow("the storm alone") << u"The [Hurricane|ORG] won the game."_s
                                         << u"The [Hurricane|ORG] won the game."_s;
        QTest::newRow("every mention of the storm") << u"Cyclone [Phailin|PER] came. [Phailin|PER] left. [Phailin|PER] died."_s
                                          << u"Cyclone [Phailin|MISC] came. [Phailin|MISC] left. [Phailin|MISC] died."_s;
        // 1. the majority type, unless the model is sure
        QTest::newRow("majority type") << u"[Lena Diaz|ORG] spoke. [Lena Diaz|PER] left. [Lena Diaz|PER] came back."_s
                                       << u"[Lena Diaz|PER] spoke. [Lena Diaz|PER] left. [Lena Diaz|PER] came back."_s;
        QTest::newRow("sure of its type") << u"[Lena Diaz|ORG|0.95] spoke. [Lena Diaz|PER] left. [Lena Diaz|PER] came."_s
                                          << u"[Lena Diaz|ORG] spoke. [Lena Diaz|PER] left. [Lena Diaz|PER] came."_s;
        // 5. repeats of a tagged name: two words or more only
        QTest::newRow("multi-word repeat") << u"[Lena Diaz|PER] spoke. We met Lena Diaz later."_s
                                           << u"[Lena Diaz|PER] spoke. We met [Lena Diaz|PER] later."_s;
        QTest::newRow("one-word repeat") << u"Dr. [Grant|PER] spoke. Grant money was late."_s
                                         << u"Dr. [Grant|PER] spoke. Grant money was late."_s;
        // 5. a name, an organisation head noun, "for"/"of" and a place: one organisation
        QTest::newRow("campaign for a place") << u"He heads the [U.S.|LOC] Campaign for [Burma|LOC] now."_s
                                              << u"He heads the [U.S. Campaign for Burma|ORG] now."_s;
        QTest::newRow("foundation for a place") << u"The [Soros|PER] Foundation for [Burma|LOC] paid."_s
                                                << u"The [Soros Foundation for Burma|ORG] paid."_s;
        QTest::newRow("a head noun already in a name") << u"The [Arab|MISC] League of [Syria|LOC] met."_s
                                                       << u"The [Arab League|ORG] of [Syria|LOC] met."_s;
        QTest::newRow("no head noun between") << u"[Kyaw Win|PER] left for [Burma|LOC] today."_s
                                              << u"[Kyaw Win|PER] left for [Burma|LOC] today."_s;
        QTest::newRow("not a place after") << u"The [U.S.|LOC] Campaign for [Kyaw Win|PER] grew."_s
                                           << u"The [U.S.|LOC] Campaign for [Kyaw Win|PER] grew."_s;
        QTest::newRow("a comma between") << u"In [Paris|LOC], Campaign for [Burma|LOC] met."_s
                                         << u"In [Paris|LOC], Campaign for [Burma|LOC] met."_s;
        // 7. titles before a person's name
        QTest::newRow("Miss") << u"He fell in love with [Miss Chaworth|PER] that year."_s
                              << u"He fell in love with Miss [Chaworth|PER] that year."_s;
        QTest::newRow("Justice") << u"As [Justice Scalia|PER] wrote."_s << u"As Justice [Scalia|PER] wrote."_s;
        QTest::newRow("two titles") << u"Then [Emperor General Norton|PER] spoke."_s
                                    << u"Then Emperor General [Norton|PER] spoke."_s;
        QTest::newRow("title only") << u"The [Emperor|PER] spoke."_s << u"The [Emperor|PER] spoke."_s;
        QTest::newRow("not a person") << u"She works at [General Motors|ORG] now."_s
                                      << u"She works at [General Motors|ORG] now."_s;
    }

    void rules()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Marked m = parse(input);
        const TokenizedText tt = Tokenizer().tokenize(m.text);
        ner::applyDocumentConsistency(m.text, tt, m.mentions);
        QCOMPARE(render(m.text, m.mentions), expected);
    }
};

QTEST_GUILESS_MAIN(TestNerConsistency)
#include "tst_nerconsistency.moc"
