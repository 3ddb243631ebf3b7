#include "annotations/ApproximateMatcher.h"

#include <algorithm>

namespace lede {

namespace {
constexpr int kWord = 64;
using Word = quint64;
} // namespace

void ApproximateMatcher::Bits::build(QStringView pattern)
{
    m = int(pattern.size());
    blocks = std::max(1, (m + kWord - 1) / kWord);
    latin1Slot.fill(-1);
    otherSlot.clear();
    peq.clear();
    zeros.assign(size_t(blocks), 0);
    for (int i = 0; i < m; ++i) {
        const char16_t c = pattern[i].unicode();
        int slot;
        if (c < 256) {
            slot = latin1Slot[c];
            if (slot < 0)
                slot = latin1Slot[c] = int(peq.size() / size_t(blocks));
        } else {
            auto it = otherSlot.constFind(c);
            slot = it != otherSlot.cend() ? *it : int(peq.size() / size_t(blocks));
            otherSlot.insert(c, slot);
        }
        if (size_t(slot) * size_t(blocks) >= peq.size())
            peq.resize(peq.size() + size_t(blocks), 0);
        peq[size_t(slot) * size_t(blocks) + size_t(i / kWord)] |= Word(1) << (i % kWord);
    }
}

const quint64 *ApproximateMatcher::Bits::eq(char16_t c) const
{
    int slot = -1;
    if (c < 256) {
        slot = latin1Slot[c];
    } else {
        auto it = otherSlot.constFind(c);
        if (it != otherSlot.cend())
            slot = *it;
    }
    return slot < 0 ? zeros.data() : peq.data() + size_t(slot) * size_t(blocks);
}

template <class F>
void ApproximateMatcher::Bits::scan(QStringView text, bool anchored, F &&onColumn) const
{
    std::vector<Word> P(size_t(blocks), ~Word(0));  // vertical deltas +1: D[i][0] = i
    std::vector<Word> M(size_t(blocks), 0);
    const Word lastHigh = Word(1) << ((m - 1) % kWord);
    const Word high = Word(1) << (kWord - 1);
    int score = m;
    for (int j = 0; j < int(text.size()); ++j) {
        const Word *eqs = eq(text[j].unicode());
        int hin = anchored ? 1 : 0;  // row 0: D[0][j] = j when anchored, 0 when searching
        for (int b = 0; b < blocks; ++b) {
            Word Eq = eqs[b];
            const Word Pv = P[size_t(b)];
            const Word Mv = M[size_t(b)];
            const Word hb = b == blocks - 1 ? lastHigh : high;
            const Word Xv = Eq | Mv;
            if (hin < 0)
                Eq |= 1;
            const Word Xh = (((Eq & Pv) + Pv) ^ Pv) | Eq;
            Word Ph = Mv | ~(Xh | Pv);
            Word Mh = Pv & Xh;
            const int hout = (Ph & hb) ? 1 : ((Mh & hb) ? -1 : 0);
            Ph <<= 1;
            Mh <<= 1;
            if (hin < 0)
                Mh |= 1;
            else if (hin > 0)
                Ph |= 1;
            P[size_t(b)] = Mh | ~(Xv | Ph);
            M[size_t(b)] = Ph & Xv;
            hin = hout;
        }
        score += hin;
        if (!onColumn(j, score))
            return;
    }
}

ApproximateMatcher::ApproximateMatcher(QStringView pattern) : m_pattern(pattern.toString())
{
    m_forward.build(pattern);
    QString rev = m_pattern;
    std::reverse(rev.begin(), rev.end());
    m_reversed.build(rev);
}

int ApproximateMatcher::startOf(QStringView text, int end, int errors) const
{
    // Align the reversed pattern from text[end) backwards, anchored at `end`; the start is
    // where the alignment cost is lowest (ties: the length closest to the pattern's).
    const int m = m_forward.m;
    const int from = std::max(0, end - m - errors - 1);
    QString window = text.mid(from, end - from).toString();
    std::reverse(window.begin(), window.end());
    int bestLen = m;
    int bestScore = m;  // empty match costs m
    m_reversed.scan(window, true, [&](int j, int score) {
        const int len = j + 1;
        if (score < bestScore || (score == bestScore && std::abs(len - m) < std::abs(bestLen - m))) {
            bestScore = score;
            bestLen = len;
        }
        return true;
    });
    return std::max(0, end - bestLen);
}

QList<ApproximateMatcher::Match> ApproximateMatcher::findAll(QStringView text, int maxErrors, int maxResults) const
{
    QList<Match> out;
    if (m_forward.m == 0 || maxErrors < 0)
        return out;
    maxErrors = std::min(maxErrors, m_forward.m - 1);
    int runBest = -1;
    int runBestScore = 0;
    auto flush = [&] {
        if (runBest >= 0)
            out.append(Match{0, runBest + 1, runBestScore});
        runBest = -1;
    };
    m_forward.scan(text, false, [&](int j, int score) {
        if (score <= maxErrors) {
            if (runBest < 0 || score < runBestScore) {
                runBest = j;
                runBestScore = score;
            }
        } else {
            flush();
        }
        return true;
    });
    flush();
    std::stable_sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.errors < b.errors; });
    if (out.size() > maxResults)
        out.resize(maxResults);
    for (Match &mt : out)
        mt.start = startOf(text, mt.end, mt.errors);
    return out;
}

int ApproximateMatcher::distanceTo(QStringView text) const
{
    if (m_forward.m == 0)
        return int(text.size());
    int last = m_forward.m;
    m_forward.scan(text, true, [&](int, int score) {
        last = score;
        return true;
    });
    return last;
}

int ApproximateMatcher::editDistance(QStringView a, QStringView b)
{
    return ApproximateMatcher(a).distanceTo(b);
}

} // namespace lede
