// The reader's corrections through the session: each kind of correction on the sample's real
// analysis, what the reader then sees (analysis()) versus what the machine found
// (machineAnalysis()), re-analysis keeping them, undo/redo, persistence across a reopen with
// a new store object, rules reaching other documents, another window's conflicting change,
// a damaged stored blob, and a correction made while the analysis runs.
#include "analysis/QuoteGrouping.h"
#include "annotations/AnnotationStore.h"
#include "annotations/UndoStack.h"
#include "document/DocumentLoader.h"
#include "session/Corrector.h"
#include "session/DocumentCorrections.h"
#include "session/DocumentSession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeout = 30000;

// "name/TYPE/mentions" per entity and "quotes:speaker/count" per speaker group.
QStringList describe(const QString &text, const Analysis &a)
{
    QStringList out;
    for (const Entity &e : a.entities)
        out << u"%1/%2/%3"_s.arg(e.name, entityTypeCode(e.type)).arg(e.mentions.size());
    for (const SpeakerQuotes &g : groupQuotesBySpeaker(text, a))
        out << u"quotes:%1/%2"_s.arg(g.unattributed() ? u"-"_s : g.name).arg(g.quotes.size());
    out << u"quotes:%1"_s.arg(a.quotes.size());
    return out;
}

int entityNamed(const Analysis &a, const QString &name)
{
    for (int e = 0; e < a.entities.size(); ++e)
        if (a.entities[e].name == name)
            return e;
    return -1;
}

int mentionOf(const QString &text, const Analysis &a, const QString &surface, int nth)
{
    int seen = 0;
    for (int m = 0; m < a.mentions.size(); ++m)
        if (QStringView(text).mid(a.mentions[m].range.start, a.mentions[m].range.length()) == surface && seen++ == nth)
            return m;
    return -1;
}

int quoteBy(const QString &text, const Analysis &a, const QString &speaker)
{
    for (int q = 0; q < a.quotes.size(); ++q)
        if (a.quotes[q].speaker && text.mid(a.quotes[q].speaker->start, a.quotes[q].speaker->length()) == speaker)
            return q;
    return -1;
}

} // namespace

class TestCorrector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void corrections_data();
    void corrections();
    void rulesReachOtherDocuments();
    void anotherWindowsChangeConflicts();
    void damagedBlobIsReported();
    void correctionDuringAnalysis();
    void longAnalysisAppliedInTheBackground();
    void withoutStoreInMemory();
    void usageErrors();
    void helpers();

private:
    std::unique_ptr<AnnotationStore> openStore(const QString &path);
    bool openAndWait(DocumentSession &s, const Document &doc);
    Result<void> apply(Corrector &fix, const DocumentSession &s, const QString &action, const QStringList &args);
    QTemporaryDir m_dir;
    int m_storeCount = 0;
};

void TestCorrector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<AnnotationStore> TestCorrector::openStore(const QString &path)
{
    auto store = AnnotationStore::open(path);
    if (!store)
        return nullptr;
    (*store)->setPollInterval(0);
    return std::move(*store);
}

bool TestCorrector::openAndWait(DocumentSession &s, const Document &doc)
{
    QSignalSpy finished(&s, &DocumentSession::analysisFinished);
    s.openDocument(doc);
    return finished.wait(kTimeout) || (s.waitForIdle(kTimeout) && s.analysis());
}

Result<void> TestCorrector::apply(Corrector &fix, const DocumentSession &s, const QString &action, const QStringList &args)
{
    const Analysis &a = *s.analysis();
    const QString &text = s.document().text();
    if (action == u"removeMention")
        return fix.removeMention(mentionOf(text, a, args[0], args[1].toInt()));
    if (action == u"setMentionType")
        return fix.setMentionType(mentionOf(text, a, args[0], 0), *entityTypeFromCode(args[1]));
    if (action == u"removeEntity")
        return fix.removeEntities({entityNamed(a, args[0])});
    if (action == u"setEntityType")
        return fix.setEntitiesType({entityNamed(a, args[0])}, *entityTypeFromCode(args[1]));
    if (action == u"merge")
        return fix.mergeEntities({entityNamed(a, args[0]), entityNamed(a, args[1])});
    if (action == u"split")
        return fix.splitEntity(entityNamed(a, args[0]), args.mid(1));
    if (action == u"add") {
        const qsizetype at = text.indexOf(args[0]);
        return fix.addMention({int(at), int(at + args[0].size())}, *entityTypeFromCode(args[1]));
    }
    if (action == u"rule")
        return fix.alwaysTreatAs(args[0], args[1].isEmpty() ? std::nullopt : entityTypeFromCode(args[1]));
    if (action == u"dismiss")
        return fix.dismissQuote(quoteBy(text, a, args[0]));
    if (action == u"speaker")
        return fix.setQuoteSpeaker(quoteBy(text, a, args[0]), args[1].isEmpty() ? -1 : entityNamed(a, args[1]));
    return makeError(ErrorCode::Usage, u"unknown test action"_s);
}

void TestCorrector::corrections_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("present");  // entries of describe() after the correction
    QTest::addColumn<QStringList>("absent");   // … that must be gone

    QTest::newRow("mention not an entity") << u"removeMention"_s << QStringList{u"Monday"_s, u"0"_s}
                                           << QStringList{u"Monday/DATE/2"_s} << QStringList{u"Monday/DATE/3"_s};
    QTest::newRow("entity not an entity") << u"removeEntity"_s << QStringList{u"Burmese"_s} << QStringList{}
                                          << QStringList{u"Burmese/MISC/10"_s};
    QTest::newRow("mention type") << u"setMentionType"_s << QStringList{u"Nobel Peace"_s, u"ORG"_s}
                                  << QStringList{u"Nobel Peace/ORG/1"_s} << QStringList{u"Nobel Peace/MISC/1"_s};
    QTest::newRow("entity type") << u"setEntityType"_s << QStringList{u"Rangoon"_s, u"ORG"_s}
                                 << QStringList{u"Rangoon/ORG/2"_s} << QStringList{u"Rangoon/LOC/2"_s};
    QTest::newRow("merge") << u"merge"_s << QStringList{u"Kyaw Win"_s, u"Aung Din"_s}
                           << QStringList{u"Kyaw Win/PER/12"_s, u"quotes:Kyaw Win/11"_s}
                           << QStringList{u"Aung Din/PER/1"_s, u"quotes:Aung Din/1"_s};
    QTest::newRow("split") << u"split"_s << QStringList{u"Aung San Suu Kyi"_s, u"Suu Kyi"_s}
                           << QStringList{u"Aung San Suu Kyi/PER/1"_s, u"Suu Kyi/PER/3"_s}
                           << QStringList{u"Aung San Suu Kyi/PER/4"_s};
    QTest::newRow("add a missed name") << u"add"_s << QStringList{u"Information"_s, u"MISC"_s}
                                       << QStringList{u"Information/MISC/1"_s} << QStringList{};
    QTest::newRow("rule: never an entity") << u"rule"_s << QStringList{u"Monday"_s, QString()} << QStringList{}
                                           << QStringList{u"Monday/DATE/3"_s};
    QTest::newRow("rule: always a type") << u"rule"_s << QStringList{u"Rangoon"_s, u"ORG"_s}
                                         << QStringList{u"Rangoon/ORG/2"_s} << QStringList{u"Rangoon/LOC/2"_s};
    QTest::newRow("not a quote") << u"dismiss"_s << QStringList{u"the government"_s} << QStringList{u"quotes:12"_s}
                                 << QStringList{u"quotes:the government/1"_s, u"quotes:13"_s};
    QTest::newRow("fix the speaker") << u"speaker"_s << QStringList{u"Aung Din"_s, u"Kyaw Win"_s}
                                     << QStringList{u"quotes:Kyaw Win/11"_s}
                                     << QStringList{u"quotes:Aung Din/1"_s};
    QTest::newRow("remove the speaker") << u"speaker"_s << QStringList{u"Aung Din"_s, QString()}
                                        << QStringList{u"quotes:-/1"_s} << QStringList{u"quotes:Aung Din/1"_s};
}

void TestCorrector::corrections()
{
    QFETCH(QString, action);
    QFETCH(QStringList, args);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString path = m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_storeCount));
    const Document doc = DocumentLoader::sampleDocument();
    const QString &text = doc.text();
    QStringList machine, corrected;
    {
        auto store = openStore(path);
        QVERIFY(store);
        DocumentSession s;
        s.setAnnotationStore(store.get());
        QVERIFY(openAndWait(s, doc));
        machine = describe(text, *s.analysis());
        for (const QString &p : present)
            QVERIFY2(!machine.contains(p), qPrintable(p));  // the machine did not already say so
        for (const QString &p : absent)
            QVERIFY2(machine.contains(p), qPrintable(p));

        UndoStack undo;
        Corrector fix(&s, &undo);
        QSignalSpy applied(&s, &DocumentSession::correctionsApplied);
        const auto r = apply(fix, s, action, args);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(undo.count(), 1);
        QVERIFY(!undo.undoText().isEmpty());
        corrected = describe(text, *s.analysis());
        for (const QString &p : present)
            QVERIFY2(corrected.contains(p), qPrintable(p + u" in "_s + corrected.join(u", ")));
        for (const QString &p : absent)
            QVERIFY2(!corrected.contains(p), qPrintable(p));
        QCOMPARE(describe(text, *s.machineAnalysis()), machine);  // kept apart

        // re-analysis never overwrites the corrections
        QSignalSpy finished(&s, &DocumentSession::analysisFinished);
        s.reanalyze();
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(describe(text, *s.analysis()), corrected);
        QCOMPARE(describe(text, *s.machineAnalysis()), machine);

        // undo / redo
        QVERIFY(undo.undo().ok());
        QCOMPARE(describe(text, *s.analysis()), machine);
        QVERIFY(undo.redo().ok());
        QCOMPARE(describe(text, *s.analysis()), corrected);
    }
    // a new window (new store object, same file) opening the same article sees them
    auto store = openStore(path);
    QVERIFY(store);
    DocumentSession again;
    again.setAnnotationStore(store.get());
    QVERIFY(openAndWait(again, doc));
    QCOMPARE(describe(text, *again.analysis()), corrected);
    QCOMPARE(describe(text, *again.machineAnalysis()), machine);
}

void TestCorrector::rulesReachOtherDocuments()
{
    auto store = openStore(m_dir.filePath(u"rules.sqlite"_s));
    QVERIFY(store);
    DocumentSession s;
    s.setAnnotationStore(store.get());
    QVERIFY(openAndWait(s, DocumentLoader::sampleDocument()));
    Corrector fix(&s, nullptr);
    QVERIFY(fix.alwaysTreatAs(u"Monday"_s, std::nullopt).ok());
    QVERIFY(fix.removeMention(0).ok());  // a correction of this document only
    const Document other = Document::fromPlainText(u"Kyaw Win flew to Geneva on Monday. The Burmese Embassy was closed."_s);
    QVERIFY(openAndWait(s, other));
    QCOMPARE(s.corrections()->current().rules.size(), 1);
    QVERIFY(s.corrections()->current().entities.isEmpty());
    const qsizetype monday = other.text().indexOf(u"Monday"_s);
    QVERIFY(s.machineAnalysis()->mentionAt(int(monday)) >= 0);
    QCOMPARE(s.analysis()->mentionAt(int(monday)), -1);
    // stored under the reserved key, not under any document
    auto blob = store->corrections(QString(DocumentCorrections::kRulesKey), CorrectionsKind::Entities);
    QVERIFY(blob.ok());
    QVERIFY(blob->json.contains(u"Monday"_s));
}

void TestCorrector::anotherWindowsChangeConflicts()
{
    const QString path = m_dir.filePath(u"two-windows.sqlite"_s);
    auto storeA = openStore(path);
    auto storeB = openStore(path);
    QVERIFY(storeA && storeB);
    DocumentSession a, b;
    a.setAnnotationStore(storeA.get());
    b.setAnnotationStore(storeB.get());
    const Document doc = DocumentLoader::sampleDocument();
    QVERIFY(openAndWait(a, doc));
    QVERIFY(openAndWait(b, doc));
    UndoStack undoA, undoB;
    Corrector fixA(&a, &undoA), fixB(&b, &undoB);
    QVERIFY(fixA.removeEntities({entityNamed(*a.analysis(), u"Burmese"_s)}).ok());
    // b has not noticed yet (polling is off): its change of the same part is refused …
    const auto r = fixB.removeEntities({entityNamed(*b.analysis(), u"Geneva"_s)});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QCOMPARE(undoB.count(), 0);
    // … and b now shows a's correction
    QCOMPARE(entityNamed(*b.analysis(), u"Burmese"_s), -1);
    QVERIFY(fixB.removeEntities({entityNamed(*b.analysis(), u"Geneva"_s)}).ok());
    // a's undo of its (now changed) entity corrections is refused too, never overwriting b's
    const auto u = undoA.undo();
    QVERIFY(!u.ok());
    QCOMPARE(u.error().code, ErrorCode::Conflict);
    // a change of another part (quotes) goes through
    QVERIFY(fixA.dismissQuote(0).ok());
    QCOMPARE(a.corrections()->current().entities.size(), 2);
    // the other window notices a commit when it polls
    QSignalSpy changed(b.corrections(), &DocumentCorrections::changed);
    QVERIFY(storeB->checkForExternalChanges());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(b.corrections()->current(), a.corrections()->current());
}

void TestCorrector::damagedBlobIsReported()
{
    auto store = openStore(m_dir.filePath(u"damaged.sqlite"_s));
    QVERIFY(store);
    const Document doc = DocumentLoader::sampleDocument();
    QVERIFY(store->setCorrections(doc.contentHash(), CorrectionsKind::Entities, 1, u"{not json"_s).ok());
    Quote bogus;
    bogus.range = {0, 5};
    bogus.parts = {bogus.range};
    const QByteArray quotes = quoteCorrectionsToJson({dismissQuote(doc.text(), bogus)});
    QVERIFY(store->setCorrections(doc.contentHash(), CorrectionsKind::Quotes, 1, QString::fromUtf8(quotes)).ok());
    DocumentSession s;
    s.setAnnotationStore(store.get());
    QSignalSpy failed(&s, &DocumentSession::correctionsFailed);
    QVERIFY(openAndWait(s, doc));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(u"entity corrections"_s));
    QCOMPARE(s.corrections()->current().quotes.size(), 1);  // the readable part is kept
    QVERIFY(s.analysis());
}

void TestCorrector::correctionDuringAnalysis()
{
    DocumentSession s;  // no store: in memory
    const Document doc = DocumentLoader::sampleDocument();
    s.openDocument(doc);
    QVERIFY(s.isAnalyzing());
    Corrections next = s.corrections()->current();
    next.rules.append({u"Monday"_s, std::nullopt});
    QVERIFY(s.corrections()->replace(doc.contentHash(), s.corrections()->current(), next).ok());
    QVERIFY(s.waitForIdle(kTimeout));
    QVERIFY(s.analysis());
    const int monday = int(doc.text().indexOf(u"Monday"_s));
    QVERIFY(s.machineAnalysis()->mentionAt(monday) >= 0);
    QCOMPARE(s.analysis()->mentionAt(monday), -1);
}

void TestCorrector::longAnalysisAppliedInTheBackground()
{
    DocumentSession s;
    s.setSynchronousApplyLimit(0);  // every analysis counts as long
    QVERIFY(openAndWait(s, DocumentLoader::sampleDocument()));
    UndoStack undo;
    Corrector fix(&s, &undo);
    QSignalSpy applied(&s, &DocumentSession::correctionsApplied);
    QVERIFY(fix.removeEntities({entityNamed(*s.analysis(), u"Burmese"_s)}).ok());
    QVERIFY(s.isApplyingCorrections());
    QVERIFY(entityNamed(*s.analysis(), u"Burmese"_s) >= 0);  // the previous result until then
    QVERIFY(applied.wait(kTimeout));
    QVERIFY(!s.isApplyingCorrections());
    QCOMPARE(entityNamed(*s.analysis(), u"Burmese"_s), -1);
    // two changes in a row: the first result is superseded, only the last one is shown
    applied.clear();
    QVERIFY(fix.removeEntities({entityNamed(*s.analysis(), u"Geneva"_s)}).ok());
    QVERIFY(fix.alwaysTreatAs(u"Rangoon"_s, std::nullopt).ok());
    QVERIFY(s.waitForIdle(kTimeout));
    QCOMPARE(applied.count(), 1);
    QCOMPARE(entityNamed(*s.analysis(), u"Geneva"_s), -1);
    QCOMPARE(entityNamed(*s.analysis(), u"Rangoon"_s), -1);
    QVERIFY(undo.undo().ok());
    QVERIFY(s.waitForIdle(kTimeout));
    QVERIFY(entityNamed(*s.analysis(), u"Rangoon"_s) >= 0);
}

void TestCorrector::withoutStoreInMemory()
{
    DocumentSession s;
    const Document doc = DocumentLoader::sampleDocument();
    QVERIFY(openAndWait(s, doc));
    UndoStack undo;
    Corrector fix(&s, &undo);
    const int burmese = entityNamed(*s.analysis(), u"Burmese"_s);
    QVERIFY(fix.removeEntities({burmese}).ok());
    QCOMPARE(entityNamed(*s.analysis(), u"Burmese"_s), -1);
    QVERIFY(undo.undo().ok());
    QVERIFY(entityNamed(*s.analysis(), u"Burmese"_s) >= 0);
    QVERIFY(undo.redo().ok());
    QVERIFY(fix.alwaysTreatAs(u"Geneva"_s, std::nullopt).ok());
    // another document: its own (no) corrections, the rules stay
    QVERIFY(openAndWait(s, Document::fromPlainText(u"Geneva is calm. Burmese food is good."_s)));
    QCOMPARE(s.corrections()->current().rules.size(), 1);
    QVERIFY(s.corrections()->current().entities.isEmpty());
    QCOMPARE(entityNamed(*s.analysis(), u"Geneva"_s), -1);
    // an old command cannot touch the new document
    const auto r = undo.undo();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
}

void TestCorrector::usageErrors()
{
    DocumentSession s;
    Corrector fix(&s, nullptr);
    QCOMPARE(fix.removeMention(0).error().code, ErrorCode::Usage);  // nothing analysed yet
    QVERIFY(openAndWait(s, DocumentLoader::sampleDocument()));
    const Analysis &a = *s.analysis();
    QCOMPARE(fix.removeMention(int(a.mentions.size())).error().code, ErrorCode::Usage);
    QCOMPARE(fix.mergeEntities({3}).error().code, ErrorCode::Usage);
    QCOMPARE(fix.mergeEntities({3, 3}).error().code, ErrorCode::Usage);
    const int suu = entityNamed(a, u"Aung San Suu Kyi"_s);
    QCOMPARE(fix.splitEntity(suu, {u"Aung San Suu Kyi"_s, u"Suu Kyi"_s}).error().code, ErrorCode::Usage);
    QCOMPARE(fix.splitEntity(suu, {}).error().code, ErrorCode::Usage);
    QCOMPARE(fix.dismissQuote(-1).error().code, ErrorCode::Usage);
    QCOMPARE(fix.setQuoteSpeaker(0, int(a.entities.size())).error().code, ErrorCode::Usage);
    QCOMPARE(fix.alwaysTreatAs(u"  "_s, EntityType::DATE).error().code, ErrorCode::Usage);
    QVERIFY(s.corrections()->current().isEmpty());
}

void TestCorrector::helpers()
{
    DocumentSession s;
    QVERIFY(openAndWait(s, DocumentLoader::sampleDocument()));
    const Analysis &a = *s.analysis();
    const QList<int> speakers = speakerCandidates(a);
    QVERIFY(!speakers.isEmpty());
    QCOMPARE(a.entities[speakers.front()].name, u"Kyaw Win"_s);  // most mentioned first
    for (int e : speakers)
        QVERIFY(a.entities[e].type == EntityType::PER || a.entities[e].type == EntityType::ORG);
    const QList<EntitySurface> surfaces = entitySurfaces(s.document().text(), a, entityNamed(a, u"Aung San Suu Kyi"_s));
    QCOMPARE(surfaces, (QList<EntitySurface>{{u"Aung San Suu Kyi"_s, 1}, {u"Suu Kyi"_s, 3}}));
    const int kyaw = entityNamed(a, u"Kyaw Win"_s);
    QCOMPARE(entityWithMention(a, a.mentions[a.entities[kyaw].mentions[2]].range), kyaw);
    QCOMPARE(entityWithMention(a, TextRange{0, 1}), -1);
}

QTEST_GUILESS_MAIN(TestCorrector)
#include "tst_corrector.moc"
