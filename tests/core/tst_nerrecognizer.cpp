// The shipped entity recognizer: a guard against a broken model (≥ 0.85 micro-F1 on a fixed
// 200-sentence slice of CoNLL-2003 dev, read from LEDE_SHARED_DIR; skipped when absent) and
// a few plain sentences whose entities any working model finds.
#include "analysis/EntityRecognizer.h"
#include "analysis/Tokenizer.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Doc {
    QString text;
    QSet<QString> gold;  // "start:end:TYPE" over gold tokens
    QList<int> starts, ends;
};

// The first `sentences` sentences of a CoNLL file as documents built like nerscore.py does.
QList<Doc> readSlice(const QString &path, int sentences)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Doc> docs(1);
    int sentenceCount = 0;
    bool inSentence = false;
    int openStart = -1, openEnd = -1;
    QString openType;
    auto close = [&] {
        if (openStart >= 0)
            docs.back().gold.insert(u"%1:%2:%3"_s.arg(openStart).arg(openEnd).arg(openType));
        openStart = -1;
    };
    while (!f.atEnd() && sentenceCount < sentences) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty()) {
            close();
            sentenceCount += inSentence ? 1 : 0;
            inSentence = false;
            continue;
        }
        const QStringList cols = line.split(u'\t');
        if (cols.front() == u"-DOCSTART-") {
            close();
            if (!docs.back().text.isEmpty())
                docs.append(Doc{});
            continue;
        }
        Doc &d = docs.back();
        if (!d.text.isEmpty())
            d.text += inSentence ? u' ' : u'\n';
        inSentence = true;
        const int start = int(d.text.size());
        d.text += cols.front();
        d.starts.append(start);
        d.ends.append(int(d.text.size()));
        const QString tag = cols.back();
        if (tag == u"O" || tag.startsWith(u"B-") || (openStart >= 0 && tag.mid(2) != openType))
            close();
        if (tag != u"O") {
            if (openStart < 0) {
                openStart = start;
                openType = tag.mid(2);
            }
            openEnd = int(d.text.size());
        }
    }
    close();
    return docs;
}

} // namespace

class TestNerRecognizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void conllDevSlice()
    {
        const QString path = QStringLiteral(LEDE_SHARED_DIR) + u"/data/ner/conll2003/dev.conll"_s;
        if (!QFile::exists(path))
            QSKIP("CoNLL-2003 dev is not available (LEDE_SHARED_DIR)");
        const QList<Doc> docs = readSlice(path, 200);
        auto rec = createEntityRecognizer();
        QVERIFY2(rec.ok(), rec.ok() ? "" : qPrintable(rec.error().message));
        int gold = 0, predicted = 0, correct = 0;
        for (const Doc &d : docs) {
            const TokenizedText tt = Tokenizer().tokenize(d.text);
            auto mentions = (*rec)->recognize(d.text, tt, CancelToken());
            QVERIFY(mentions.ok());
            QSet<QString> pred;
            for (const Mention &m : *mentions) {
                // snap to the gold tokens the span overlaps
                int s = -1, e = -1;
                for (int i = 0; i < d.starts.size(); ++i)
                    if (d.ends[i] > m.range.start && d.starts[i] < m.range.end) {
                        if (s < 0)
                            s = d.starts[i];
                        e = d.ends[i];
                    }
                pred.insert(u"%1:%2:%3"_s.arg(s).arg(e).arg(entityTypeCode(m.type)));
            }
            gold += int(d.gold.size());
            predicted += int(pred.size());
            correct += int((pred & d.gold).size());
        }
        QVERIFY(gold > 250);
        const double p = double(correct) / std::max(1, predicted), r = double(correct) / gold;
        const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        qInfo("200 sentences of CoNLL-2003 dev: P %.4f R %.4f F1 %.4f", p, r, f1);
        QVERIFY2(f1 >= 0.85, qPrintable(u"micro-F1 %1 < 0.85"_s.arg(f1)));
    }

    void plainSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::newRow("person") << u"Secretary of State Condoleezza Rice said on Tuesday that talks would resume."_s
                                << u"Condoleezza Rice"_s << u"PER"_s;
        QTest::newRow("place") << u"The talks were held in Geneva last week."_s << u"Geneva"_s << u"LOC"_s;
        QTest::newRow("organisation") << u"Shares of Microsoft Corp rose 3 percent on the news."_s
                                      << u"Microsoft Corp"_s << u"ORG"_s;
        QTest::newRow("nationality") << u"The German government rejected the proposal."_s << u"German"_s << u"MISC"_s;
    }
    void plainSentences()
    {
        QFETCH(QString, text);
        QFETCH(QString, surface);
        QFETCH(QString, type);
        auto rec = createEntityRecognizer();
        QVERIFY(rec.ok());
        auto mentions = (*rec)->recognize(text, Tokenizer().tokenize(text), CancelToken());
        QVERIFY(mentions.ok());
        QStringList found;
        for (const Mention &m : *mentions)
            found << text.mid(m.range.start, m.range.length()) + u'/' + entityTypeCode(m.type);
        QVERIFY2(found.contains(surface + u'/' + type), qPrintable(found.join(u", ")));
    }

    void cancelled()
    {
        auto rec = createEntityRecognizer();
        QVERIFY(rec.ok());
        QString text;
        for (int i = 0; i < 2000; ++i)
            text += u"Kyaw Win met officials in Washington on Monday. "_s;
        CancelToken cancel;
        cancel.cancel();
        auto r = (*rec)->recognize(text, Tokenizer().tokenize(text), cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestNerRecognizer)
#include "tst_nerrecognizer.moc"
