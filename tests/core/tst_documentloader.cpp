// DocumentLoader: each format and encoding, titles and blocks, each kind of bad input.
#include "document/DocumentLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

class TestDocumentLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void plainTextKeepsOffsets();
    void crlfNormalised();
    void badInput_data();
    void badInput();
    void unreadableFile();
    void hugeFileRefusedWithoutReading();
    void sampleIsBundled();
    void blocksPartitionText_data();
    void blocksPartitionText();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestDocumentLoader::initTestCase() { QVERIFY(m_dir.isValid()); }

QString TestDocumentLoader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

void TestDocumentLoader::formats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("kinds");  // BlockKind of each block

    const QList<int> P2{int(BlockKind::Paragraph), int(BlockKind::Paragraph)};
    QTest::newRow("txt utf-8") << u"a.txt"_s << u"First line here.\n\nSecond paragraph."_s.toUtf8()
                               << u"First line here."_s << u"First line here.\n\nSecond paragraph."_s << P2;
    QTest::newRow("txt headline") << u"h.txt"_s << QByteArray("Diplomat defects\n\nThe body.")
                                  << u"Diplomat defects"_s << u"Diplomat defects\n\nThe body."_s
                                  << QList<int>{int(BlockKind::Title), int(BlockKind::Paragraph)};
    QTest::newRow("txt cp1252") << u"c.txt"_s
                                << QByteArray("\x93We\x92re leaving,\x94 he said \x97 and left the caf\xE9 at "
                                              "noon, before the r\xE9sum\xE9 reached the embassy.")
                                << u"“We’re leaving,” he said — and left the café at noon, before the résumé "
                                   u"reached the embassy."_s
                                << u"“We’re leaving,” he said — and left the café at noon, before the résumé "
                                   u"reached the embassy."_s
                                << QList<int>{int(BlockKind::Paragraph)};
    QTest::newRow("markdown") << u"m.md"_s
                              << QByteArray("# The Headline\n\nSome *emphasis* and a [link](http://x.org).\n\n"
                                            "> A quoted line\n\n- one\n- two\n\n## Part &amp; parcel\n\n```\ncode\n```\n")
                              << u"The Headline"_s
                              << u"The Headline\n\nSome emphasis and a link.\n\nA quoted line\n\none\n\ntwo\n\nPart & "
                                 u"parcel\n\ncode"_s
                              << QList<int>{int(BlockKind::Title), int(BlockKind::Paragraph), int(BlockKind::BlockQuote),
                                            int(BlockKind::ListItem), int(BlockKind::ListItem), int(BlockKind::Heading),
                                            int(BlockKind::Preformatted)};
    QTest::newRow("markdown front matter") << u"f.md"_s << QByteArray("---\ntitle: \"From YAML\"\n---\nBody text.\n")
                                           << u"From YAML"_s << u"From YAML\n\nBody text."_s
                                           << QList<int>{int(BlockKind::Title), int(BlockKind::Paragraph)};
    QTest::newRow("html") << u"p.html"_s
                          << QByteArray("<!DOCTYPE html><html><head><title>Page title</title>"
                                        "<script>alert(1)</script><style>p{}</style></head><body>"
                                        "<h1>Big  News</h1><p>First <b>bold</b>\n paragraph.</p>"
                                        "<ul><li>Item</li></ul><blockquote><p>Quoted</p></blockquote>"
                                        "<p>&ldquo;Entities&rdquo; &amp; more</p></body></html>")
                          << u"Big News"_s << u"Big News\n\nFirst bold paragraph.\n\nItem\n\nQuoted\n\n“Entities” & more"_s
                          << QList<int>{int(BlockKind::Title), int(BlockKind::Paragraph), int(BlockKind::ListItem),
                                        int(BlockKind::BlockQuote), int(BlockKind::Paragraph)};
    QTest::newRow("html without h1") << u"t.htm"_s
                                     << QByteArray("<html><head><title>Only title</title></head><body><p>Text.</p>"
                                                   "</body></html>")
                                     << u"Only title"_s << u"Only title\n\nText."_s
                                     << QList<int>{int(BlockKind::Title), int(BlockKind::Paragraph)};
    QTest::newRow("html sniffed from .txt") << u"s.txt"_s
                                            << QByteArray("<!doctype html><p>Sniffed paragraph.</p>")
                                            << u"Sniffed paragraph."_s << u"Sniffed paragraph."_s
                                            << QList<int>{int(BlockKind::Paragraph)};
}

void TestDocumentLoader::formats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(QList<int>, kinds);
    const QString path = write(name, bytes);
    const auto doc = DocumentLoader().loadFile(path);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->text(), text);
    QCOMPARE(doc->title(), title);
    QList<int> got;
    for (const Block &b : doc->blocks())
        got << int(b.kind);
    QCOMPARE(got, kinds);
    QCOMPARE(doc->metadata().sourcePath, QFileInfo(path).absoluteFilePath());
    QVERIFY(!doc->contentHash().isEmpty());
}

void TestDocumentLoader::plainTextKeepsOffsets()
{
    // Whatever the spacing, a plain text file's text is shown exactly.
    const QString text = u"  Indented first line\nsecond line\n\n\n  Third  paragraph  \n"_s;
    const auto doc = DocumentLoader().loadFile(write(u"o.txt"_s, text.toUtf8()));
    QVERIFY(doc.ok());
    QCOMPARE(doc->text(), text);
    for (const Block &b : doc->blocks()) {
        const QString t = doc->text().mid(b.range.start, b.range.length());
        QVERIFY(!t.front().isSpace() && !t.back().isSpace());
    }
    QCOMPARE(doc->blocks().size(), 2);
}

void TestDocumentLoader::crlfNormalised()
{
    const auto doc = DocumentLoader().loadFile(write(u"w.txt"_s, QByteArray("One\r\n\r\nTwo\rThree")));
    QVERIFY(doc.ok());
    QCOMPARE(doc->text(), u"One\n\nTwo\nThree"_s);
}

void TestDocumentLoader::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << int(ErrorCode::Empty) << u"empty"_s;
    QTest::newRow("whitespace") << u"blank.txt"_s << QByteArray(" \n\t\n  ") << int(ErrorCode::Empty) << u"no text"_s;
    QTest::newRow("png renamed") << u"photo.txt"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)
                                 << int(ErrorCode::Binary) << u"PNG image"_s;
    QTest::newRow("empty html") << u"e.html"_s << QByteArray("<html><body><script>x()</script></body></html>")
                                << int(ErrorCode::Empty) << u"no readable text"_s;
}

void TestDocumentLoader::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, reason);
    const QString path = write(name, bytes);
    const auto doc = DocumentLoader().loadFile(path);
    QVERIFY(!doc.ok());
    QCOMPARE(int(doc.error().code), code);
    QVERIFY2(doc.error().message.contains(path), qPrintable(doc.error().message));
    QVERIFY2(doc.error().message.contains(reason), qPrintable(doc.error().message));
}

void TestDocumentLoader::unreadableFile()
{
    const auto missing = DocumentLoader().loadFile(m_dir.filePath(u"nope.txt"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(u"nope.txt"_s));
    QVERIFY(missing.error().message.contains(u"does not exist"_s));

    const auto dir = DocumentLoader().loadFile(m_dir.path());
    QVERIFY(!dir.ok());
    QCOMPARE(dir.error().code, ErrorCode::Unreadable);
    QVERIFY(dir.error().message.contains(u"folder"_s));

    const QString locked = write(u"locked.txt"_s, QByteArray("secret"));
    QFile::setPermissions(locked, QFileDevice::Permissions());
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop reading");
    const auto denied = DocumentLoader().loadFile(locked);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, ErrorCode::Unreadable);
    QVERIFY(denied.error().message.contains(u"locked.txt"_s));
}

void TestDocumentLoader::hugeFileRefusedWithoutReading()
{
    // A sparse 200 MB file: refused by its size, instantly, without reading it.
    const QString path = m_dir.filePath(u"huge.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(DocumentLoader::kDefaultMaxBytes));
    f.close();
    const auto doc = DocumentLoader().loadFile(path);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().code, ErrorCode::TooLarge);
    QVERIFY(doc.error().message.contains(u"huge.txt"_s));
    QVERIFY(doc.error().message.contains(u"too large"_s));

    DocumentLoader small;
    small.setMaxBytes(10);
    const auto bytes = small.loadBytes(QByteArray(50, 'a'), u"stdin"_s);
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, ErrorCode::TooLarge);
}

void TestDocumentLoader::sampleIsBundled()
{
    const Document doc = DocumentLoader::sampleDocument();
    QVERIFY(doc.text().startsWith(u"The second-ranking diplomat"_s));
    QVERIFY(doc.text().size() > 5000);
    QVERIFY(!doc.title().isEmpty());
    QFile shared(QStringLiteral(LEDE_SHARED_DIR) + u"/samples/burma-diplomat-defects.txt"_s);
    if (shared.open(QIODevice::ReadOnly))
        QCOMPARE(doc.text(), QString::fromUtf8(shared.readAll()));  // identical to the gold's text
}

void TestDocumentLoader::blocksPartitionText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sample") << DocumentLoader::sampleDocument().text();
    QTest::newRow("ragged") << u"\n\n a \n b\n\n\n\nc\n \nd"_s;
}

void TestDocumentLoader::blocksPartitionText()
{
    QFETCH(QString, text);
    const Document doc = Document::fromPlainText(text);
    int last = 0;
    for (const Block &b : doc.blocks()) {
        QVERIFY(b.range.start >= last);
        QVERIFY(b.range.end > b.range.start);
        for (int i = last; i < b.range.start; ++i)
            QVERIFY(text[i].isSpace());
        last = b.range.end;
        QCOMPARE(doc.blockAt(b.range.start), int(&b - doc.blocks().data()));
    }
    for (int i = last; i < text.size(); ++i)
        QVERIFY(text[i].isSpace());
}

QTEST_GUILESS_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
