#include "analysis/ner/NerFeatures.h"

#include "analysis/ner/NerHash.h"

#include <QList>

#include <unordered_map>
#include <unordered_set>

namespace lede::ner {

namespace {

enum Template : std::uint32_t {
    TBias = 1, TLower, TExact, TShape, TShortShape, TPrefix, TSuffix = TPrefix + 4, TLowerM1 = TSuffix + 4,
    TLowerP1, TLowerM2, TLowerP2, TBigramLeft, TBigramRight, TShortShapes3, TShapeLeft, TShapeRight, TFlags,
    TCluster, TClusterM1 = TCluster + 4, TClusterP1 = TClusterM1 + 4, TGazetteer = TClusterP1 + 4,
    TGazetteerM1, TGazetteerP1, TDocCase, TCapsLower, TKind, TLowerShapeP1, TShapeLowerM1, TAggLeft, TAggRight,
    TLowerGaz, TLowerCluster, TLowerGazM1, TLowerGazP1,
};

constexpr int kMaxAggregated = 6;  // other occurrences whose context a name borrows

constexpr std::uint64_t kBos = 0x0123456789abcdefULL;  // the word "before" a sentence
constexpr std::uint64_t kEos = 0xfedcba9876543210ULL;  // the word "after" one

inline char16_t lowerUnit(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return QChar(c).toLower().unicode();
}

inline char16_t shapeUnit(char16_t c)
{
    if (c < 0x80) {
        if (c >= u'A' && c <= u'Z')
            return u'X';
        if (c >= u'a' && c <= u'z')
            return u'x';
        if (c >= u'0' && c <= u'9')
            return u'd';
        return c;
    }
    const QChar q(c);
    if (q.isUpper() || q.isTitleCase())
        return u'X';
    if (q.isLetter() || q.isMark())
        return u'x';
    if (q.isDigit())
        return u'd';
    if (q.isSurrogate())
        return u'x';
    return c;
}

struct TokenInfo {
    std::uint64_t exact = 0, lower = 0, shape = 0, shortShape = 0;
    std::uint64_t prefix[4] = {}, suffix[4] = {};
    std::uint64_t clusters = 0;
    std::uint64_t gazetteer = 0;  // bit 4 * list + position (0 B, 1 I, 2 L, 3 U)
    std::uint8_t flags = 0;
    std::uint8_t kind = 0;
    int length = 0;
};

std::uint64_t hashLower(QStringView w, std::uint64_t h = kFnvOffset)
{
    for (QChar c : w)
        h = (h ^ lowerUnit(c.unicode())) * kFnvPrime;
    return h;
}

// "LONDON" / "london" → "London": how a capitalised word is spelt in running text.
std::uint64_t hashTitle(QStringView w)
{
    std::uint64_t h = kFnvOffset;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const char16_t c = w[i].unicode();
        h = (h ^ (i == 0 ? QChar(c).toUpper().unicode() : lowerUnit(c))) * kFnvPrime;
    }
    return h;
}

void describe(QStringView w, const Token &t, const NerLexicon &lex, TokenInfo &info)
{
    info.exact = hashChars(w);
    info.kind = std::uint8_t(t.kind);
    info.flags = t.flags;
    info.length = int(w.size());
    std::uint64_t lower = kFnvOffset, shape = kFnvOffset, shortShape = kFnvOffset;
    char16_t lastShape = 0;
    int shapeLen = 0;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const char16_t c = w[i].unicode();
        lower = (lower ^ lowerUnit(c)) * kFnvPrime;
        if (i < 4)
            info.prefix[i] = lower;
        const char16_t s = shapeUnit(c);
        if (shapeLen < 12) {
            shape = (shape ^ s) * kFnvPrime;
            ++shapeLen;
        }
        if (s != lastShape)
            shortShape = (shortShape ^ s) * kFnvPrime;
        lastShape = s;
    }
    info.lower = lower;
    info.shape = shape;
    info.shortShape = shortShape;
    for (int k = 1; k <= 4 && k < w.size(); ++k)
        info.suffix[k - 1] = hashLower(w.right(k));
    std::uint64_t c = lex.clusters(lexiconKey(info.exact));
    if (c == 0 && t.kind == TokenKind::Word) {
        c = lex.clusters(lexiconKey(hashTitle(w)));
        if (c == 0)
            c = lex.clusters(lexiconKey(lower));
    }
    info.clusters = c;
}

// Marks gazetteer matches in tokens [first, last) (one sentence).
void matchGazetteers(QStringView text, const QList<Token> &toks, int first, int last, const NerLexicon &lex,
                     std::vector<TokenInfo> &info)
{
    for (int i = first; i < last; ++i) {
        if (toks[i].kind != TokenKind::Word && toks[i].kind != TokenKind::Number)
            continue;
        std::uint64_t h = kFnvOffset;
        for (int j = i; j < last && j < i + kMaxPhraseTokens; ++j) {
            if (j > i)
                h = (h ^ u' ') * kFnvPrime;
            h = hashLower(text.mid(toks[j].start, toks[j].length()), h);
            const std::uint32_t bits = lex.phrase(lexiconKey(h));
            if (bits == 0)
                break;
            const int len = j - i + 1;
            for (int g = 0; g < GazListCount; ++g) {
                if (!(bits & (1u << g)))
                    continue;
                if (len == 1) {
                    info[size_t(i)].gazetteer |= 1ull << (4 * g + 3);
                    continue;
                }
                info[size_t(i)].gazetteer |= 1ull << (4 * g + 0);
                for (int k = i + 1; k < j; ++k)
                    info[size_t(k)].gazetteer |= 1ull << (4 * g + 1);
                info[size_t(j)].gazetteer |= 1ull << (4 * g + 2);
            }
            if (!(bits & kPhrasePrefix))
                break;
        }
    }
}

inline bool startsLower(QStringView w) { return !w.isEmpty() && w[0].isLower(); }

} // namespace

std::uint64_t phraseKeyOf(const QList<QStringView> &tokens)
{
    std::uint64_t h = kFnvOffset;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i > 0)
            h = (h ^ u' ') * kFnvPrime;
        h = hashLower(tokens[i], h);
    }
    return lexiconKey(h);
}

std::uint64_t wordKeyOf(QStringView word) { return lexiconKey(hashChars(word)); }

void NerFeatureExtractor::extract(QStringView text, const TokenizedText &tt, FeatureBuffer &out) const
{
    const QList<Token> &toks = tt.tokens;
    const int n = int(toks.size());
    out.keys.clear();
    out.begin.assign(1, 0);
    out.keys.reserve(size_t(n) * 48);
    out.begin.reserve(size_t(n) + 1);

    std::vector<TokenInfo> info(static_cast<size_t>(n));
    std::unordered_set<std::uint64_t> seenLower, seenCapitalised;
    seenLower.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const QStringView w = text.mid(toks[i].start, toks[i].length());
        describe(w, toks[i], m_lexicon, info[size_t(i)]);
        if (toks[i].kind == TokenKind::Word) {
            if (startsLower(w))
                seenLower.insert(info[size_t(i)].lower);
            else if (toks[i].has(TokenFlag::Capitalized) && !toks[i].has(TokenFlag::AllCaps)
                     && !toks[i].has(TokenFlag::SentenceStart))
                seenCapitalised.insert(info[size_t(i)].lower);
        }
    }
    std::vector<std::uint8_t> capsSentence(size_t(n), 0), lowerSentence(size_t(n), 0), lowerWord(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        lowerWord[size_t(i)] = toks[i].kind == TokenKind::Word && toks[i].length() >= 2
                               && startsLower(text.mid(toks[i].start, toks[i].length()));
    // Context windows stop at sentence ends; a text without sentences is one sentence.
    QList<Sentence> sentences = tt.sentences;
    if (sentences.isEmpty() && n > 0)
        sentences.append(Sentence{toks.front().start, toks.back().end, 0, n});
    for (const Sentence &s : sentences) {
        matchGazetteers(text, toks, s.firstToken, s.endToken, m_lexicon, info);
        int words = 0, caps = 0;
        for (int i = s.firstToken; i < s.endToken; ++i) {
            if (toks[i].kind != TokenKind::Word || toks[i].length() < 2)
                continue;
            ++words;
            caps += toks[i].has(TokenFlag::AllCaps) ? 1 : 0;
        }
        if (words >= 2 && caps * 10 >= words * 9)
            std::fill(capsSentence.begin() + s.firstToken, capsSentence.begin() + s.endToken, 1);
        // the lower-case regime: the sentence's first word is written in lower case
        for (int i = s.firstToken; i < s.endToken; ++i)
            if (toks[i].kind == TokenKind::Word) {
                if (startsLower(text.mid(toks[i].start, toks[i].length())))
                    std::fill(lowerSentence.begin() + s.firstToken, lowerSentence.begin() + s.endToken, 1);
                break;
            }
    }

    // Context aggregation: a capitalised word borrows the neighbouring words of its other
    // occurrences in the text (Ratinov & Roth 2009), up to kMaxAggregated of them.
    std::vector<std::uint64_t> leftOf(size_t(n), kBos), rightOf(size_t(n), kEos);
    std::unordered_map<std::uint64_t, std::vector<int>> occurrences;
    for (const Sentence &s : sentences)
        for (int i = s.firstToken; i < s.endToken; ++i) {
            if (i > s.firstToken)
                leftOf[size_t(i)] = info[size_t(i - 1)].lower;
            if (i + 1 < s.endToken)
                rightOf[size_t(i)] = info[size_t(i + 1)].lower;
            if (toks[i].kind == TokenKind::Word && toks[i].has(TokenFlag::Capitalized)) {
                auto &occ = occurrences[info[size_t(i)].exact];
                if (occ.size() <= size_t(kMaxAggregated))
                    occ.push_back(i);
            }
        }

    for (const Sentence &s : sentences) {
        auto lowerAt = [&](int j) { return j < s.firstToken ? kBos : j >= s.endToken ? kEos : info[size_t(j)].lower; };
        auto shortAt = [&](int j) {
            return j < s.firstToken ? kBos : j >= s.endToken ? kEos : info[size_t(j)].shortShape;
        };
        auto shapeAt = [&](int j) { return j < s.firstToken ? kBos : j >= s.endToken ? kEos : info[size_t(j)].shape; };
        for (int i = s.firstToken; i < s.endToken; ++i) {
            const TokenInfo &t = info[size_t(i)];
            auto add = [&](std::uint32_t templ, std::uint64_t a, std::uint64_t b = 0) {
                out.keys.push_back(featureKey(templ, a, b));
            };
            add(TBias, 0);
            add(TLower, t.lower);
            add(TExact, t.exact);
            add(TShape, t.shape);
            add(TShortShape, t.shortShape);
            add(TKind, t.kind, std::uint64_t(std::min(t.length, 8)));
            for (int k = 0; k < 4; ++k) {
                if (t.prefix[k] && k + 1 < t.length)
                    add(TPrefix + std::uint32_t(k), t.prefix[k]);
                if (t.suffix[k])
                    add(TSuffix + std::uint32_t(k), t.suffix[k]);
            }
            add(TLowerM1, lowerAt(i - 1));
            add(TLowerP1, lowerAt(i + 1));
            add(TLowerM2, lowerAt(i - 2));
            add(TLowerP2, lowerAt(i + 2));
            add(TBigramLeft, lowerAt(i - 1), t.lower);
            add(TBigramRight, t.lower, lowerAt(i + 1));
            add(TShortShapes3, shortAt(i - 1) ^ (t.shortShape * 3), shortAt(i + 1));
            add(TShapeLeft, shapeAt(i - 1), t.shape);
            add(TShapeRight, t.shape, shapeAt(i + 1));
            add(TLowerShapeP1, t.lower, shortAt(i + 1));
            add(TShapeLowerM1, shortAt(i - 1), t.lower);
            const bool sentenceStart = i == s.firstToken;
            const std::uint64_t flags = (t.flags & (TokenFlag::Capitalized | TokenFlag::AllCaps | TokenFlag::HasPeriod))
                                        | (sentenceStart ? 0x100u : 0u) | (capsSentence[size_t(i)] ? 0x200u : 0u);
            add(TFlags, flags);
            for (int level = 0; level < 4; ++level) {
                const std::uint64_t c = (t.clusters >> (16 * level)) & 0xffff;
                add(TCluster + std::uint32_t(level), c);
            }
            for (int level = 1; level < 4; ++level) {
                const std::uint64_t cm = i > s.firstToken ? (info[size_t(i - 1)].clusters >> (16 * level)) & 0xffff : 0x10000;
                const std::uint64_t cp = i + 1 < s.endToken ? (info[size_t(i + 1)].clusters >> (16 * level)) & 0xffff : 0x10000;
                add(TClusterM1 + std::uint32_t(level), cm);
                add(TClusterP1 + std::uint32_t(level), cp);
            }
            for (std::uint64_t g = t.gazetteer; g; g &= g - 1)
                add(TGazetteer, std::uint64_t(__builtin_ctzll(g)));
            if (i > s.firstToken)
                for (std::uint64_t g = info[size_t(i - 1)].gazetteer; g; g &= g - 1)
                    add(TGazetteerM1, std::uint64_t(__builtin_ctzll(g)));
            if (i + 1 < s.endToken)
                for (std::uint64_t g = info[size_t(i + 1)].gazetteer; g; g &= g - 1)
                    add(TGazetteerP1, std::uint64_t(__builtin_ctzll(g)));
            if (lowerWord[size_t(i)]) {
                // a lower-case word: its lexicon evidence in the lower-case regime
                const std::uint64_t regime = lowerSentence[size_t(i)] ? 1u : 0u;
                add(TLowerGaz, 0x1000u | regime);
                for (std::uint64_t g = t.gazetteer; g; g &= g - 1)
                    add(TLowerGaz, std::uint64_t(__builtin_ctzll(g)), regime);
                if (i > s.firstToken && lowerWord[size_t(i - 1)])
                    for (std::uint64_t g = info[size_t(i - 1)].gazetteer; g; g &= g - 1)
                        add(TLowerGazM1, std::uint64_t(__builtin_ctzll(g)));
                if (i + 1 < s.endToken && lowerWord[size_t(i + 1)])
                    for (std::uint64_t g = info[size_t(i + 1)].gazetteer; g; g &= g - 1)
                        add(TLowerGazP1, std::uint64_t(__builtin_ctzll(g)));
                add(TLowerCluster, (t.clusters >> 16) & 0xffff, 1);
                add(TLowerCluster, (t.clusters >> 32) & 0xffff, 2);
            }
            if (t.kind == std::uint8_t(TokenKind::Word) && (t.flags & TokenFlag::Capitalized)) {
                const auto it = occurrences.find(t.exact);
                if (it != occurrences.end())
                    for (int o : it->second)
                        if (o != i) {
                            // words only: a line's edge is no context ("Athens" alone as a
                            // page's title line must not make every "Athens" a signature's name)
                            if (leftOf[size_t(o)] != kBos)
                                add(TAggLeft, leftOf[size_t(o)]);
                            if (rightOf[size_t(o)] != kEos)
                                add(TAggRight, rightOf[size_t(o)]);
                        }
            }
            if (t.kind == std::uint8_t(TokenKind::Word)) {
                const bool capital = t.flags & TokenFlag::Capitalized;
                const std::uint64_t doc = (capital ? 1u : 0u) | (t.flags & TokenFlag::AllCaps ? 2u : 0u)
                                          | (sentenceStart ? 4u : 0u) | (seenLower.count(t.lower) ? 8u : 0u)
                                          | (seenCapitalised.count(t.lower) ? 16u : 0u)
                                          | (capsSentence[size_t(i)] ? 32u : 0u);
                add(TDocCase, doc);
                if (capsSentence[size_t(i)])
                    add(TCapsLower, t.lower);
            }
            out.begin.push_back(int(out.keys.size()));
        }
    }
}

} // namespace lede::ner
