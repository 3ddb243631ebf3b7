// Quotes on real articles. The sample article (shipped in resources/) against its hand-made
// gold in shared/samples (every direct and mixed quote found with the right speaker, the
// nested one included; at least 4 of the 6 reported ones; no false quote). And invariants
// over the PolNeAR dev articles, read from LEDE_SHARED_DIR at test time (never copied into
// the repository): ranges inside the text, parts inside the range and in order, sorted
// quotes, speakers and cues outside the content. Skipped when shared/ is absent.
#ifndef Q_MOC_RUN  // moc of Qt 6.4 cannot parse <compare>/<concepts> from the core headers
#include "analysis/Analyzer.h"
#include "core/Resources.h"
#endif

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

// overlap / union of two ranges, over non-space characters
double overlap(QStringView text, TextRange a, TextRange b)
{
    int inter = 0, uni = 0;
    for (int i = std::min(a.start, b.start); i < std::max(a.end, b.end); ++i) {
        if (text[i].isSpace() || text[i].isPunct())
            continue;
        const bool inA = a.contains(i), inB = b.contains(i);
        inter += inA && inB ? 1 : 0;
        uni += inA || inB ? 1 : 0;
    }
    return uni ? double(inter) / uni : 0.0;
}

} // namespace

class TestQuoteCorpus : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const Analyzer> m_analyzer;

private Q_SLOTS:
    void initTestCase()
    {
        auto a = Analyzer::create();
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        m_analyzer = *a;
    }

    void sampleArticle()
    {
        const QString goldPath = QStringLiteral(LEDE_SHARED_DIR) + u"/samples/burma-diplomat-defects.gold.json"_s;
        QFile goldFile(goldPath);
        if (!goldFile.open(QIODevice::ReadOnly))
            QSKIP("shared/samples gold not available");
        initResources();
        QFile textFile(u":/samples/burma-diplomat-defects.txt"_s);
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(textFile.readAll());
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
        auto analysis = m_analyzer->analyze(text);
        QVERIFY(analysis.ok());
        const QList<Quote> &quotes = analysis->quotes;

        QList<bool> predUsed(quotes.size(), false);
        int directMixed = 0, directMixedOk = 0, indirect = 0, indirectFound = 0;
        for (const QJsonValue &v : gold.value(u"quotes"_s).toArray()) {
            const QJsonObject g = v.toObject();
            // the sample is BMP-only: code points = UTF-16 indices
            const TextRange gr{g.value(u"start"_s).toInt(), g.value(u"end"_s).toInt()};
            QCOMPARE(text.mid(gr.start, gr.length()), g.value(u"text"_s).toString());
            int best = -1;
            double bestOv = 0.5;
            for (int i = 0; i < quotes.size(); ++i) {
                const double ov = overlap(text, gr, quotes[i].range);
                if (!predUsed[i] && ov >= bestOv) {
                    bestOv = ov;
                    best = i;
                }
            }
            const bool isIndirect = g.value(u"kind"_s).toString() == u"indirect";
            (isIndirect ? indirect : directMixed) += 1;
            if (best < 0) {
                if (!isIndirect)
                    qWarning("missed: %s", qPrintable(g.value(u"text"_s).toString().left(60)));
                continue;
            }
            predUsed[best] = true;
            const Quote &q = quotes[best];
            const QString speaker = q.speakerEntity >= 0 ? analysis->entities[q.speakerEntity].name
                                    : q.speaker ? text.mid(q.speaker->start, q.speaker->length())
                                                : QString();
            const bool speakerOk = speaker.compare(g.value(u"speaker"_s).toString(), Qt::CaseInsensitive) == 0;
            if (isIndirect)
                ++indirectFound;
            else if (speakerOk)
                ++directMixedOk;
            else
                qWarning("speaker %s, expected %s", qPrintable(speaker), qPrintable(g.value(u"speaker"_s).toString()));
        }
        QCOMPARE(directMixed, 7);
        QCOMPARE(directMixedOk, 7);
        QCOMPARE(indirect, 6);
        QVERIFY2(indirectFound >= 4, qPrintable(QString::number(indirectFound)));
        QCOMPARE(predUsed.count(false), 0);  // no false quote
    }

    void corpusInvariants()
    {
        QFile f(QStringLiteral(LEDE_SHARED_DIR) + u"/data/quotes/polnear/dev.jsonl"_s);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("shared/data/quotes/polnear not available");
        int docs = 0, total = 0;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            if (line.trimmed().isEmpty())
                continue;
            const QString text = QJsonDocument::fromJson(line).object().value(u"text"_s).toString();
            auto a = m_analyzer->analyze(text);
            QVERIFY(a.ok());
            ++docs;
            int prevStart = -1;
            for (const Quote &q : a->quotes) {
                ++total;
                QVERIFY(q.range.start >= 0 && q.range.end <= text.size() && !q.range.isEmpty());
                QVERIFY(q.range.start >= prevStart);
                prevStart = q.range.start;
                QVERIFY(!q.parts.isEmpty());
                int lo = INT_MAX, hi = -1, last = -1;
                for (const TextRange &p : q.parts) {
                    QVERIFY(!p.isEmpty() && p.start >= last);
                    last = p.end;
                    lo = std::min(lo, p.start);
                    hi = std::max(hi, p.end);
                }
                QCOMPARE(q.range, (TextRange{lo, hi}));
                if (q.cue)
                    QVERIFY(q.cue->end <= text.size() && !q.cue->isEmpty());
                if (q.speaker) {
                    QVERIFY(q.speaker->end <= text.size() && !q.speaker->isEmpty());
                    for (const TextRange &p : q.parts)
                        QVERIFY2(!p.contains(*q.speaker), qPrintable(text.mid(q.speaker->start, q.speaker->length())));
                }
                QVERIFY(q.speakerEntity < a->entities.size());
            }
        }
        QVERIFY(docs > 50);
        QVERIFY(total > docs);  // news articles quote people
    }
};

QTEST_GUILESS_MAIN(TestQuoteCorpus)
#include "tst_quotecorpus.moc"
