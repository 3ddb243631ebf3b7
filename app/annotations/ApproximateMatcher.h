// ApproximateMatcher: finds a pattern in a text allowing a few edits (insertions, deletions,
// substitutions), for re-anchoring annotations whose text was edited.
//
// Implements Myers' bit-vector algorithm for approximate string matching ("A fast bit-vector
// algorithm for approximate string matching based on dynamic programming", J. ACM 1999) in
// its block form, so patterns of any length work: O(n · ⌈m/64⌉) for a text of n and a
// pattern of m UTF-16 code units. Matching is on code units and case-sensitive.
//
//   ApproximateMatcher m(u"the quick brown fox");
//   for (auto hit : m.findAll(text, 3)) … hit.start, hit.end, hit.errors
//
// Construct once per pattern; the object is immutable and safe to share between threads.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace lede {

class ApproximateMatcher {
public:
    struct Match {
        int start = 0;   // [start, end) in the searched text
        int end = 0;
        int errors = 0;  // edit distance between the pattern and text[start, end)
    };

    explicit ApproximateMatcher(QStringView pattern);

    int patternLength() const { return m_forward.m; }

    // The best occurrences with at most maxErrors edits: for each run of neighbouring end
    // positions within the bound, the one with the fewest errors. At most maxResults, fewest
    // errors first (then by position). An empty pattern finds nothing.
    QList<Match> findAll(QStringView text, int maxErrors, int maxResults = 64) const;

    // Levenshtein distance between the whole pattern and the whole text.
    int distanceTo(QStringView text) const;
    static int editDistance(QStringView a, QStringView b);

private:
    struct Bits {
        int m = 0;
        int blocks = 0;
        std::array<int, 256> latin1Slot{};  // code unit < 256 → slot, -1 = absent
        QHash<char16_t, int> otherSlot;
        std::vector<quint64> peq;           // slot × blocks
        std::vector<quint64> zeros;
        void build(QStringView pattern);
        const quint64 *eq(char16_t c) const;
        // Runs the DP column by column; `anchored`: the match must start at text[0].
        template <class F> void scan(QStringView text, bool anchored, F &&onColumn) const;
    };

    int startOf(QStringView text, int end, int errors) const;

    QString m_pattern;
    Bits m_forward;
    Bits m_reversed;
};

} // namespace lede
