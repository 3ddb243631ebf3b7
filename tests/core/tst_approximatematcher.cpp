// ApproximateMatcher (Myers' bit-vector algorithm) checked against a plain dynamic-programming
// reference, on fixed cases and on random strings that cross the 64-bit block boundary.
#include "annotations/ApproximateMatcher.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using lede::ApproximateMatcher;

namespace {

// Reference: D[i][j] with D[0][j] = 0 (a match may start anywhere); min over j of D[m][j].
int referenceBest(const QString &p, const QString &t)
{
    const int m = int(p.size());
    std::vector<int> prev(size_t(m) + 1), cur(size_t(m) + 1);
    for (int i = 0; i <= m; ++i)
        prev[size_t(i)] = i;
    int best = m;
    for (QChar c : t) {
        cur[0] = 0;
        for (int i = 1; i <= m; ++i)
            cur[size_t(i)] = std::min({prev[size_t(i)] + 1, cur[size_t(i - 1)] + 1,
                                       prev[size_t(i - 1)] + (p[i - 1] == c ? 0 : 1)});
        best = std::min(best, cur[size_t(m)]);
        std::swap(prev, cur);
    }
    return best;
}

int referenceDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1,
                                       prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

QString randomString(QRandomGenerator &g, int len, const QString &alphabet)
{
    QString s;
    for (int i = 0; i < len; ++i)
        s.append(alphabet[int(g.bounded(alphabet.size()))]);
    return s;
}

} // namespace

class TestApproximateMatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxErrors");
        QTest::addColumn<QString>("found");  // text[start, end) of the best match; "" = none
        QTest::addColumn<int>("errors");

        QTest::newRow("exact") << u"brown fox"_s << u"the quick brown fox jumps"_s << 2 << u"brown fox"_s << 0;
        QTest::newRow("substitution") << u"brown fox"_s << u"the quick brawn fox jumps"_s << 2 << u"brawn fox"_s << 1;
        QTest::newRow("insertion") << u"brown fox"_s << u"the quick broown fox jumps"_s << 2 << u"broown fox"_s << 1;
        QTest::newRow("deletion") << u"brown fox"_s << u"the quick brwn fox jumps"_s << 2 << u"brwn fox"_s << 1;
        QTest::newRow("too many edits") << u"brown fox"_s << u"the quick green cat jumps"_s << 2 << QString() << 0;
        QTest::newRow("empty text") << u"abc"_s << QString() << 1 << QString() << 0;
        QTest::newRow("non-latin") << u"Аунг Сан Су Чжи"_s << u"— сказала Аунг Сан Су Джи вчера"_s << 3
                                   << u"Аунг Сан Су Джи"_s << 1;
        const QString longPattern = QString(u"The purpose of regression testing is to ensure that changes such as "
                                            "those mentioned above have not introduced new faults"_s);
        QString edited = longPattern;
        edited.replace(u"ensure"_s, u"make sure"_s);
        QTest::newRow("two blocks") << longPattern << (u"Intro text. "_s + edited + u" More."_s) << 20 << edited
                                    << referenceDistance(longPattern, edited);
    }
    void find()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(int, maxErrors);
        QFETCH(QString, found);
        QFETCH(int, errors);
        const auto hits = ApproximateMatcher(pattern).findAll(text, maxErrors);
        if (found.isEmpty()) {
            QVERIFY(hits.isEmpty());
            return;
        }
        QVERIFY(!hits.isEmpty());
        const auto &h = hits.first();
        QCOMPARE(text.mid(h.start, h.end - h.start), found);
        QCOMPARE(h.errors, errors);
        QCOMPARE(referenceDistance(pattern, found), errors);
    }

    void randomAgainstReference_data()
    {
        QTest::addColumn<int>("patternLength");
        for (int len : {1, 5, 63, 64, 65, 130, 200})
            QTest::addRow("m=%d", len) << len;
    }
    void randomAgainstReference()
    {
        QFETCH(int, patternLength);
        QRandomGenerator g(quint32(patternLength) * 7919u);
        for (int round = 0; round < 30; ++round) {
            const QString p = randomString(g, patternLength, u"abcd"_s);
            const QString t = randomString(g, 300, u"abcd"_s);
            const int best = referenceBest(p, t);
            const auto hits = ApproximateMatcher(p).findAll(t, patternLength);
            if (best <= patternLength - 1) {
                QVERIFY(!hits.isEmpty());
                QCOMPARE(hits.first().errors, best);
            } else {
                QVERIFY(hits.isEmpty());
            }
            if (!hits.isEmpty()) {
                // the reported span really is that close to the pattern
                const auto &h = hits.first();
                QCOMPARE(referenceDistance(p, t.mid(h.start, h.end - h.start)), h.errors);
            }
            const QString other = randomString(g, patternLength + int(g.bounded(5)), u"abcd"_s);
            QCOMPARE(ApproximateMatcher::editDistance(p, other), referenceDistance(p, other));
        }
    }
};

QTEST_GUILESS_MAIN(TestApproximateMatcher)
#include "tst_approximatematcher.moc"
