// TextDecoder: BOMs, encoding detection, invalid bytes, binary refusal; the charsets of web
// pages (declared, wrong, absent) through DocumentLoader with fixtures in tests/data/web/.
#include "document/DocumentLoader.h"
#include "document/TextDecoder.h"

#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

class TestTextDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decode_data();
    void decode();
    void binaryRefused_data();
    void binaryRefused();
    void invalidUtf8BecomesReplacement();
    void declaredCharsetUsedWhenBytesAreNotUtf8();
    void declaredCharsetIgnoredWhenBytesAreUtf8();
    void declaredHtmlCharset_data();
    void declaredHtmlCharset();
    void contentTypeCharset();
    void labelsMapLikeBrowsers_data();
    void labelsMapLikeBrowsers();
    void webPages_data();
    void webPages();
};

static QByteArray utf16(const QString &s, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (QChar c : s) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");
    const QString sample = u"Café “Kyaw Win’s” — naïve 東京"_s;
    QTest::newRow("utf-8") << sample.toUtf8() << sample << u"UTF-8"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << sample << u"UTF-8"_s;
    QTest::newRow("utf-16le bom") << utf16(sample, false, true) << sample << u"UTF-16LE"_s;
    QTest::newRow("utf-16be bom") << utf16(sample, true, true) << sample << u"UTF-16BE"_s;
    QTest::newRow("ascii") << QByteArray("Plain old ASCII text.\n") << u"Plain old ASCII text.\n"_s << u"UTF-8"_s;
    // Windows-1252: curly quotes 0x93/0x94, apostrophe 0x92, em dash 0x97, é 0xE9
    const QByteArray cp1252 = "The caf\xE9 said \x93we\x92re open\x94 \x97 from Monday to Friday, "
                              "with cr\xE8me br\xFBl\xE9" "e and pain au chocolat for everyone in the "
                              "neighbourhood. R\xE9sum\xE9s are welcome at the counter.";
    QTest::newRow("windows-1252") << cp1252
                                  << u"The café said “we’re open” — from Monday to Friday, with crème brûlée "
                                     u"and pain au chocolat for everyone in the neighbourhood. Résumés are "
                                     u"welcome at the counter."_s
                                  << u"windows-1252"_s;
    const QByteArray latin1 = "Der B\xE4r und die M\xFCller-Stra\xDF" "e in K\xF6ln: sch\xF6ne Gr\xFC\xDF"
                              "e aus \xD6sterreich und der Schweiz, wo die B\xE4ren \xFC" "ber die Br\xFC"
                              "cken gehen.";
    QTest::newRow("latin-1 german") << latin1
                                    << u"Der Bär und die Müller-Straße in Köln: schöne Grüße aus Österreich und "
                                       u"der Schweiz, wo die Bären über die Brücken gehen."_s
                                    << u"windows-1252"_s;
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    const auto r = decodeText(bytes, u"test.txt"_s);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->text, expected);
    QCOMPARE(r->encoding, encoding);
    QCOMPARE(r->replacedSequences, 0);
}

void TestTextDecoder::binaryRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"PNG"_s;
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << u"JPEG"_s;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3") << u"PDF"_s;
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << u"ZIP"_s;
    QTest::newRow("nul bytes") << QByteArray("abc\0def\0ghi", 11) << u"NUL"_s;
    QByteArray ctrl;
    for (int i = 0; i < 200; ++i)
        ctrl += char(i % 2 ? 0x01 : 'a');
    QTest::newRow("control chars") << ctrl << u"control"_s;
}

void TestTextDecoder::binaryRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto r = decodeText(bytes, u"photo.txt"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Binary);
    QVERIFY2(r.error().message.contains(u"photo.txt"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
}

void TestTextDecoder::invalidUtf8BecomesReplacement()
{
    // Mostly UTF-8 with two stray bytes (a damaged file)
    QByteArray bytes = u"Naïve “quotes” and café, Zürich, São Paulo, Kraków, Düsseldorf."_s.toUtf8();
    bytes.insert(10, '\xFF');
    bytes.append("\xC3");  // truncated sequence at the end
    const auto r = decodeText(bytes, u"damaged.txt"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->encoding, u"UTF-8"_s);
    QVERIFY(r->replacedSequences >= 2);
    QVERIFY(r->text.contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(r->text.contains(u"Kraków"_s));
}

void TestTextDecoder::declaredCharsetUsedWhenBytesAreNotUtf8()
{
    const QByteArray koi8 = "\xF0\xD2\xC9\xD7\xC5\xD4";  // "Привет" in KOI8-R
    const auto r = decodeText(koi8, u"page.html"_s, u"koi8-r"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->text, u"Привет"_s);
}

void TestTextDecoder::declaredCharsetIgnoredWhenBytesAreUtf8()
{
    const QString s = u"中文页面，声明为 gb2312，其实是 UTF-8。"_s;
    const auto r = decodeText(s.toUtf8(), u"page.html"_s, u"gb2312"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->text, s);
    QCOMPARE(r->encoding, u"UTF-8"_s);
}

void TestTextDecoder::declaredHtmlCharset_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("charset");
    QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"gb2312\">") << u"gb2312"_s;
    QTest::newRow("meta charset unquoted") << QByteArray("<meta charset=Shift_JIS>") << u"Shift_JIS"_s;
    QTest::newRow("http-equiv") << QByteArray("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">")
                                << u"ISO-8859-1"_s;
    QTest::newRow("xml declaration") << QByteArray("<?xml version=\"1.0\" encoding=\"windows-1251\"?><html>")
                                     << u"windows-1251"_s;
    QTest::newRow("none") << QByteArray("<html><head><title>x</title></head>") << QString();
    QTest::newRow("after 4 KB") << QByteArray(5000, ' ') + "<meta charset=\"koi8-r\">" << QString();
}

void TestTextDecoder::declaredHtmlCharset()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, charset);
    QCOMPARE(lede::declaredHtmlCharset(head), charset);
}

void TestTextDecoder::contentTypeCharset()
{
    QCOMPARE(charsetFromContentType("text/html; charset=UTF-8"), u"UTF-8"_s);
    QCOMPARE(charsetFromContentType("text/html;charset=\"gbk\""), u"gbk"_s);
    QCOMPARE(charsetFromContentType("text/html"), QString());
}

void TestTextDecoder::labelsMapLikeBrowsers_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("name");
    QTest::newRow("latin1") << u"ISO-8859-1"_s << u"windows-1252"_s;
    QTest::newRow("ascii") << u"us-ascii"_s << u"windows-1252"_s;
    QTest::newRow("gb2312") << u"gb2312"_s << u"GB18030"_s;
    QTest::newRow("gbk") << u" GBK "_s << u"GB18030"_s;
    QTest::newRow("sjis") << u"Shift_JIS"_s << u"windows-31j"_s;
    QTest::newRow("euc-kr") << u"euc-kr"_s << u"windows-949"_s;
    QTest::newRow("utf8") << u"utf8"_s << u"UTF-8"_s;
    QTest::newRow("other kept") << u"KOI8-R"_s << u"KOI8-R"_s;
}

void TestTextDecoder::labelsMapLikeBrowsers()
{
    QFETCH(QString, label);
    QFETCH(QString, name);
    QCOMPARE(canonicalEncodingName(label), name);
}

void TestTextDecoder::webPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    const QString zh = u"国家统计局周一公布的数据显示"_s;
    const QString fr = u"Le café de la gare a rouvert ses portes après l’été : « Nous étions fatigués"_s;
    QTest::newRow("declares gb2312, is UTF-8") << u"charset-gb2312-but-utf8.html"_s << u"UTF-8"_s << u"粮食产量增长"_s << zh;
    QTest::newRow("gb2312 declared, GBK bytes") << u"charset-gbk.html"_s << u"GB18030"_s << u"粮食产量增长"_s << zh;
    QTest::newRow("windows-1252, undeclared") << u"charset-cp1252-undeclared.html"_s << u"WINDOWS-1252"_s
                                              << u"Réouverture du café"_s << fr;
    QTest::newRow("declares UTF-8, is windows-1252") << u"charset-wrong-utf8.html"_s << u"WINDOWS-1252"_s
                                                     << u"Réouverture du café"_s << fr;
    QTest::newRow("Shift_JIS declared") << u"charset-shiftjis.html"_s << u"windows-31j"_s << u"防災計画"_s
                                        << u"東京都は月曜日、新しい防災計画を発表した。"_s;
    QTest::newRow("UTF-16 with BOM") << u"charset-utf16-bom.html"_s << u"UTF-16LE"_s << u"Réouverture du café"_s << fr;
}

void TestTextDecoder::webPages()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, title);
    QFETCH(QString, expected);
    const auto doc = DocumentLoader().loadFile(QStringLiteral(LEDE_TEST_DATA_DIR) + u"/web/"_s + file);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->metadata().encoding.toUpper(), encoding.toUpper());
    QCOMPARE(doc->title(), title);
    QVERIFY2(doc->text().contains(expected), qPrintable(doc->text()));
    QVERIFY(!doc->text().contains(QChar(QChar::ReplacementCharacter)));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
