// The lede command line, run as a process: exit codes, stdout/stderr, output formats.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void analyzeSample();
    void analyzeStdin();
    void analyzeJsonl();
    void analyzeConll();
    void screenshot();

private:
    struct Run {
        int code;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &input = {});
    QString m_exe;
    QString m_sample;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    m_exe = QStringLiteral(LEDE_EXECUTABLE);
    if (m_exe.isEmpty() || !QFile::exists(m_exe))
        QSKIP("the lede executable is not built");
    m_sample = QStringLiteral(LEDE_SOURCE_DIR) + u"/resources/samples/burma-diplomat-defects.txt"_s;
    QVERIFY(QFile::exists(m_sample));
}

TestCli::Run TestCli::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);  // headless commands must not need a display
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    p.setProcessEnvironment(env);
    p.start(m_exe, args);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60000))
        return {-1, {}, u"timeout"_s};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("version") << QStringList{u"--version"_s} << 0 << QString();
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << QString();
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << 1 << u"--frobnicate"_s;
    QTest::newRow("analyze no file") << QStringList{u"analyze"_s} << 1 << u"which file"_s;
    QTest::newRow("analyze bad format") << QStringList{u"analyze"_s, u"x.txt"_s, u"--format"_s, u"xml"_s} << 1
                                        << u"xml"_s;
    QTest::newRow("analyze missing") << QStringList{u"analyze"_s, u"/nonexistent/article.txt"_s} << 2
                                     << u"/nonexistent/article.txt"_s;
    QTest::newRow("screenshot no path") << QStringList{u"--screenshot"_s} << 1 << u"--screenshot"_s;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stderrContains);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    if (!stderrContains.isEmpty())
        QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    if (code == 0)
        QVERIFY(!r.out.isEmpty());
}

void TestCli::analyzeSample()
{
    const Run r = run({u"analyze"_s, m_sample});
    QCOMPARE(r.code, 0);
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &e).object();
    QCOMPARE(e.error, QJsonParseError::NoError);
    QFile sample(m_sample);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QCOMPARE(o.value(u"text_length").toInt(), int(QString::fromUtf8(sample.readAll()).toUcs4().size()));
    QVERIFY(o.value(u"entities").toArray().size() > 20);
    QVERIFY(o.value(u"quotes").toArray().size() > 3);

    // a binary file is refused with exit code 2, naming the file and the reason
    const QString png = m_dir.filePath(u"photo.txt"_s);
    QFile f(png);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    f.close();
    const Run bad = run({u"analyze"_s, png});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(png) && bad.err.contains(u"PNG"_s), qPrintable(bad.err));
    QVERIFY(bad.out.isEmpty());
}

void TestCli::analyzeStdin()
{
    const Run r = run({u"analyze"_s, u"-"_s}, "Kyaw Win flew to Geneva on Monday.");
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"text_length").toInt(), 34);
    const Run empty = run({u"analyze"_s, u"-"_s}, "");
    QCOMPARE(empty.code, 2);
    QVERIFY(empty.err.contains(u"standard input"_s));
}

void TestCli::analyzeJsonl()
{
    const QByteArray in = "{\"id\": \"a\", \"text\": \"Kyaw Win left.\"}\n"
                          "not json\n"
                          "{\"id\": 7, \"text\": \"Burma, also known as Myanmar.\", \"meta\": {\"x\": 1}}\n"
                          "{\"id\": \"no-text\"}\n";
    const Run r = run({u"analyze"_s, u"--jsonl"_s}, in);
    QCOMPARE(r.code, 2);  // two bad lines reported
    QVERIFY2(r.err.contains(u"line 2"_s) && r.err.contains(u"line 4"_s), qPrintable(r.err));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject a = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(a.value(u"id").toString(), u"a"_s);
    QCOMPARE(a.value(u"text_length").toInt(), 14);
    const QJsonObject b = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(b.value(u"id").toInt(), 7);
    QVERIFY(b.contains(u"groups"));
}

void TestCli::analyzeConll()
{
    const Run r = run({u"analyze"_s, u"-"_s, u"--format"_s, u"conll"_s}, "Kyaw Win left.");
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("Kyaw\tB-PER\nWin\tI-PER\nleft\tO\n.\tO\n"), r.out.constData());
}

void TestCli::screenshot()
{
    const QString out = m_dir.filePath(u"shot.png"_s);
    const Run r = run({u"--screenshot"_s, out});
    QCOMPARE(r.code, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(8).startsWith("\x89PNG"));
    QVERIFY(f.size() > 20000);
    const Run bad = run({u"--screenshot"_s, m_dir.filePath(u"x.png"_s), u"/nonexistent.txt"_s});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(u"/nonexistent.txt"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.png"_s)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
