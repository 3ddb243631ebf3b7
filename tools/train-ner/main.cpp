// lede-train-ner: trains the entity recognizer's model (see docs/model-card.md).
//
//   lede-train-ner --train FILE[:TYPES] ... [--dev FILE] --clusters TSV
//                  --gazetteers DIR ... --epochs N --seed S [--seeds N] [--min-count N]
//                  [--lowercase-every K] [--lowercase-names-every K] --name NAME --out MODEL
//
// FILE is CoNLL-style (shared/data/ner/*); ":PER,ORG,LOC" keeps only those types of that file
// (the others become O). Every --gazetteers DIR contributes the lists it has of: first-names,
// countries, regions, cities, common-words, proper-names (resources/ner/gazetteers) and locations, demonyms, org-cues,
// person-titles, given-names (resources/gazetteers). --dev prints dev F1 after each epoch
// (monitoring only). --lowercase-every K adds a lower-cased copy of every K-th training
// document (robustness to lower-case text); --lowercase-names-every K a copy of every K-th
// document with only its names lower-cased ("flights to san francisco"). --seeds N trains N
// models (seeds S, S+1, …) and averages their weights (less variance from the sentence
// order). Deterministic: the same inputs and seed give the same model bytes.
//
//   lede-train-ner --evaluate MODEL --dev FILE[:TYPES] ...
// prints exact span+type P/R/F1 of a model file on each FILE (only TYPES, default all).
#include "ConllCorpus.h"
#include "Evaluation.h"
#include "PerceptronTrainer.h"
#include "TrainerLexicon.h"

#include "analysis/NerEntityRecognizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

void say(const QString &s) { std::fprintf(stderr, "%s\n", qPrintable(s)); }

int fail(const QString &s)
{
    say(u"lede-train-ner: "_s + s);
    return 2;
}

const std::pair<const char16_t *, ner::GazetteerList> kLists[] = {
    {u"first-names", ner::GazFirstName}, {u"countries", ner::GazCountry}, {u"regions", ner::GazRegion},
    {u"cities", ner::GazCity}, {u"locations", ner::GazCuratedPlace}, {u"demonyms", ner::GazDemonym},
    {u"org-cues", ner::GazOrgCue}, {u"person-titles", ner::GazPersonTitle},
    {u"given-names", ner::GazGivenNameCurated}, {u"common-words", ner::GazCommonWord},
    {u"proper-names", ner::GazProperName},
};

// "FILE:PER,ORG" → (FILE, types); no suffix: all four types.
std::pair<QString, QList<int>> splitSpec(const QString &spec)
{
    const qsizetype colon = spec.lastIndexOf(u':');
    if (colon <= 0 || spec.mid(colon + 1).contains(u'/'))
        return {spec, {0, 1, 2, 3}};
    QList<int> types;
    for (const QString &t : spec.mid(colon + 1).split(u','))
        types << train::typeIndex(t);
    return {spec.left(colon), types};
}

int evaluateFiles(const QString &modelPath, const QStringList &files)
{
    auto rec = NerEntityRecognizer::load(modelPath);
    if (!rec)
        return fail(rec.error().message);
    for (const QString &spec : files) {
        const auto [path, types] = splitSpec(spec);
        auto docs = train::readConll(path);
        if (!docs)
            return fail(docs.error().message);
        const train::Scores s = train::evaluate(**rec, *docs, types);
        say(u"%1: P %2 R %3 F1 %4"_s.arg(spec).arg(s.precision(), 0, 'f', 4).arg(s.recall(), 0, 'f', 4).arg(s.f1(), 0, 'f', 4));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QStringList trainFiles, devFiles, gazetteerDirs;
    QString clusters, out, evaluateModel, name = u"lede-ner"_s;
    int epochs = 10, minCount = 1, lowerEvery = 0, lowerNamesEvery = 0, seeds = 1;
    std::uint64_t seed = 1;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto next = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == u"--train") trainFiles << next();
        else if (a == u"--dev") devFiles << next();
        else if (a == u"--gazetteers") gazetteerDirs << next();
        else if (a == u"--clusters") clusters = next();
        else if (a == u"--out") out = next();
        else if (a == u"--evaluate") evaluateModel = next();
        else if (a == u"--name") name = next();
        else if (a == u"--epochs") epochs = next().toInt();
        else if (a == u"--min-count") minCount = next().toInt();
        else if (a == u"--lowercase-every") lowerEvery = next().toInt();
        else if (a == u"--lowercase-names-every") lowerNamesEvery = next().toInt();
        else if (a == u"--seeds") seeds = next().toInt();
        else if (a == u"--seed") seed = next().toULongLong();
        else return fail(u"unknown argument "_s + a + u" (see the header of tools/train-ner/main.cpp)"_s);
    }
    if (!evaluateModel.isEmpty())
        return evaluateFiles(evaluateModel, devFiles);
    if (trainFiles.isEmpty() || out.isEmpty() || epochs < 1 || seeds < 1)
        return fail(u"need --train FILE, --out MODEL, --epochs >= 1 and --seeds >= 1"_s);

    train::TrainerLexicon lexicon;
    if (!clusters.isEmpty())
        if (auto r = lexicon.loadClusters(clusters); !r)
            return fail(r.error().message);
    for (const QString &dir : gazetteerDirs)
        for (const auto &[file, list] : kLists) {
            const QString path = QDir(dir).filePath(QString::fromUtf16(file) + u".txt"_s);
            if (QFileInfo::exists(path))
                if (auto r = lexicon.loadGazetteer(path, list); !r)
                    return fail(r.error().message);
        }

    train::PerceptronTrainer trainer(lexicon);
    QJsonArray trainInfo;
    for (const QString &spec : trainFiles) {
        const auto [path, keep] = splitSpec(spec);
        const bool typed = path != spec;
        train::CorpusOptions opt;
        opt.keepTypes = keep;
        auto docs = train::readConll(path, opt);
        if (!docs)
            return fail(docs.error().message);
        trainer.addDocuments(*docs);
        if (lowerEvery > 0) {
            // case robustness: a lower-cased copy of every lowerEvery-th document
            QList<train::GoldDoc> lowered;
            for (qsizetype d = 0; d < docs->size(); d += lowerEvery) {
                train::GoldDoc copy = docs->at(d);
                for (QChar &c : copy.text)
                    c = c.toLower();
                lowered.append(copy);
            }
            trainer.addDocuments(lowered);
        }
        if (lowerNamesEvery > 0) {
            // lower-case names in ordinary text: a copy of every lowerNamesEvery-th document
            // (offset by half a period from the lower-cased copies) with its names lower-cased
            QList<train::GoldDoc> lowered;
            for (qsizetype d = lowerNamesEvery / 2; d < docs->size(); d += lowerNamesEvery) {
                train::GoldDoc copy = docs->at(d);
                for (const train::GoldSpan &span : copy.spans)
                    for (int c = span.start; c < span.end; ++c)
                        copy.text[c] = copy.text[c].toLower();
                lowered.append(copy);
            }
            trainer.addDocuments(lowered);
        }
        QFile f(path);
        QByteArray sha;
        if (f.open(QIODevice::ReadOnly))
            sha = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        trainInfo.append(QJsonObject{{u"file"_s, QString(QFileInfo(path).dir().dirName() + u"/"_s + QFileInfo(path).fileName())},
                                     {u"sha256"_s, QString::fromLatin1(sha)},
                                     {u"types"_s, typed ? spec.mid(path.size() + 1) : u"PER,ORG,LOC,MISC"_s},
                                     {u"documents"_s, int(docs->size())}});
    }
    say(u"training: %1 sentences, %2 tokens, %3 features"_s.arg(trainer.sentenceCount())
            .arg(trainer.tokenCount()).arg(trainer.featureCount()));

    QList<train::GoldDoc> dev;
    for (const QString &path : devFiles) {
        auto docs = train::readConll(path);
        if (!docs)
            return fail(docs.error().message);
        dev += *docs;
    }
    QJsonObject meta{{u"name"_s, name}, {u"trainer"_s, u"averaged structured perceptron, BILOU, Viterbi"_s},
                     {u"seed"_s, QString::number(seed)}, {u"epochs"_s, epochs}, {u"min_count"_s, minCount},
                     {u"lowercase_every"_s, lowerEvery}, {u"lowercase_names_every"_s, lowerNamesEvery},
                     {u"seeds"_s, seeds},
                     {u"training_data"_s, trainInfo}, {u"lexicon"_s, QJsonArray::fromStringList(lexicon.sources())}};
    // The weights of the models trained so far (one per seed), summed; the model is their mean.
    ner::NerModelData sum;
    int models = 0;
    auto current = [&]() {
        ner::NerModelData data = trainer.averagedModel(minCount);
        if (models == 0)
            return data;
        const float n = float(models + 1);
        for (int i = 0; i < ner::kTransitionCount; ++i)
            data.transitions[size_t(i)] = (data.transitions[size_t(i)] + sum.transitions[size_t(i)]) / n;
        for (auto it = sum.features.cbegin(); it != sum.features.cend(); ++it) {
            auto &w = data.features[it.key()];  // zero if the model lacks it
            for (int l = 0; l < ner::kLabelCount; ++l)
                w[size_t(l)] += it.value()[size_t(l)];
        }
        for (auto it = data.features.begin(); it != data.features.end(); ++it)
            for (float &w : *it)
                w /= n;
        return data;
    };
    auto build = [&]() {
        ner::NerModelData data = current();
        lexicon.copyInto(data);
        data.metadata = QJsonDocument(meta).toJson(QJsonDocument::Compact);
        return data.serialize();
    };
    for (int m = 0; m < seeds; ++m) {
        if (m > 0) {
            // add the finished model to the sum, and train the next one from scratch
            const ner::NerModelData done = trainer.averagedModel(minCount);
            for (int i = 0; i < ner::kTransitionCount; ++i)
                sum.transitions[size_t(i)] += done.transitions[size_t(i)];
            for (auto it = done.features.cbegin(); it != done.features.cend(); ++it) {
                auto &w = sum.features[it.key()];
                for (int l = 0; l < ner::kLabelCount; ++l)
                    w[size_t(l)] += it.value()[size_t(l)];
            }
            models = m;
            trainer.resetWeights();
        }
        for (int e = 1; e <= epochs; ++e) {
            trainer.trainEpoch(e, seed + std::uint64_t(m));
            QString line = u"seed %1 epoch %2: %3 sentences with mistakes"_s.arg(seed + std::uint64_t(m)).arg(e)
                               .arg(trainer.mistakesLastEpoch());
            if (!dev.isEmpty()) {
                auto model = ner::NerModel::fromBytes(build(), u"(in memory)"_s);
                if (!model)
                    return fail(model.error().message);
                const NerEntityRecognizer rec(*model);
                const train::Scores s = train::evaluate(rec, dev, {0, 1, 2, 3});
                line += u"; dev P %1 R %2 F1 %3"_s.arg(s.precision(), 0, 'f', 4).arg(s.recall(), 0, 'f', 4).arg(s.f1(), 0, 'f', 4);
            }
            say(line);
        }
    }
    const QByteArray bytes = build();
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(u"cannot write %1: %2"_s.arg(out, file.errorString()));
    say(u"wrote %1 (%2 bytes, %3 features)"_s.arg(out).arg(bytes.size())
            .arg(ner::NerModel::fromBytes(bytes, out).value()->featureCount()));
    return 0;
}
