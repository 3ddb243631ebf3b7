#include "PerceptronTrainer.h"

#include "analysis/Tokenizer.h"
#include "analysis/ner/NerDecoder.h"
#include "analysis/ner/NerLabels.h"

#include <algorithm>

namespace lede::train {

namespace {

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr int kL = ner::kLabelCount;
constexpr int kStartRow = ner::kLabelCount;
constexpr int kEndRow = ner::kLabelCount + 1;

} // namespace

void PerceptronTrainer::addDocuments(const QList<GoldDoc> &docs)
{
    const Tokenizer tokenizer;
    const ner::NerFeatureExtractor extractor(m_lexicon);
    ner::FeatureBuffer fb;
    for (const GoldDoc &doc : docs) {
        const TokenizedText tt = tokenizer.tokenize(doc.text);
        extractor.extract(doc.text, tt, fb);
        // The gold entity each token lies in (tokens never cross gold token boundaries).
        std::vector<int> entityOf(size_t(tt.tokens.size()), -1);
        int e = 0;
        for (int t = 0; t < tt.tokens.size(); ++t) {
            while (e < doc.spans.size() && doc.spans[e].end <= tt.tokens[t].start)
                ++e;
            if (e < doc.spans.size() && doc.spans[e].start <= tt.tokens[t].start && tt.tokens[t].end <= doc.spans[e].end)
                entityOf[size_t(t)] = e;
        }
        for (const Sentence &s : tt.sentences) {
            QList<ner::LabelSpan> spans;
            for (int t = s.firstToken; t < s.endToken;) {
                const int ent = entityOf[size_t(t)];
                int u = t + 1;
                if (ent >= 0) {
                    while (u < s.endToken && entityOf[size_t(u)] == ent)
                        ++u;
                    spans.append(ner::LabelSpan{t - s.firstToken, u - s.firstToken, doc.spans[ent].type});
                }
                t = u;
            }
            const QList<std::uint8_t> labels = ner::spansToLabels(spans, s.endToken - s.firstToken);
            const int first = int(m_gold.size());
            for (int t = s.firstToken; t < s.endToken; ++t) {
                for (int k = fb.begin[size_t(t)]; k < fb.begin[size_t(t) + 1]; ++k) {
                    const std::uint32_t key = fb.keys[size_t(k)];
                    auto [it, inserted] = m_index.try_emplace(key, std::uint32_t(m_featureKeys.size()));
                    if (inserted) {
                        m_featureKeys.push_back(key);
                        m_featureCounts.push_back(0);
                    }
                    ++m_featureCounts[it->second];
                    m_feats.push_back(it->second);
                }
                m_tokenBegin.push_back(int(m_feats.size()));
                m_gold.push_back(labels[t - s.firstToken]);
            }
            m_sentences.push_back(SentenceRange{first, int(m_gold.size())});
        }
    }
    m_weights.resize(m_featureKeys.size() * kL, 0.0f);
    m_accum.resize(m_featureKeys.size() * kL, 0.0);
}

void PerceptronTrainer::trainEpoch(int epoch, std::uint64_t seed)
{
    std::vector<int> order(m_sentences.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::uint64_t state = seed * 1000003ULL + std::uint64_t(epoch);
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[splitmix64(state) % i]);

    m_mistakes = 0;
    std::vector<float> em;
    for (int idx : order) {
        const SentenceRange &s = m_sentences[size_t(idx)];
        const int n = s.last - s.first;
        em.assign(size_t(n) * kL, 0.0f);
        for (int i = 0; i < n; ++i) {
            float *row = em.data() + size_t(i) * kL;
            for (int k = m_tokenBegin[size_t(s.first + i)]; k < m_tokenBegin[size_t(s.first + i + 1)]; ++k) {
                const float *w = m_weights.data() + size_t(m_feats[size_t(k)]) * kL;
                for (int l = 0; l < kL; ++l)
                    row[l] += w[l];
            }
        }
        const QList<std::uint8_t> pred = ner::viterbi(em.data(), n, m_trans.data());
        bool same = true;
        for (int i = 0; i < n && same; ++i)
            same = pred[i] == m_gold[size_t(s.first + i)];
        if (!same) {
            ++m_mistakes;
            update(s, pred);
        }
        m_step += 1;
    }
}

void PerceptronTrainer::update(const SentenceRange &s, const QList<std::uint8_t> &pred)
{
    const double c = m_step;
    auto bump = [&](std::vector<float> &w, std::vector<double> &a, size_t at, float d) {
        w[at] += d;
        a[at] += c * d;
    };
    const int n = s.last - s.first;
    for (int i = 0; i < n; ++i) {
        const int g = m_gold[size_t(s.first + i)];
        const int p = pred[i];
        if (g != p) {
            for (int k = m_tokenBegin[size_t(s.first + i)]; k < m_tokenBegin[size_t(s.first + i + 1)]; ++k) {
                const size_t base = size_t(m_feats[size_t(k)]) * kL;
                bump(m_weights, m_accum, base + size_t(g), 1.0f);
                bump(m_weights, m_accum, base + size_t(p), -1.0f);
            }
        }
        const int gPrev = i == 0 ? kStartRow : m_gold[size_t(s.first + i - 1)];
        const int pPrev = i == 0 ? kStartRow : pred[i - 1];
        bump(m_trans, m_transAccum, size_t(gPrev * kL + g), 1.0f);
        bump(m_trans, m_transAccum, size_t(pPrev * kL + p), -1.0f);
    }
    bump(m_trans, m_transAccum, size_t(kEndRow * kL + m_gold[size_t(s.last - 1)]), 1.0f);
    bump(m_trans, m_transAccum, size_t(kEndRow * kL + pred[n - 1]), -1.0f);
}

void PerceptronTrainer::resetWeights()
{
    std::fill(m_weights.begin(), m_weights.end(), 0.0f);
    std::fill(m_accum.begin(), m_accum.end(), 0.0);
    std::fill(m_trans.begin(), m_trans.end(), 0.0f);
    std::fill(m_transAccum.begin(), m_transAccum.end(), 0.0);
    m_step = 1;
    m_mistakes = 0;
}

ner::NerModelData PerceptronTrainer::averagedModel(int minCount) const
{
    ner::NerModelData out;
    const double c = m_step;
    for (int i = 0; i < ner::kTransitionCount; ++i)
        out.transitions[size_t(i)] = float(m_trans[size_t(i)] - m_transAccum[size_t(i)] / c);
    for (size_t f = 0; f < m_featureKeys.size(); ++f) {
        if (int(m_featureCounts[f]) < minCount)
            continue;
        std::array<float, kL> w{};
        bool any = false;
        for (int l = 0; l < kL; ++l) {
            w[size_t(l)] = float(m_weights[f * kL + size_t(l)] - m_accum[f * kL + size_t(l)] / c);
            any = any || w[size_t(l)] != 0.0f;
        }
        if (any)
            out.features.insert(m_featureKeys[f], w);
    }
    return out;
}

} // namespace lede::train
