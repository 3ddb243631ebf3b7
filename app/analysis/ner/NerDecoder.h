// Viterbi decoding of BILOU label sequences (first order, with hard BILOU constraints).
//
//   emissions: n × kLabelCount scores, row-major (token i, label l at i*kLabelCount + l)
//   transitions: (kLabelCount + 2) × kLabelCount: row `from`, column `to`; row kLabelCount
//                holds the scores of starting a sentence, row kLabelCount + 1 of ending one
// Returns the best-scoring valid label sequence. Stateless; the caller owns every buffer.
#pragma once

#include "analysis/ner/NerLabels.h"

#include <QList>

#include <cstdint>
#include <vector>

namespace lede::ner {

inline constexpr int kTransitionCount = (kLabelCount + 2) * kLabelCount;

QList<std::uint8_t> viterbi(const float *emissions, int n, const float *transitions);

} // namespace lede::ner
