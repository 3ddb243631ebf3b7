// The NER model file: serialisation round trip, determinism, and damaged or missing files
// (an Error with a message naming the file, never a crash). Also the shipped model.
#include "analysis/EntityRecognizer.h"
#include "analysis/NerEntityRecognizer.h"
#include "analysis/ner/NerModel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lede;
using namespace lede::ner;
using namespace Qt::Literals::StringLiterals;

namespace {

NerModelData smallModel()
{
    NerModelData d;
    for (int i = 0; i < kTransitionCount; ++i)
        d.transitions[size_t(i)] = float(i % 7) - 3.0f;
    for (std::uint32_t k = 1; k <= 200; ++k) {
        std::array<float, kLabelCount> w{};
        for (int l = 0; l < kLabelCount; ++l)
            w[size_t(l)] = float((k * 31 + std::uint32_t(l) * 17) % 23) - 11.0f;
        d.features.insert(k * 2654435761u, w);
    }
    d.features.insert(99, std::array<float, kLabelCount>{});  // all zero: dropped
    d.lexicon.insert(wordKeyOf(u"London"), 0x0004000300020001ULL);
    d.phrases.insert(phraseKeyOf({u"new", u"york"}), 1u << GazCity);
    d.phrases.insert(phraseKeyOf({u"new"}), kPhrasePrefix);
    d.metadata = R"({"name":"test"})";
    return d;
}

} // namespace

class TestNerModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const NerModelData d = smallModel();
        const QByteArray bytes = d.serialize();
        auto m = NerModel::fromBytes(bytes, u"test"_s);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
        const NerModel &model = **m;
        QCOMPARE(model.featureCount(), 200);
        QCOMPARE(model.metadata(), d.metadata);
        for (int i = 0; i < kTransitionCount; ++i)
            QCOMPARE(model.transitions()[i], d.transitions[size_t(i)]);
        // int8 quantisation: each weight within half a step of the original
        for (auto it = d.features.cbegin(); it != d.features.cend(); ++it) {
            float scores[kLabelCount] = {};
            model.addWeights(it.key(), scores);
            float maxAbs = 0;
            for (float w : *it)
                maxAbs = std::max(maxAbs, std::fabs(w));
            for (int l = 0; l < kLabelCount; ++l)
                QVERIFY(std::fabs(scores[l] - (*it)[size_t(l)]) <= maxAbs / 127.0f * 0.51f + 1e-6f);
        }
        float unknown[kLabelCount] = {};
        model.addWeights(12345, unknown);
        QCOMPARE(unknown[0], 0.0f);
        QCOMPARE(model.clusters(wordKeyOf(u"London")), 0x0004000300020001ULL);
        QCOMPARE(model.clusters(wordKeyOf(u"Paris")), 0ULL);
        QCOMPARE(model.phrase(phraseKeyOf({u"New", u"York"})), 1u << GazCity);
        QCOMPARE(model.phrase(phraseKeyOf({u"new"})), kPhrasePrefix);
    }

    void batchScoringMatchesSingle()
    {
        auto m = NerModel::fromBytes(smallModel().serialize(), u"test"_s);
        QVERIFY(m.ok());
        std::vector<std::uint32_t> keys;
        for (std::uint32_t k = 1; k <= 120; ++k)
            keys.push_back(k * 2654435761u);
        keys.push_back(7);  // unknown
        float one[kLabelCount] = {}, batch[kLabelCount] = {};
        for (std::uint32_t k : keys)
            (*m)->addWeights(k, one);
        (*m)->score(keys.data(), int(keys.size()), batch);
        for (int l = 0; l < kLabelCount; ++l)
            QCOMPARE(batch[l], one[l]);
    }

    void deterministicBytes() { QCOMPARE(smallModel().serialize(), smallModel().serialize()); }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = smallModel().serialize();
        QTest::newRow("empty") << QByteArray() << u"too short"_s;
        QTest::newRow("text file") << QByteArray("hello, this is not a model at all, sorry about that!!") << u"not a Lede entity model"_s;
        QTest::newRow("truncated") << good.left(good.size() - 100) << u"size"_s;
        QTest::newRow("extra bytes") << (good + QByteArray(8, 'x')) << u"size"_s;
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x40);
        QTest::newRow("flipped byte") << flipped << u"checksum"_s;
        QByteArray version = good;
        version[8] = 9;
        QTest::newRow("future version") << version << u"version"_s;
        QByteArray header = good;
        header[16] = char(0xff);  // featureSlots no longer a power of two
        QTest::newRow("bad header") << header << u"header"_s;
    }
    void damaged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        auto m = NerModel::fromBytes(bytes, u"/models/broken.lnm"_s);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::Parse);
        QVERIFY2(m.error().message.contains(u"/models/broken.lnm"_s), qPrintable(m.error().message));
        QVERIFY2(m.error().message.contains(reason), qPrintable(m.error().message));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nothing-here.lnm"_s);
        auto r = NerEntityRecognizer::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(r.error().message.contains(path));
    }

    void damagedFileOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cut.lnm"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(smallModel().serialize().left(300));
        f.close();
        auto r = NerEntityRecognizer::load(path);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"damaged"_s));
    }

    void shippedModelLoads()
    {
        auto r = createEntityRecognizer();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        auto m = NerModel::fromResource(u":/models/ner.lnm"_s);
        QVERIFY(m.ok());
        QVERIFY((*m)->featureCount() > 10000);
        QVERIFY((*m)->metadata().contains("training_data"));
    }
};

QTEST_GUILESS_MAIN(TestNerModel)
#include "tst_nermodel.moc"
