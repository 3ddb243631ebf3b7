// OffsetMap: UTF-16 ↔ code point conversion, the one place it happens.
#include "core/OffsetMap.h"

#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

class TestOffsetMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void outOfRange();
};

void TestOffsetMap::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("codePoints");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("bmp") << u"Burma’s “quote”"_s << 15;
    QTest::newRow("one astral") << u"a😀b"_s << 3;
    QTest::newRow("astral at ends") << u"😀middle😀"_s << 8;
    QTest::newRow("many astral") << u"𝐀𝐁𝐂 x 😀😀"_s << 8;
}

void TestOffsetMap::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, codePoints);
    const OffsetMap map(text);
    QCOMPARE(map.codePointLength(), codePoints);
    QCOMPARE(map.codePointLength(), int(text.toUcs4().size()));
    QCOMPARE(map.isIdentity(), codePoints == text.size());
    // every code-point boundary maps back to the same UTF-16 index
    const QList<uint> ucs4 = text.toUcs4();
    int u16 = 0;
    for (int cp = 0; cp <= ucs4.size(); ++cp) {
        QCOMPARE(map.toCodePoint(u16), cp);
        QCOMPARE(map.toUtf16(cp).value_or(-1), u16);
        if (cp < ucs4.size())
            u16 += ucs4[cp] > 0xFFFF ? 2 : 1;
    }
}

void TestOffsetMap::outOfRange()
{
    const OffsetMap map(u"ab😀"_s);
    QVERIFY(!map.toUtf16(-1).has_value());
    QVERIFY(!map.toUtf16(4).has_value());
    QCOMPARE(map.toUtf16(3).value_or(-1), 4);
}

QTEST_GUILESS_MAIN(TestOffsetMap)
#include "tst_offsetmap.moc"
