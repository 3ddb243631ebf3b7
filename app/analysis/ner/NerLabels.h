// BILOU labels of the NER model and the conversions between labels and spans.
//
// Label 0 is O; for each type t in 0..3 (PER, ORG, LOC, MISC, as EntityType's first four)
// the labels 1+4t+{0,1,2,3} are B-t, I-t, L-t, U-t. A valid sequence starts an entity with
// B (then I…, then L) or U, and never continues one that was not started.
#pragma once

#include <QList>

#include <cstdint>

namespace lede::ner {

inline constexpr int kTypeCount = 4;
inline constexpr int kLabelCount = 1 + 4 * kTypeCount;  // 17

enum class Part : std::uint8_t { O, B, I, L, U };

inline int label(Part p, int type) { return p == Part::O ? 0 : 1 + 4 * type + (int(p) - 1); }
inline Part partOf(int label) { return label == 0 ? Part::O : Part((label - 1) % 4 + 1); }
inline int typeOf(int label) { return label == 0 ? -1 : (label - 1) / 4; }

// May label `to` follow label `from`? from = -1 means the sentence start.
bool allowedTransition(int from, int to);
// May a sentence end after label `last`?
bool allowedEnd(int last);

// A typed span of tokens [first, last) inside one sentence.
struct LabelSpan {
    int first = 0;
    int last = 0;
    int type = 0;
    friend bool operator==(const LabelSpan &, const LabelSpan &) = default;
};

// Spans → BILOU labels for n tokens (spans sorted, non-overlapping, inside [0, n)).
QList<std::uint8_t> spansToLabels(const QList<LabelSpan> &spans, int n);
// BILOU labels → spans. Tolerant: a lone I or L starts an entity, a B/I not closed by L
// ends at the next O or type change.
QList<LabelSpan> labelsToSpans(const QList<std::uint8_t> &labels);

} // namespace lede::ner
