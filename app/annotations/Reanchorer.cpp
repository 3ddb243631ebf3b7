#include "annotations/Reanchorer.h"

#include "annotations/ApproximateMatcher.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lede {

namespace {

constexpr int kMaxCandidates = 500;  // exact occurrences scored by context
constexpr int kFuzzyWindow = 4000;   // searched around the stored position first

QChar foldChar(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: case 0x2019: case 0x201A: case 0x2032: return u'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB: case 0x00BB: return u'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return u'-';
    default: return c;
    }
}

double similarity(QStringView a, QStringView b)
{
    const int len = int(std::max(a.size(), b.size()));
    if (len == 0)
        return 1.0;
    return 1.0 - double(ApproximateMatcher::editDistance(a, b)) / double(len);
}

} // namespace

Reanchorer::Reanchorer(const QString &text) : m_text(text), m_map(text) {}

QString Reanchorer::normalized(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (QChar c : s) {
        if (c.isSpace()) {
            if (!space)
                out.append(u' ');
            space = true;
        } else {
            out.append(foldChar(c));
            space = false;
        }
    }
    return out;
}

const Reanchorer::Normalized &Reanchorer::normalizedText() const
{
    if (!m_normalized) {
        Normalized n;
        n.text.reserve(m_text.size());
        n.toOriginal.reserve(m_text.size() + 1);
        bool space = false;
        for (int i = 0; i < int(m_text.size()); ++i) {
            const QChar c = m_text[i];
            if (c.isSpace()) {
                if (!space) {
                    n.text.append(u' ');
                    n.toOriginal.append(i);
                }
                space = true;
            } else {
                n.text.append(foldChar(c));
                n.toOriginal.append(i);
                space = false;
            }
        }
        n.toOriginal.append(int(m_text.size()));
        m_normalized = std::move(n);
    }
    return *m_normalized;
}

double Reanchorer::contextScore(const Anchor &a, int start, int end) const
{
    double score = 0;
    const QString prefix = normalized(a.prefix).trimmed();
    if (prefix.isEmpty()) {
        score += 0.5;
    } else {
        const int from = std::max(0, start - int(a.prefix.size()) - 8);
        const QString before = normalized(QStringView(m_text).mid(from, start - from));
        score += similarity(prefix, QStringView(before).right(prefix.size()).trimmed());
    }
    const QString suffix = normalized(a.suffix).trimmed();
    if (suffix.isEmpty()) {
        score += 0.5;
    } else {
        const QString after = normalized(QStringView(m_text).mid(end, a.suffix.size() + 8));
        score += similarity(suffix, QStringView(after).trimmed().left(suffix.size()));
    }
    return score / 2.0;
}

std::optional<AnchorMatch> Reanchorer::bestOf(const Anchor &a, const QList<TextRange> &candidates,
                                              std::optional<int> expected) const
{
    if (candidates.isEmpty())
        return std::nullopt;
    QList<TextRange> pool = candidates;
    if (expected && pool.size() > kMaxCandidates) {
        std::partial_sort(pool.begin(), pool.begin() + kMaxCandidates, pool.end(),
                          [&](TextRange x, TextRange y) {
                              return std::abs(x.start - *expected) < std::abs(y.start - *expected);
                          });
        pool.resize(kMaxCandidates);
    }
    TextRange best;
    double bestScore = -1;
    int bestDistance = 0;
    for (TextRange r : pool) {
        const double s = pool.size() == 1 ? 1.0 : std::round(contextScore(a, r.start, r.end) * 100.0);
        const int d = expected ? std::abs(r.start - *expected) : r.start;
        if (s > bestScore || (s == bestScore && d < bestDistance)) {
            best = r;
            bestScore = s;
            bestDistance = d;
        }
    }
    const bool same = expected && best.start == *expected && best.length() == a.exact.size()
        && QStringView(m_text).mid(best.start, best.length()) == a.exact;
    return AnchorMatch{best, same ? AnchorStatus::Anchored : AnchorStatus::Moved};
}

std::optional<AnchorMatch> Reanchorer::fuzzy(const Anchor &a, std::optional<int> expected) const
{
    const int m = int(a.exact.size());
    if (m < kMinFuzzyLength)
        return std::nullopt;
    const int maxErrors = int(std::floor(m * kMaxErrorRatio));
    const ApproximateMatcher matcher(a.exact);
    const int n = int(m_text.size());
    auto search = [&](int from, int to) -> std::optional<AnchorMatch> {
        const QList<ApproximateMatcher::Match> hits =
            matcher.findAll(QStringView(m_text).mid(from, to - from), maxErrors, 16);
        if (hits.isEmpty())
            return std::nullopt;
        double bestScore = -1;
        TextRange best;
        for (const auto &h : hits) {
            const TextRange r{from + h.start, from + h.end};
            double s = (1.0 - double(h.errors) / m) + 0.25 * contextScore(a, r.start, r.end);
            if (expected)
                s -= 0.05 * std::min(1.0, std::abs(r.start - *expected) / double(std::max(n, 1)));
            if (s > bestScore) {
                bestScore = s;
                best = r;
            }
        }
        return AnchorMatch{best, AnchorStatus::TextChanged};
    };
    if (expected) {
        const int from = std::max(0, *expected - kFuzzyWindow);
        const int to = std::min(n, *expected + m + kFuzzyWindow);
        if (auto hit = search(from, to))
            return hit;
        if (from == 0 && to == n)
            return std::nullopt;
    }
    return search(0, n);
}

AnchorMatch Reanchorer::resolve(const Anchor &a, int shiftHint) const
{
    const int m = int(a.exact.size());
    const int n = int(m_text.size());
    if (m == 0)
        return {};
    const QStringView text(m_text);
    std::optional<int> expected;
    if (a.hasPosition())
        expected = m_map.toUtf16(a.start);
    auto exactAt = [&](int u) { return u >= 0 && u + m <= n && text.mid(u, m) == a.exact; };
    auto contextAt = [&](int u) {
        const int p = int(a.prefix.size());
        return u - p >= 0 && text.mid(u - p, p) == a.prefix && text.mid(u + m, a.suffix.size()) == a.suffix;
    };
    // 1–2: where it was, or shifted like its neighbour
    if (expected && exactAt(*expected) && contextAt(*expected))
        return {{*expected, *expected + m}, AnchorStatus::Anchored};
    if (expected && shiftHint != 0) {
        const int u = *expected + shiftHint;
        if (exactAt(u) && contextAt(u))
            return {{u, u + m}, AnchorStatus::Moved};
    }
    // 3: exact occurrences, chosen by context
    QList<TextRange> hits;
    for (qsizetype i = text.indexOf(a.exact); i >= 0 && hits.size() < 100000; i = text.indexOf(a.exact, i + 1))
        hits.append({int(i), int(i) + m});
    if (auto best = bestOf(a, hits, expected))
        return *best;
    // 4: normalised whitespace and typography
    const QString quote = normalized(a.exact).trimmed();
    if (!quote.isEmpty()) {
        const Normalized &nt = normalizedText();
        QList<TextRange> nhits;
        for (qsizetype i = nt.text.indexOf(quote); i >= 0 && nhits.size() < 100000; i = nt.text.indexOf(quote, i + 1))
            nhits.append({nt.toOriginal[i], nt.toOriginal[i + quote.size() - 1] + 1});
        if (auto best = bestOf(a, nhits, expected))
            return {best->range, AnchorStatus::Moved};
    }
    // 5: approximate
    if (auto hit = fuzzy(a, expected))
        return *hit;
    return {};
}

void Reanchorer::resolveAll(QList<Annotation> &annotations) const
{
    QList<int> order(annotations.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return annotations[x].anchor.start < annotations[y].anchor.start;
    });
    int shift = 0;
    for (int i : order) {
        Annotation &an = annotations[i];
        const AnchorMatch mt = resolve(an.anchor, shift);
        an.range = mt.range;
        an.status = mt.status;
        if (mt.status != AnchorStatus::Orphaned && an.anchor.hasPosition()) {
            if (auto u = m_map.toUtf16(an.anchor.start))
                shift = mt.range.start - *u;
        }
    }
}

} // namespace lede
