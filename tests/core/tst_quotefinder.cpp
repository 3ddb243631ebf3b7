// QuoteFinder end to end on small texts with hand-marked mentions (QuoteTestText.h): each
// frame of direct quotes, joining parts, floating quotes, nesting, mixed quotes, every cue
// pattern of reported speech, and texts that hold no quote.
#ifndef Q_MOC_RUN  // moc of Qt 6.4 cannot parse <compare>/<concepts> from the core headers
#include "QuoteTestText.h"
#endif

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

class TestQuoteFinder : public QObject {
    Q_OBJECT

private:
    // Each quote as "kind | part / part | cue | speaker | entity name".
    static QStringList describe(const QString &marked)
    {
        const test::MarkedText t = test::analyseMarked(marked);
        QStringList out;
        auto mid = [&](TextRange r) { return t.text.mid(r.start, r.length()); };
        for (const Quote &q : t.analysis.quotes) {
            QStringList parts;
            for (const TextRange &p : q.parts)
                parts.append(mid(p));
            out.append(QStringList{quoteKindCode(q.kind), parts.join(u" / "_s), q.cue ? mid(*q.cue) : QString(),
                                   q.speaker ? mid(*q.speaker) : QString(),
                                   q.speakerEntity >= 0 ? t.analysis.entities[q.speakerEntity].name : QString()}
                           .join(u" | "_s));
            // invariants: parts inside the range, range = parts' extent
            int lo = INT_MAX, hi = -1;
            for (const TextRange &p : q.parts) {
                lo = std::min(lo, p.start);
                hi = std::max(hi, p.end);
            }
            if (q.range != TextRange{lo, hi})
                out.append(u"BAD RANGE"_s);
        }
        return out;
    }

    static void table()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
    }
    static void check()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(text), expected);
    }

private Q_SLOTS:
    void direct_data()
    {
        table();
        QTest::newRow("frame after, name")
            << u"“We will win,” [[Maria Lopez]] said."_s
            << QStringList{u"direct | We will win, | said | Maria Lopez | Maria Lopez"_s};
        QTest::newRow("frame after, inverted")
            << u"“We will win,” said [[Maria Lopez]], the mayor of the town."_s
            << QStringList{u"direct | We will win, | said | Maria Lopez | Maria Lopez"_s};
        QTest::newRow("frame after, title before name")
            << u"“We will win,” Mayor [[Maria Lopez]] told reporters."_s
            << QStringList{u"direct | We will win, | told | Maria Lopez | Maria Lopez"_s};
        QTest::newRow("frame after, appositive")
            << u"“We will win,” [[Aung Din]], a former prisoner, said."_s
            << QStringList{u"direct | We will win, | said | Aung Din | Aung Din"_s};
        QTest::newRow("frame after, nominal")
            << u"“We will win,” the spokesman said."_s
            << QStringList{u"direct | We will win, | said | the spokesman | "_s};
        QTest::newRow("frame after, particle")
            << u"“It is over,” [[Tom Reed]] pointed out."_s
            << QStringList{u"direct | It is over, | pointed out | Tom Reed | Tom Reed"_s};
        QTest::newRow("frame after, manner verb")
            << u"“It is over!” [[Tom Reed]] exclaimed."_s
            << QStringList{u"direct | It is over! | exclaimed | Tom Reed | Tom Reed"_s};
        QTest::newRow("frame after, present tense answers")
            << u"“Not a single one,” [[Tom Reed]] answers."_s
            << QStringList{u"direct | Not a single one, | answers | Tom Reed | Tom Reed"_s};
        QTest::newRow("frame after, shot back")
            << u"“Let me talk,” [[Tom Reed]] shot back."_s
            << QStringList{u"direct | Let me talk, | shot back | Tom Reed | Tom Reed"_s};
        QTest::newRow("frame before, interjecting")
            << u"[[Tom Reed]] laughed it off by interjecting, “Only one.”"_s
            << QStringList{u"direct | Only one. | interjecting | Tom Reed | Tom Reed"_s};
        QTest::newRow("inverted frame before, said X,")
            << u"It hurt. Said [[Tom Reed]], who grew up there, “We were all so proud of him.”"_s
            << QStringList{u"direct | We were all so proud of him. | Said | Tom Reed | Tom Reed"_s};
        QTest::newRow("signature paragraph below")
            << u"“We will win the state.”\n\n- [[Tom Reed]].\n\nHe did not."_s
            << QStringList{u"direct | We will win the state. | - | Tom Reed | Tom Reed"_s};
        QTest::newRow("signature paragraph with a place")
            << u"“We will win the state.”\n\n-[[Tom Reed]], Philadelphia."_s
            << QStringList{u"direct | We will win the state. | - | Tom Reed | Tom Reed"_s};
        QTest::newRow("frame before, as X puts it,")
            << u"As [[Tom Reed]] puts it, “The plan is dead.”"_s
            << QStringList{u"direct | The plan is dead. | puts it | Tom Reed | Tom Reed"_s};
        QTest::newRow("frame before, writes back,")
            << u"[[Tom Reed]] then writes back, “You look cute.”"_s
            << QStringList{u"direct | You look cute. | writes back | Tom Reed | Tom Reed"_s};
        QTest::newRow("participle frame after a quoted word")
            << u"[[Tom Reed]] said the convention could be “messy,” adding, “Democracy is messy.”"_s
            << QStringList{u"mixed | the convention could be “messy,” | said | Tom Reed | Tom Reed"_s,
                           u"direct | Democracy is messy. | adding | Tom Reed | Tom Reed"_s};
        QTest::newRow("frame after, opined")
            << u"“Gun owners should leave their weapons at home,” opined [[Tom Reed]]."_s
            << QStringList{u"direct | Gun owners should leave their weapons at home, | opined | Tom Reed | Tom Reed"_s};
        QTest::newRow("frame before, cracked,")
            << u"During the debate, [[Anna Berg]] cracked, “I like to get things done.”"_s
            << QStringList{u"direct | I like to get things done. | cracked | Anna Berg | Anna Berg"_s};
        QTest::newRow("frame after, fired back")
            << u"“Let me talk,” [[Tom Reed]] fired back."_s
            << QStringList{u"direct | Let me talk, | fired back | Tom Reed | Tom Reed"_s};
        QTest::newRow("frame before, colon")
            << u"[[Kyaw Win]] wrote in his letter: “The truth is plain.”"_s
            << QStringList{u"direct | The truth is plain. | wrote | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("frame before, comma")
            << u"[[Kyaw Win]] said, “The truth is plain.”"_s
            << QStringList{u"direct | The truth is plain. | said | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("according to, colon")
            << u"According to [[Reuters|ORG]]: “The deal is done.”"_s
            << QStringList{u"direct | The deal is done. | According to | Reuters | Reuters"_s};
        QTest::newRow("transcript")
            << u"WALLACE: “Will she be there?”"_s << QStringList{u"direct | Will she be there? | : | WALLACE | "_s};
        QTest::newRow("signature line")
            << u"“The plan worries me.” ― [[Maria Lopez]]\n“He cannot answer a question.” — Ana Ruiz\n"_s
            << QStringList{u"direct | The plan worries me. | ― | Maria Lopez | Maria Lopez"_s,
                           u"direct | He cannot answer a question. | — | Ana Ruiz | "_s};
        QTest::newRow("colon frame belongs to the next quote")
            << u"“We are farmers,” [[Ann Fox]] said. “We grow wheat.” [[Tom Reed]] said: “It was a dry year.”"_s
            << QStringList{u"direct | We are farmers, / We grow wheat. | said | Ann Fox | Ann Fox"_s,
                           u"direct | It was a dry year. | said | Tom Reed | Tom Reed"_s};
        QTest::newRow("NYT doubled apostrophes")
            << u"''It is a bad plan,'' said [[Dana Pike]]."_s
            << QStringList{u"direct | It is a bad plan, | said | Dana Pike | Dana Pike"_s};
        QTest::newRow("guillemets")
            << u"« C'est fini », said [[Marie Curie]]."_s
            << QStringList{u"direct | C'est fini | said | Marie Curie | Marie Curie"_s};
    }
    void direct() { check(); }

    void joining_data()
    {
        table();
        QTest::newRow("A, he said, B")
            << u"[[Tom Reed]] spoke. “We will win,” he said, “and they know it.”"_s
            << QStringList{u"direct | We will win, / and they know it. | said | he | Tom Reed"_s};
        QTest::newRow("A, he said. B.")
            << u"[[Tom Reed]] spoke. “We will win,” he said. “They know it.”"_s
            << QStringList{u"direct | We will win, / They know it. | said | he | Tom Reed"_s};
        QTest::newRow("frame sentence with appositive before B")
            << u"“We will win,” said [[Tom Reed]], who leads the party in the state. “They know it.”"_s
            << QStringList{u"direct | We will win, / They know it. | said | Tom Reed | Tom Reed"_s};
        QTest::newRow("floating quote in the next paragraph")
            << u"“We will win,” [[Tom Reed]] said.\n\n“They know it.”"_s
            << QStringList{u"direct | We will win, / They know it. | said | Tom Reed | Tom Reed"_s};
        QTest::newRow("continued across paragraphs")
            << u"[[Tom Reed]] said: “We will win.\n\n“They know it.”"_s
            << QStringList{u"direct | We will win. / They know it. | said | Tom Reed | Tom Reed"_s};
        QTest::newRow("new sentence frame with a comma introduces the next quote")
            << u"[[Tom Reed]] said, “We will win.” [[Anna Berg]] added, “It is over.”"_s
            << QStringList{u"direct | We will win. | said | Tom Reed | Tom Reed"_s,
                           u"direct | It is over. | added | Anna Berg | Anna Berg"_s};
        QTest::newRow("own frame: two quotes")
            << u"“We will win,” [[Tom Reed]] said. “No,” [[Ann Fox]] replied."_s
            << QStringList{u"direct | We will win, | said | Tom Reed | Tom Reed"_s,
                           u"direct | No, | replied | Ann Fox | Ann Fox"_s};
        QTest::newRow("next paragraph after narration is not joined")
            << u"“We will win,” [[Tom Reed]] said. The crowd cheered.\n\n“Go home.”"_s
            << QStringList{u"direct | We will win, | said | Tom Reed | Tom Reed"_s};
    }
    void joining() { check(); }

    void nesting_data()
    {
        table();
        QTest::newRow("nested quote with its own speaker")
            << u"[[Kyaw Win]] left. “He came out and told them, ‘I will bring your requests to my government,’ ” said [[Aung Din]]."_s
            << QStringList{u"direct | He came out and told them, ‘I will bring your requests to my government,’ | said | Aung Din | Aung Din"_s,
                           u"direct | I will bring your requests to my government, | told | He | Kyaw Win"_s};
        QTest::newRow("nested title without a cue is no quote")
            << u"“We read ‘The Plague’ together,” [[Ann Fox]] said."_s
            << QStringList{u"direct | We read ‘The Plague’ together, | said | Ann Fox | Ann Fox"_s};
    }
    void nesting() { check(); }

    void reported_data()
    {
        table();
        QTest::newRow("said that")
            << u"[[Kyaw Win]] said that he had lost confidence in the regime."_s
            << QStringList{u"indirect | he had lost confidence in the regime | said | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("bemoaned that")
            << u"[[Kyaw Win]] bemoaned that the talks had failed."_s
            << QStringList{u"indirect | the talks had failed | bemoaned | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("proclaimed that")
            << u"[[Kyaw Win]] proclaimed that the war was over."_s
            << QStringList{u"indirect | the war was over | proclaimed | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("said, no that")
            << u"[[Kyaw Win]] said he had lost confidence in the regime."_s
            << QStringList{u"indirect | he had lost confidence in the regime | said | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("told reporters that")
            << u"[[Ann Fox]] told reporters that the plan was dead."_s
            << QStringList{u"indirect | the plan was dead | told | Ann Fox | Ann Fox"_s};
        QTest::newRow("told a named listener")
            << u"[[Ann Fox]] told [[Reuters|ORG]] on Monday that the plan was dead."_s
            << QStringList{u"indirect | the plan was dead | told | Ann Fox | Ann Fox"_s};
        QTest::newRow("warned that, nominal speaker")
            << u"The government warned that the trip would result in chaos."_s
            << QStringList{u"indirect | the trip would result in chaos | warned | The government | "_s};
        QTest::newRow("confirmed that, with date")
            << u"[[Kyaw Win]] confirmed Monday that he is leaving his post."_s
            << QStringList{u"indirect | he is leaving his post | confirmed | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("urged someone to")
            << u"[[Ann Fox]] urged officials to support the inquiry."_s
            << QStringList{u"indirect | officials to support the inquiry | urged | Ann Fox | Ann Fox"_s};
        QTest::newRow("according to, before")
            << u"According to [[Tom Reed]], the talks have failed."_s
            << QStringList{u"indirect | the talks have failed | According to | Tom Reed | Tom Reed"_s};
        QTest::newRow("according to, after")
            << u"The talks have failed, according to [[Tom Reed]]."_s
            << QStringList{u"indirect | The talks have failed | according to | Tom Reed | Tom Reed"_s};
        QTest::newRow("frame after the clause")
            << u"The talks have failed, [[Tom Reed]] said on Monday."_s
            << QStringList{u"indirect | The talks have failed | said | Tom Reed | Tom Reed"_s};
        QTest::newRow("inverted frame after the clause")
            << u"The talks have failed, said [[Tom Reed]]."_s
            << QStringList{u"indirect | The talks have failed | said | Tom Reed | Tom Reed"_s};
        QTest::newRow("participle takes the main subject")
            << u"In his letter, [[Kyaw Win]] noted her travel, saying the threats were real."_s
            << QStringList{u"indirect | her travel | noted | Kyaw Win | Kyaw Win"_s,
                           u"indirect | the threats were real | saying | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("belief")
            << u"[[Ann Fox]] believes the economy will recover."_s
            << QStringList{u"indirect | the economy will recover | believes | Ann Fox | Ann Fox"_s};
        QTest::newRow("relative pronoun speaker")
            << u"The measure angered [[Republicans|MISC]], who say it goes too far."_s
            << QStringList{u"indirect | it goes too far | say | who | Republicans"_s};
        QTest::newRow("frame inside a relative clause")
            << u"[[Ann Fox]] called for new sanctions, which she said would hurt the rulers."_s
            << QStringList{u"indirect | would hurt the rulers | said | she | Ann Fox"_s};
        QTest::newRow("headline, source noun")
            << u"Poll: Sanders leads Clinton in California.\n\nThe race is close."_s
            << QStringList{u"indirect | Sanders leads Clinton in California. | : | Poll | "_s};
        QTest::newRow("headline, organisation")
            << u"[[Daily News|ORG]]: The attacks highlight the threat.\n\nThe paper wrote more."_s
            << QStringList{u"indirect | The attacks highlight the threat. | : | Daily News | Daily News"_s};
        QTest::newRow("headline, camp of a person")
            << u"[[Clinton|PER]] camp: The plan threatens security.\n\nThe race is close."_s
            << QStringList{u"indirect | The plan threatens security. | : | Clinton camp | "_s};
        QTest::newRow("ends before ', but he' + verb")
            << u"[[Kyaw Win]] said the talks had failed, but he stayed in the capital."_s
            << QStringList{u"indirect | the talks had failed | said | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("ends before ', and they' + verb")
            << u"[[Ann Fox]] said the plan was cheap, and they went home."_s
            << QStringList{u"indirect | the plan was cheap | said | Ann Fox | Ann Fox"_s};
        QTest::newRow("ends before ', and' + a name + verb")
            << u"[[Ann Fox]] said the plan was cheap, and [[Tom Reed]] went home."_s
            << QStringList{u"indirect | the plan was cheap | said | Ann Fox | Ann Fox"_s};
        QTest::newRow("ends before ', but' + a noun phrase + auxiliary")
            << u"[[Ann Fox]] said the plan was cheap, but the town council has doubts."_s
            << QStringList{u"indirect | the plan was cheap | said | Ann Fox | Ann Fox"_s};
        QTest::newRow("goes on after ', and' + a bare noun")
            << u"[[Ann Fox]] said the plan was cheap, and rents would fall."_s
            << QStringList{u"indirect | the plan was cheap, and rents would fall | said | Ann Fox | Ann Fox"_s};
        QTest::newRow("called for + clause")
            << u"[[Ann Fox]] called for the president to resign."_s
            << QStringList{u"indirect | the president to resign | called for | Ann Fox | Ann Fox"_s};
    }
    void reported() { check(); }

    void mixed_data()
    {
        table();
        QTest::newRow("clause with a quoted fragment")
            << u"[[Kyaw Win]] said the threats “must be taken seriously.”"_s
            << QStringList{u"mixed | the threats “must be taken seriously.” | said | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("called it a fragment")
            << u"[[Tom Reed]] called the plan “a disaster.”"_s
            << QStringList{u"mixed | the plan “a disaster.” | called | Tom Reed | Tom Reed"_s};
        QTest::newRow("a fragment keeps ', but he …' in the clause")
            << u"[[Kyaw Win]] said the talks had “failed badly”, but he stayed."_s
            << QStringList{u"mixed | the talks had “failed badly”, but he stayed | said | Kyaw Win | Kyaw Win"_s};
        QTest::newRow("said that + whole quote is direct")
            << u"[[Tom Reed]] said that “the plan is a disaster.”"_s
            << QStringList{u"direct | “the plan is a disaster.” | said | Tom Reed | Tom Reed"_s};
    }
    void mixed() { check(); }

    void noQuote_data()
    {
        table();
        QTest::newRow("title in quotes") << u"The film “Jaws” opened in 1975."_s << QStringList{};
        QTest::newRow("scare quotes") << u"The so-called “reform” failed."_s << QStringList{};
        QTest::newRow("noun, not a cue") << u"His claims were false."_s << QStringList{};
        QTest::newRow("dash heading below narration") << u"He went home.\n\n- [[Tom Reed]].\n\nHe did not."_s << QStringList{};
        QTest::newRow("dash heading below a quote") << u"“We will win.”\n\n– Ready to quiz Trump –.\n\nHe did not."_s << QStringList{};
        QTest::newRow("cracked, not speech") << u"The police cracked down on the protest."_s << QStringList{};
        QTest::newRow("fired, no particle") << u"[[Tom Reed]] fired the manager."_s << QStringList{};
        QTest::newRow("answers, a noun") << u"His answers were booed."_s << QStringList{};
        QTest::newRow("continues, not speech") << u"The war continues in the north."_s << QStringList{};
        QTest::newRow("shot, no particle") << u"[[Tom Reed]] shot a deer."_s << QStringList{};
        QTest::newRow("passive") << u"[[Tom Reed]] was asked about the plan."_s << QStringList{};
        QTest::newRow("topic object") << u"[[Tom Reed]] talked about his experiences abroad."_s << QStringList{};
        QTest::newRow("hedged source") << u"This weekend, according to news reports, the talks resumed."_s
                                       << QStringList{};
        QTest::newRow("headline label") << u"The Latest: Cruz gives away a shotgun.\n\nHe did."_s << QStringList{};
        QTest::newRow("headline exclamation") << u"Breaking: Sanders wins a big victory.\n\nHe did."_s << QStringList{};
        QTest::newRow("source noun below the headline")
            << u"The race.\n\nPoll: Sanders leads Clinton in California.\n"_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void noQuote() { check(); }
};

QTEST_GUILESS_MAIN(TestQuoteFinder)
#include "tst_quotefinder.moc"
