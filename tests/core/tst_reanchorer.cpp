// Re-anchoring: an anchor made on one text, found again in an edited text.
#include "annotations/Reanchorer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

Q_DECLARE_METATYPE(lede::AnchorStatus)

namespace {

// The range of the n-th (0-based) occurrence of needle in text.
TextRange occurrence(const QString &text, const QString &needle, int n)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i) {
        at = text.indexOf(needle, at + 1);
        if (at < 0)
            return {};
    }
    return {int(at), int(at + needle.size())};
}

const QString kArticle =
    u"Kyaw Win, a diplomat at the embassy, defected on Tuesday. \"I could not stay silent any longer,\" "
    "he said in a statement. The ministry said the diplomat had been recalled last month. "
    "Officials said the diplomat had been recalled for consultations, not dismissed. "
    "Human rights groups welcomed the decision and called on others to follow."_s;

} // namespace

class TestReanchorer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("occurrenceBefore");
        QTest::addColumn<QString>("after");
        QTest::addColumn<lede::AnchorStatus>("status");
        QTest::addColumn<QString>("expectedText");   // what the range covers in `after`
        QTest::addColumn<int>("occurrenceAfter");    // which occurrence of expectedText; -1 orphan

        const QString quote = u"welcomed the decision"_s;
        QTest::newRow("unchanged") << kArticle << quote << 0 << kArticle << AnchorStatus::Anchored << quote << 0;
        QTest::newRow("insertion before") << kArticle << quote << 0 << (u"UPDATE: new details added. "_s + kArticle)
                                          << AnchorStatus::Moved << quote << 0;
        QString nearby = kArticle;
        nearby.replace(u"Human rights groups"_s, u"Several human rights organisations"_s);
        QTest::newRow("context edited") << kArticle << quote << 0 << nearby << AnchorStatus::Moved << quote << 0;
        QString inside = kArticle;
        inside.replace(u"welcomed the decision"_s, u"welcomed this decision"_s);
        QTest::newRow("edit inside") << kArticle << quote << 0 << inside << AnchorStatus::TextChanged
                                     << u"welcomed this decision"_s << 0;
        QString typo = kArticle;
        typo.replace(u"could not stay silent"_s, u"could not stay slient"_s);
        QTest::newRow("typo fixed inside long quote")
            << kArticle << u"I could not stay silent any longer"_s << 0 << typo << AnchorStatus::TextChanged
            << u"I could not stay slient any longer"_s << 0;
        QString deleted = kArticle;
        deleted.remove(u"Human rights groups welcomed the decision and called on others to follow."_s);
        QTest::newRow("deleted passage → orphan") << kArticle << quote << 0 << deleted << AnchorStatus::Orphaned
                                                  << QString() << -1;
        QTest::newRow("short quote deleted → orphan") << kArticle << u"Tuesday"_s << 0
                                                      << QString(kArticle).replace(u"on Tuesday"_s, u"this week"_s)
                                                      << AnchorStatus::Orphaned << QString() << -1;
        // "the diplomat had been recalled" occurs twice; the second one is annotated
        const QString repeated = u"the diplomat had been recalled"_s;
        QTest::newRow("repeated, unchanged") << kArticle << repeated << 1 << kArticle << AnchorStatus::Anchored
                                             << repeated << 1;
        QTest::newRow("repeated, text inserted before")
            << kArticle << repeated << 1 << (u"Breaking. "_s + kArticle) << AnchorStatus::Moved << repeated << 1;
        QString swapped = kArticle;
        swapped.replace(u"The ministry said the diplomat had been recalled last month. "_s, QString());
        swapped.append(u" The ministry said the diplomat had been recalled last month."_s);
        QTest::newRow("repeated, paragraphs reordered")
            << kArticle << repeated << 1 << swapped << AnchorStatus::Moved << repeated << 0;
        QTest::newRow("repeated first, reordered")
            << kArticle << repeated << 0 << swapped << AnchorStatus::Moved << repeated << 1;
        QString reflowed = kArticle;
        reflowed.replace(u"welcomed the decision"_s, u"welcomed\n  the   decision"_s);
        QTest::newRow("whitespace reflowed") << kArticle << quote << 0 << reflowed << AnchorStatus::Moved
                                             << u"welcomed\n  the   decision"_s << 0;
        const QString emoji = u"Fans wrote 😀 and 😀 again: great match, said the coach."_s;
        QTest::newRow("surrogate pairs before") << emoji << u"great match"_s << 0 << (u"😀😀 "_s + emoji)
                                                << AnchorStatus::Moved << u"great match"_s << 0;
    }
    void resolve()
    {
        QFETCH(QString, before);
        QFETCH(QString, quote);
        QFETCH(int, occurrenceBefore);
        QFETCH(QString, after);
        QFETCH(lede::AnchorStatus, status);
        QFETCH(QString, expectedText);
        QFETCH(int, occurrenceAfter);

        const TextRange made = occurrence(before, quote, occurrenceBefore);
        QVERIFY(!made.isEmpty());
        const Anchor anchor = Anchor::fromRange(before, OffsetMap(before), made);
        QCOMPARE(anchor.exact, quote);
        QVERIFY(anchor.prefix.size() <= Anchor::kContextLength);

        const AnchorMatch m = Reanchorer(after).resolve(anchor);
        QCOMPARE(m.status, status);
        if (occurrenceAfter < 0) {
            QVERIFY(m.range.isEmpty());
            return;
        }
        QCOMPARE(m.range, occurrence(after, expectedText, occurrenceAfter));
    }

    void positionsAreCodePoints()
    {
        const QString text = u"😀 abc 😀 def"_s;
        const int at = int(text.indexOf(u"def"_s));
        const Anchor a = Anchor::fromRange(text, OffsetMap(text), {at, at + 3});
        QCOMPARE(a.start, at - 2);  // two surrogate pairs before it
        QCOMPARE(a.end - a.start, 3);
        QCOMPARE(a.prefix, text.left(at));
    }

    void emptyAnchorIsOrphan()
    {
        QCOMPARE(Reanchorer(kArticle).resolve(Anchor{}).status, AnchorStatus::Orphaned);
    }

    void resolveAllShiftsInBulk()
    {
        QList<Annotation> list;
        const OffsetMap map(kArticle);
        for (const QString &q : {u"diplomat"_s, u"statement"_s, u"consultations"_s, u"follow"_s}) {
            Annotation a;
            a.anchor = Anchor::fromRange(kArticle, map, occurrence(kArticle, q, 0));
            list.append(a);
        }
        const QString after = u"Prologue inserted here. "_s + kArticle;
        Reanchorer(after).resolveAll(list);
        for (const Annotation &a : std::as_const(list)) {
            QCOMPARE(a.status, AnchorStatus::Moved);
            QCOMPARE(after.mid(a.range.start, a.range.length()), a.anchor.exact);
        }
    }
};

QTEST_GUILESS_MAIN(TestReanchorer)
#include "tst_reanchorer.moc"
