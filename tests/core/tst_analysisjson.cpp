// The CLI analysis JSON contract (DESIGN.md): fields, types, references, and the invariant
// text[start:end] == surface with code-point offsets.
#include "analysis/Analyzer.h"
#include "document/DocumentLoader.h"
#include "export/AnalysisJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

class TestAnalysisJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contract_data();
    void contract();
    void conll();

private:
    std::shared_ptr<const Analyzer> m_analyzer;
};

void TestAnalysisJson::initTestCase()
{
    auto a = Analyzer::create();
    QVERIFY(a.ok());
    m_analyzer = *a;
}

static QString cpMid(const QList<uint> &ucs4, qint64 start, qint64 end)
{
    const QList<uint> part = ucs4.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

void TestAnalysisJson::contract_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sample") << DocumentLoader::sampleDocument().text();
    QTest::newRow("astral before names")
        << u"😀😀 Kyaw Win met Aung San Suu Kyi in Rangoon on Monday. “We will prevail,” 𝐬𝐚𝐢𝐝 Suu Kyi. "
           u"Later, Kyaw Win said that the threats against him 😀 were real."_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("no entities") << u"nothing to see here at all."_s;
}

void TestAnalysisJson::contract()
{
    QFETCH(QString, text);
    const auto a = m_analyzer->analyze(text);
    QVERIFY(a.ok());
    const QByteArray json = analysisToJson(text, *a);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    const QList<uint> ucs4 = text.toUcs4();
    QCOMPARE(o.value(u"text_length").toInteger(), qint64(ucs4.size()));

    const QJsonArray entities = o.value(u"entities").toArray();
    const QJsonArray groups = o.value(u"groups").toArray();
    const QJsonArray quotes = o.value(u"quotes").toArray();
    QCOMPARE(entities.size(), a->mentions.size());
    QCOMPARE(groups.size(), a->entities.size());
    QCOMPARE(quotes.size(), a->quotes.size());
    const QStringList types{u"PER"_s, u"ORG"_s, u"LOC"_s, u"MISC"_s, u"DATE"_s};
    qint64 lastEnd = 0;
    for (const QJsonValue &v : entities) {
        const QJsonObject e = v.toObject();
        const qint64 s = e.value(u"start").toInteger(-1), en = e.value(u"end").toInteger(-1);
        QVERIFY(s >= lastEnd && en > s && en <= ucs4.size());
        lastEnd = en;
        QCOMPARE(cpMid(ucs4, s, en), e.value(u"text").toString());  // the invariant
        QVERIFY(types.contains(e.value(u"type").toString()));
        const int g = e.value(u"entity").toInt(-1);
        QVERIFY(g >= 0 && g < groups.size());
    }
    for (int gi = 0; gi < groups.size(); ++gi) {
        const QJsonObject g = groups[gi].toObject();
        QCOMPARE(g.value(u"id").toInt(-1), gi);
        QVERIFY(!g.value(u"name").toString().isEmpty());
        QVERIFY(types.contains(g.value(u"type").toString()));
        QVERIFY(g.value(u"aliases").isArray());
        const QJsonArray mentions = g.value(u"mentions").toArray();
        QVERIFY(!mentions.isEmpty());
        for (const QJsonValue &m : mentions) {
            QVERIFY(m.toInt(-1) >= 0 && m.toInt() < entities.size());
            QCOMPARE(entities[m.toInt()].toObject().value(u"entity").toInt(), gi);
        }
    }
    for (const QJsonValue &v : quotes) {
        const QJsonObject q = v.toObject();
        const qint64 s = q.value(u"start").toInteger(-1), e = q.value(u"end").toInteger(-1);
        QVERIFY(s >= 0 && e > s && e <= ucs4.size());
        QVERIFY(QStringList({u"direct"_s, u"mixed"_s, u"indirect"_s}).contains(q.value(u"kind").toString()));
        const QJsonArray parts = q.value(u"parts").toArray();
        QVERIFY(!parts.isEmpty());
        for (const QJsonValue &p : parts) {
            const QJsonArray pr = p.toArray();
            QCOMPARE(pr.size(), 2);
            QVERIFY(pr[0].toInteger() >= s && pr[1].toInteger() <= e && pr[0].toInteger() < pr[1].toInteger());
        }
        QVERIFY(q.contains(u"cue") && q.contains(u"speaker") && q.contains(u"speaker_entity"));
        if (q.value(u"speaker").isObject()) {
            const QJsonObject sp = q.value(u"speaker").toObject();
            QCOMPARE(cpMid(ucs4, sp.value(u"start").toInteger(), sp.value(u"end").toInteger()),
                     sp.value(u"text").toString());
        }
        if (!q.value(u"speaker_entity").isNull())
            QVERIFY(q.value(u"speaker_entity").toInt(-1) >= 0 && q.value(u"speaker_entity").toInt() < groups.size());
        if (!q.value(u"cue").isNull())
            QVERIFY(q.value(u"cue").toObject().value(u"end").toInteger() > q.value(u"cue").toObject().value(u"start").toInteger());
    }
}

void TestAnalysisJson::conll()
{
    const QString text = u"Kyaw Win left Burma.\n\nHe flew."_s;
    const auto a = m_analyzer->analyze(text);
    QVERIFY(a.ok());
    const QStringList lines = QString::fromUtf8(analysisToConll(text, *a)).split(u'\n');
    QCOMPARE(lines.value(0), u"Kyaw\tB-PER"_s);
    QCOMPARE(lines.value(1), u"Win\tI-PER"_s);
    QCOMPARE(lines.value(2), u"left\tO"_s);
    QCOMPARE(lines.value(3), u"Burma\tB-LOC"_s);
    QCOMPARE(lines.value(4), u".\tO"_s);
    QCOMPARE(lines.value(5), QString());  // sentence break
    QCOMPARE(lines.value(6), u"He\tO"_s);
}

QTEST_GUILESS_MAIN(TestAnalysisJson)
#include "tst_analysisjson.moc"
