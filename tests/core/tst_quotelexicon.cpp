// QuoteLexicon: cue forms and frames from the table, closed-class flags, pronoun features,
// given-name genders — both from the shipped resources and from small inline tables.
#ifndef Q_MOC_RUN  // moc of Qt 6.4 cannot parse <compare>/<concepts> from the core headers
#include "analysis/QuoteLexicon.h"
#endif

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

class TestQuoteLexicon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shippedCues_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("lemma");  // empty: not a cue
        QTest::addColumn<int>("cls");
        QTest::newRow("said") << u"said"_s << u"say"_s << int(CueClass::Speech);
        QTest::newRow("telling") << u"telling"_s << u"tell"_s << int(CueClass::Speech);
        QTest::newRow("warned") << u"warned"_s << u"warn"_s << int(CueClass::Speech);
        QTest::newRow("urges") << u"urges"_s << u"urge"_s << int(CueClass::Speech);
        QTest::newRow("confirmed") << u"confirmed"_s << u"confirm"_s << int(CueClass::Speech);
        QTest::newRow("emphasised (British)") << u"emphasised"_s << u"emphasize"_s << int(CueClass::Speech);
        QTest::newRow("believes") << u"believes"_s << u"believe"_s << int(CueClass::Attitude);
        QTest::newRow("not a cue") << u"table"_s << QString() << 0;
        QTest::newRow("upper case is not looked up") << u"Said"_s << QString() << 0;
    }
    void shippedCues()
    {
        QFETCH(QString, form);
        QFETCH(QString, lemma);
        QFETCH(int, cls);
        const CueInfo *c = QuoteLexicon::get().cue(form);
        QCOMPARE(c ? c->lemma : QString(), lemma);
        if (c)
            QCOMPARE(int(c->cls), cls);
    }

    void frames()
    {
        const QuoteLexicon lex(u"# comment\ntell\ttell told telling\tspeech\tlistener\n"
                               u"point\tpointed\tspeech\t+out,particle\nhope\thoped\tattitude\n"
                               u"exclaim\texclaimed\tspeech\tdirectonly\nbroken line\n"_s,
                               u"maria\tf\njohn\tm\n"_s);
        QVERIFY(lex.cue(u"told"_s)->has(CueFrame::Listener));
        QVERIFY(lex.cue(u"told"_s)->has(CueFrame::PastParticiple));
        QVERIFY(lex.cue(u"telling"_s)->has(CueFrame::Participle));
        QVERIFY(lex.cue(u"pointed"_s)->has(CueFrame::NeedsParticle));
        QCOMPARE(lex.cue(u"pointed"_s)->particles, QStringList{u"out"_s});
        QCOMPARE(lex.cue(u"hoped"_s)->cls, CueClass::Attitude);
        QVERIFY(lex.cue(u"exclaimed"_s)->has(CueFrame::DirectOnly));
        QVERIFY(!lex.cue(u"broken"_s));
        QCOMPARE(lex.givenNameGender(u"Maria"), Gender::Female);
        QCOMPARE(lex.givenNameGender(u"JOHN"), Gender::Male);
        QCOMPARE(lex.givenNameGender(u"Kyaw"), Gender::Unknown);
    }

    void words_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<uint>("flag");
        QTest::addColumn<bool>("has");
        QTest::newRow("he pronoun") << u"he"_s << uint(WordFlag::Pronoun) << true;
        QTest::newRow("the determiner") << u"the"_s << uint(WordFlag::Determiner) << true;
        QTest::newRow("has auxiliary") << u"has"_s << uint(WordFlag::Auxiliary) << true;
        QTest::newRow("-ly adverb") << u"repeatedly"_s << uint(WordFlag::Adverb) << true;
        QTest::newRow("family is no adverb") << u"family"_s << uint(WordFlag::Adverb) << false;
        QTest::newRow("reporters listener") << u"reporters"_s << uint(WordFlag::Listener) << true;
        QTest::newRow("monday temporal") << u"monday"_s << uint(WordFlag::Temporal) << true;
        QTest::newRow("open class") << u"diplomat"_s << uint(0xFFFFFFFF) << false;
    }
    void words()
    {
        QFETCH(QString, word);
        QFETCH(uint, flag);
        QFETCH(bool, has);
        QCOMPARE((QuoteLexicon::get().flags(word) & flag) != 0, has);
    }

    void pronouns_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("gender");
        QTest::addColumn<int>("number");
        QTest::addColumn<bool>("person3");
        QTest::newRow("his") << u"his"_s << int(Gender::Male) << int(Number::Singular) << true;
        QTest::newRow("herself") << u"herself"_s << int(Gender::Female) << int(Number::Singular) << true;
        QTest::newRow("they") << u"they"_s << int(Gender::Unknown) << int(Number::Plural) << true;
        QTest::newRow("we") << u"we"_s << int(Gender::Unknown) << int(Number::Unknown) << false;
    }
    void pronouns()
    {
        QFETCH(QString, word);
        QFETCH(int, gender);
        QFETCH(int, number);
        QFETCH(bool, person3);
        const auto p = QuoteLexicon::get().pronoun(word);
        QVERIFY(p.has_value());
        QCOMPARE(int(p->gender), gender);
        QCOMPARE(int(p->number), number);
        QCOMPARE(p->person3, person3);
        QVERIFY(!QuoteLexicon::get().pronoun(u"table"_s));
    }

    void shippedNames()
    {
        const QuoteLexicon &lex = QuoteLexicon::get();
        QCOMPARE(lex.givenNameGender(u"Hillary"), Gender::Female);
        QCOMPARE(lex.givenNameGender(u"Donald"), Gender::Male);
        QCOMPARE(lex.givenNameGender(u"Jordan"), Gender::Unknown);  // given to both sexes
    }
};

QTEST_GUILESS_MAIN(TestQuoteLexicon)
#include "tst_quotelexicon.moc"
