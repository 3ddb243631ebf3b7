// BILOU labels ↔ spans and the Viterbi decoder (analysis/ner/NerLabels.h, NerDecoder.h).
#include "analysis/ner/NerDecoder.h"
#include "analysis/ner/NerLabels.h"

#include <QTest>

#include <vector>

using namespace lede::ner;

Q_DECLARE_METATYPE(QList<LabelSpan>)

namespace {

QList<std::uint8_t> labels(std::initializer_list<int> ls)
{
    QList<std::uint8_t> out;
    for (int l : ls)
        out.append(std::uint8_t(l));
    return out;
}

int B(int t) { return label(Part::B, t); }
int I(int t) { return label(Part::I, t); }
int L(int t) { return label(Part::L, t); }
int U(int t) { return label(Part::U, t); }

} // namespace

class TestNerDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelEncoding()
    {
        QCOMPARE(kLabelCount, 17);
        for (int t = 0; t < kTypeCount; ++t)
            for (Part p : {Part::B, Part::I, Part::L, Part::U}) {
                QCOMPARE(partOf(label(p, t)), p);
                QCOMPARE(typeOf(label(p, t)), t);
            }
        QCOMPARE(partOf(0), Part::O);
        QCOMPARE(typeOf(0), -1);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QList<LabelSpan>>("spans");
        QTest::newRow("empty") << 3 << QList<LabelSpan>{};
        QTest::newRow("unit") << 3 << QList<LabelSpan>{{1, 2, 0}};
        QTest::newRow("two tokens") << 4 << QList<LabelSpan>{{0, 2, 2}};
        QTest::newRow("long") << 6 << QList<LabelSpan>{{1, 5, 1}};
        QTest::newRow("adjacent different types") << 4 << QList<LabelSpan>{{0, 2, 0}, {2, 4, 3}};
        QTest::newRow("adjacent same type") << 3 << QList<LabelSpan>{{0, 1, 1}, {1, 3, 1}};
    }
    void roundTrip()
    {
        QFETCH(int, n);
        QFETCH(QList<LabelSpan>, spans);
        const QList<std::uint8_t> ls = spansToLabels(spans, n);
        QCOMPARE(ls.size(), n);
        QCOMPARE(labelsToSpans(ls), spans);
        for (int i = 0; i < n; ++i)
            QVERIFY(allowedTransition(i == 0 ? -1 : ls[i - 1], ls[i]));
        QVERIFY(n == 0 || allowedEnd(ls.back()));
    }

    void tolerantSpans_data()
    {
        QTest::addColumn<QList<std::uint8_t>>("input");
        QTest::addColumn<QList<LabelSpan>>("spans");
        QTest::newRow("lone I") << labels({0, I(0), 0}) << QList<LabelSpan>{{1, 2, 0}};
        QTest::newRow("B without L") << labels({B(1), I(1), 0}) << QList<LabelSpan>{{0, 2, 1}};
        QTest::newRow("type change") << labels({B(0), L(2)}) << QList<LabelSpan>{{0, 1, 0}, {1, 2, 2}};
        QTest::newRow("B at end") << labels({0, B(3)}) << QList<LabelSpan>{{1, 2, 3}};
    }
    void tolerantSpans()
    {
        QFETCH(QList<std::uint8_t>, input);
        QFETCH(QList<LabelSpan>, spans);
        QCOMPARE(labelsToSpans(input), spans);
    }

    void transitions()
    {
        QVERIFY(allowedTransition(-1, 0));
        QVERIFY(allowedTransition(-1, B(0)));
        QVERIFY(!allowedTransition(-1, I(0)));
        QVERIFY(!allowedTransition(-1, L(0)));
        QVERIFY(allowedTransition(B(1), I(1)));
        QVERIFY(allowedTransition(B(1), L(1)));
        QVERIFY(!allowedTransition(B(1), L(2)));
        QVERIFY(!allowedTransition(B(1), 0));
        QVERIFY(allowedTransition(L(1), B(1)));
        QVERIFY(!allowedTransition(U(1), I(1)));
        QVERIFY(!allowedEnd(B(0)));
        QVERIFY(!allowedEnd(I(0)));
        QVERIFY(allowedEnd(L(0)));
    }

    // The emission argmax is B-PER at the last token, which cannot end a sentence: Viterbi
    // must choose the best valid sequence instead.
    void viterbiRespectsConstraints()
    {
        std::vector<float> em(2 * kLabelCount, 0.0f);
        std::vector<float> tr(kTransitionCount, 0.0f);
        em[size_t(B(0))] = 1.0f;                   // token 0: B-PER
        em[kLabelCount + size_t(B(0))] = 5.0f;     // token 1: B-PER (invalid at the end)
        em[kLabelCount + size_t(U(2))] = 3.0f;     // token 1: U-LOC
        em[kLabelCount + size_t(L(0))] = 0.5f;     // token 1: L-PER
        const QList<std::uint8_t> best = viterbi(em.data(), 2, tr.data());
        // B-PER L-PER scores 1.5; O U-LOC scores 3: the latter wins.
        QCOMPARE(best, labels({0, U(2)}));
    }

    void viterbiUsesTransitions()
    {
        std::vector<float> em(2 * kLabelCount, 0.0f);
        std::vector<float> tr(kTransitionCount, 0.0f);
        em[size_t(U(0))] = 1.0f;
        em[size_t(B(0))] = 0.9f;
        em[kLabelCount + size_t(L(0))] = 0.2f;
        em[kLabelCount + 0] = 0.5f;
        QCOMPARE(viterbi(em.data(), 2, tr.data()), labels({U(0), 0}));
        tr[size_t(B(0) * kLabelCount + L(0))] = 1.0f;  // B-PER → L-PER is likely
        QCOMPARE(viterbi(em.data(), 2, tr.data()), labels({B(0), L(0)}));
        std::fill(tr.begin(), tr.end(), 0.0f);
        tr[size_t((kLabelCount + 1) * kLabelCount + 0)] = -5.0f;  // ending on O is unlikely
        QCOMPARE(viterbi(em.data(), 2, tr.data()), labels({B(0), L(0)}));
    }

    void viterbiEmpty() { QVERIFY(viterbi(nullptr, 0, nullptr).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestNerDecoder)
#include "tst_nerdecoder.moc"
