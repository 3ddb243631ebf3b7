// Reanchorer: finds stored anchors again in a document's text, which may have changed since
// the annotations were made.
//
// For each anchor, in order:
//   1. the stored position, when the exact text and its context are still there → Anchored;
//   2. the position shifted like the previous annotation's (bulk insertions) → Moved;
//   3. every exact occurrence of the quote, the best by context (prefix/suffix similarity),
//      then by nearness to the stored position → Anchored if that is the stored position,
//      else Moved (this is how repeated phrases are told apart);
//   4. the same on whitespace- and typography-normalised text (web pages re-flowed) → Moved;
//   5. an approximate search (ApproximateMatcher, up to a quarter of the quote's length in
//      edits; quotes of 8+ code units) near the stored position, then anywhere → TextChanged;
//   6. otherwise → Orphaned (range empty). Orphans are kept by the caller, never dropped.
//
//   Reanchorer r(doc.text());
//   AnchorMatch m = r.resolve(annotation.anchor);
//   r.resolveAll(list);   // sets range and status of each annotation
//
// Holds a copy of the text (implicitly shared). Not thread-safe (lazy caches); use one per
// thread.
#pragma once

#include "annotations/Anchor.h"
#include "annotations/Annotation.h"
#include "core/OffsetMap.h"

#include <QList>
#include <QString>

#include <optional>

namespace lede {

struct AnchorMatch {
    TextRange range;  // UTF-16; empty when orphaned
    AnchorStatus status = AnchorStatus::Orphaned;
};

class Reanchorer {
public:
    static constexpr double kMaxErrorRatio = 0.25;
    static constexpr int kMinFuzzyLength = 8;

    explicit Reanchorer(const QString &text);

    const QString &text() const { return m_text; }
    const OffsetMap &offsets() const { return m_map; }

    // shiftHint: UTF-16 shift to try first (what the previous annotation moved by).
    AnchorMatch resolve(const Anchor &anchor, int shiftHint = 0) const;
    // Sets range and status of every annotation, in stored-position order, passing each
    // one's shift to the next as a hint.
    void resolveAll(QList<Annotation> &annotations) const;

    // Similarity in [0, 1] of the anchor's context with the text around [start, end)
    // (whitespace-normalised edit distance); 0.5 per side when the anchor has no context.
    double contextScore(const Anchor &anchor, int start, int end) const;

    // Whitespace runs → one space, curly quotes → straight, dashes → '-' (1:1 otherwise).
    static QString normalized(QStringView s);

private:
    struct Normalized {
        QString text;
        QList<int> toOriginal;  // normalised index → original index (size text.size() + 1)
    };
    const Normalized &normalizedText() const;
    std::optional<AnchorMatch> bestOf(const Anchor &anchor, const QList<TextRange> &candidates,
                                      std::optional<int> expected) const;
    std::optional<AnchorMatch> fuzzy(const Anchor &anchor, std::optional<int> expected) const;

    QString m_text;
    OffsetMap m_map;
    mutable std::optional<Normalized> m_normalized;
};

} // namespace lede
