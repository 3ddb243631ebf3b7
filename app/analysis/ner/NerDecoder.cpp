#include "analysis/ner/NerDecoder.h"

#include <array>
#include <limits>

namespace lede::ner {

namespace {

constexpr float kForbidden = -std::numeric_limits<float>::infinity();

struct Allowed {
    std::array<std::array<bool, kLabelCount>, kLabelCount + 1> edge{};
    std::array<bool, kLabelCount> end{};
    Allowed()
    {
        for (int f = -1; f < kLabelCount; ++f)
            for (int t = 0; t < kLabelCount; ++t)
                edge[size_t(f < 0 ? kLabelCount : f)][size_t(t)] = allowedTransition(f, t);
        for (int t = 0; t < kLabelCount; ++t)
            end[size_t(t)] = allowedEnd(t);
    }
};

const Allowed &allowed()
{
    static const Allowed a;
    return a;
}

} // namespace

QList<std::uint8_t> viterbi(const float *emissions, int n, const float *transitions)
{
    QList<std::uint8_t> out(n, 0);
    if (n <= 0)
        return out;
    const Allowed &ok = allowed();
    std::vector<float> score(size_t(n) * kLabelCount, kForbidden);
    std::vector<std::uint8_t> back(size_t(n) * kLabelCount, 0);
    for (int l = 0; l < kLabelCount; ++l)
        if (ok.edge[kLabelCount][size_t(l)])
            score[size_t(l)] = emissions[l] + transitions[kLabelCount * kLabelCount + l];
    for (int i = 1; i < n; ++i) {
        const float *prev = &score[size_t(i - 1) * kLabelCount];
        float *cur = &score[size_t(i) * kLabelCount];
        std::uint8_t *bp = &back[size_t(i) * kLabelCount];
        const float *em = emissions + size_t(i) * kLabelCount;
        for (int t = 0; t < kLabelCount; ++t) {
            float best = kForbidden;
            int arg = 0;
            for (int f = 0; f < kLabelCount; ++f) {
                if (!ok.edge[size_t(f)][size_t(t)] || prev[f] == kForbidden)
                    continue;
                const float s = prev[f] + transitions[f * kLabelCount + t];
                if (s > best) {
                    best = s;
                    arg = f;
                }
            }
            if (best != kForbidden) {
                cur[t] = best + em[t];
                bp[t] = std::uint8_t(arg);
            }
        }
    }
    const float *last = &score[size_t(n - 1) * kLabelCount];
    int arg = 0;
    float best = kForbidden;
    for (int l = 0; l < kLabelCount; ++l)
        if (ok.end[size_t(l)] && last[l] != kForbidden
            && last[l] + transitions[(kLabelCount + 1) * kLabelCount + l] > best) {
            best = last[l] + transitions[(kLabelCount + 1) * kLabelCount + l];
            arg = l;
        }
    for (int i = n - 1; i >= 0; --i) {
        out[i] = std::uint8_t(arg);
        arg = back[size_t(i) * kLabelCount + size_t(arg)];
    }
    return out;
}

} // namespace lede::ner
