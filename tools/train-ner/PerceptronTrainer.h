// PerceptronTrainer: an averaged structured perceptron (Collins 2002) over BILOU labels,
// first-order Viterbi, on features from ner::NerFeatureExtractor.
//
// Documents are tokenized with Lede's own Tokenizer, so training sees the tokens inference
// sees; each gold entity (character span) labels the tokens inside it. Deterministic: the
// same documents, options and seed give the same weights, bit for bit (one thread, a fixed
// sentence order drawn from a splitmix64 generator).
#pragma once

#include "ConllCorpus.h"

#include "analysis/ner/NerFeatures.h"
#include "analysis/ner/NerModel.h"

#include <unordered_map>
#include <vector>

namespace lede::train {

class PerceptronTrainer {
public:
    explicit PerceptronTrainer(const ner::NerLexicon &lexicon) : m_lexicon(lexicon) {}

    void addDocuments(const QList<GoldDoc> &docs);
    // One pass over the sentences in an order drawn from seed and epoch.
    void trainEpoch(int epoch, std::uint64_t seed);
    // The averaged weights (features seen fewer than minCount times are dropped).
    ner::NerModelData averagedModel(int minCount = 1) const;
    // Forgets the weights (not the documents): the next epochs train a fresh model.
    void resetWeights();

    int tokenCount() const { return int(m_gold.size()); }
    int sentenceCount() const { return int(m_sentences.size()); }
    int featureCount() const { return int(m_featureKeys.size()); }
    int mistakesLastEpoch() const { return m_mistakes; }

private:
    struct SentenceRange {
        int first, last;
    };
    void update(const SentenceRange &s, const QList<std::uint8_t> &pred);

    const ner::NerLexicon &m_lexicon;
    std::unordered_map<std::uint32_t, std::uint32_t> m_index;  // feature key → dense id
    std::vector<std::uint32_t> m_featureKeys;                   // dense id → key
    std::vector<std::uint32_t> m_featureCounts;
    std::vector<int> m_tokenBegin = {0};                        // token → feats range
    std::vector<std::uint32_t> m_feats;
    std::vector<std::uint8_t> m_gold;
    std::vector<SentenceRange> m_sentences;
    std::vector<float> m_weights;                               // dense id × kLabelCount
    std::vector<double> m_accum;                                // Σ step × update, for averaging
    std::vector<float> m_trans = std::vector<float>(ner::kTransitionCount, 0.0f);
    std::vector<double> m_transAccum = std::vector<double>(ner::kTransitionCount, 0.0);
    double m_step = 1;
    int m_mistakes = 0;
};

} // namespace lede::train
