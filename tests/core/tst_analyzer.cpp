// Analyzer: the pipeline end to end on small texts — mentions are sorted and disjoint,
// dates come from rules, mentions of one entity are grouped, quotes are found; progress and
// cancellation work.
#include "analysis/Analyzer.h"
#include "analysis/DateRecognizer.h"
#include "analysis/Tokenizer.h"

#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

class TestAnalyzer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mentionsSortedAndDisjoint();
    void dates_data();
    void dates();
    void groupsRepeatsAndAliases();
    void directQuoteWithSpeaker();
    void mergeMentionsPrefersLonger();
    void progressAndCancel();

private:
    std::shared_ptr<const Analyzer> m_analyzer;
};

void TestAnalyzer::initTestCase()
{
    auto a = Analyzer::create();
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
    m_analyzer = *a;
}

void TestAnalyzer::mentionsSortedAndDisjoint()
{
    const QString text = u"Kyaw Win met Hillary Rodham Clinton in Washington on Monday. Kyaw Win left."_s;
    const auto a = m_analyzer->analyze(text);
    QVERIFY(a.ok());
    QVERIFY(a->mentions.size() >= 4);
    for (int i = 1; i < a->mentions.size(); ++i)
        QVERIFY(a->mentions[i - 1].range.end <= a->mentions[i].range.start);
    for (const Mention &m : a->mentions) {
        QVERIFY(m.entity >= 0 && m.entity < a->entities.size());
        QVERIFY(a->entities[m.entity].mentions.contains(int(&m - a->mentions.data())));
    }
}

void TestAnalyzer::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("weekday") << u"He confirmed Monday that he left."_s << QStringList{u"Monday"_s};
    QTest::newRow("relative") << u"After the elections last year, this weekend and next month."_s
                              << QStringList{u"last year"_s, u"this weekend"_s, u"next month"_s};
    QTest::newRow("decades") << u"She spent the past two decades under arrest."_s
                             << QStringList{u"the past two decades"_s};
    QTest::newRow("full date") << u"On July 4, 2011, and on 5 March 2003 too."_s
                               << QStringList{u"July 4, 2011"_s, u"5 March 2003"_s};
    QTest::newRow("years") << u"He arrived in 2008 and left in 2011."_s << QStringList{u"2008"_s, u"2011"_s};
    QTest::newRow("not a year") << u"There were 2008 votes."_s << QStringList{};
    QTest::newRow("may verb") << u"It May be late. We met in May 2010."_s << QStringList{u"May 2010"_s};
    QTest::newRow("deictic") << u"Yesterday he said today is fine."_s << QStringList{u"Yesterday"_s, u"today"_s};
}

void TestAnalyzer::dates()
{
    QFETCH(QString, text);
    QFETCH(QStringList, dates);
    const TokenizedText tt = Tokenizer().tokenize(text);
    QStringList got;
    for (const Mention &m : DateRecognizer().recognize(text, tt)) {
        QCOMPARE(m.type, EntityType::DATE);
        got << text.mid(m.range.start, m.range.length());
    }
    QCOMPARE(got, dates);
}

void TestAnalyzer::groupsRepeatsAndAliases()
{
    const QString text = u"Burma, also known as Myanmar, freed Aung San Suu Kyi. Suu Kyi thanked Burma’s people. "
                         u"The United Nations and the U.N. Security Council met in the United States; the U.S. "
                         u"abstained."_s;
    const auto a = m_analyzer->analyze(text);
    QVERIFY(a.ok());
    auto entityOf = [&](const QString &surface) {
        for (const Mention &m : a->mentions)
            if (text.mid(m.range.start, m.range.length()) == surface)
                return m.entity;
        return -2;
    };
    QCOMPARE(entityOf(u"Myanmar"_s), entityOf(u"Burma"_s));
    QCOMPARE(entityOf(u"Suu Kyi"_s), entityOf(u"Aung San Suu Kyi"_s));
    QCOMPARE(entityOf(u"U.S."_s), entityOf(u"United States"_s));
    QVERIFY(entityOf(u"Burma"_s) >= 0);
    QVERIFY(entityOf(u"Burma"_s) != entityOf(u"Aung San Suu Kyi"_s));
    QCOMPARE(a->entities[entityOf(u"Suu Kyi"_s)].name, u"Aung San Suu Kyi"_s);
}

void TestAnalyzer::directQuoteWithSpeaker()
{
    const QString text = u"Kyaw Win left his post.\n\n“The truth is that officials are consolidating power,” he "
                         u"wrote in his letter. “Oppression is rising.”"_s;
    const auto a = m_analyzer->analyze(text);
    QVERIFY(a.ok());
    QCOMPARE(a->quotes.size(), 1);
    const Quote &q = a->quotes.front();
    QCOMPARE(q.kind, QuoteKind::Direct);
    QCOMPARE(q.parts.size(), 2);
    QCOMPARE(text.mid(q.parts[0].start, q.parts[0].length()),
             u"The truth is that officials are consolidating power,"_s);
    QCOMPARE(text.mid(q.parts[1].start, q.parts[1].length()), u"Oppression is rising."_s);
    QVERIFY(q.cue.has_value());
    QCOMPARE(text.mid(q.cue->start, q.cue->length()), u"wrote"_s);
    QVERIFY(q.speakerEntity >= 0);
    QCOMPARE(a->entities[q.speakerEntity].name, u"Kyaw Win"_s);
}

void TestAnalyzer::mergeMentionsPrefersLonger()
{
    const QList<Mention> named{{{0, 16}, EntityType::MISC, 1, -1}, {{20, 26}, EntityType::PER, 1, -1}};
    const QList<Mention> dates{{{0, 12}, EntityType::DATE, 1, -1}, {{20, 26}, EntityType::DATE, 1, -1},
                               {{30, 34}, EntityType::DATE, 1, -1}};
    const QList<Mention> merged = mergeMentions(named, dates);
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged[0].type, EntityType::MISC);  // longer
    QCOMPARE(merged[1].type, EntityType::PER);   // tie: the named entity
    QCOMPARE(merged[2].type, EntityType::DATE);
}

void TestAnalyzer::progressAndCancel()
{
    QString text;
    while (text.size() < 600'000)
        text += u"Kyaw Win said on Monday that Burma would change. “We will prevail,” he said.\n\n"_s;
    QList<double> seen;
    const auto ok = m_analyzer->analyze(text, {}, [&](double f) { seen << f; });
    QVERIFY(ok.ok());
    QVERIFY(seen.size() >= 4);
    QCOMPARE(seen.front(), 0.0);
    QCOMPARE(seen.back(), 1.0);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));

    CancelToken cancel;
    int calls = 0;
    const auto stopped = m_analyzer->analyze(text, cancel, [&](double) {
        if (++calls == 2)
            cancel.cancel();
    });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
