// NerFeatures: tokens → sparse feature keys for the NER model (one list per token).
//
// The trainer (tools/train-ner) and the recognizer call the same code, so a key means the
// same thing in both. Features, per token: the word (exact and lower case), its shape
// ("Xxxx", "X.X.", "dddd") long and short, prefixes and suffixes up to 4 characters,
// the words and shapes around it (±2), word clusters at four granularities for it and its
// neighbours, gazetteer matches (position B/I/L/U in a matched phrase × list), and
// document-level evidence: whether the word is seen in lower case or capitalised
// mid-sentence elsewhere in the text, and whether its sentence is an all-caps headline.
// Lower-case words (web text writes "san francisco") also get their gazetteer matches and
// clusters conjoined with the lower case, so a model trained with lower-cased copies of
// its documents can find names that are not capitalised.
//
// Not thread-affine: an extractor holds no state besides the lexicon pointer; extract()
// is const and may run in many threads at once.
#pragma once

#include "analysis/Token.h"

#include <QStringView>

#include <cstdint>
#include <vector>

namespace lede::ner {

// Word clusters and gazetteer phrases: implemented by NerModel (from the model file) and
// by the trainer (from the source lists).
class NerLexicon {
public:
    virtual ~NerLexicon() = default;
    virtual std::uint64_t clusters(std::uint64_t wordKey) const = 0;  // 4 × 16-bit ids, 0 = unknown
    virtual std::uint32_t phrase(std::uint64_t phraseKey) const = 0;  // gazetteer bits, 0 = unknown
};

// Gazetteer lists (bit i of a phrase's value: the phrase is in list i). kPhrasePrefix marks
// a phrase that starts a longer entry. GazCommonWord / GazProperName: an English dictionary's
// lower-case words and its capitalised-only words (resources/ner/gazetteers/README).
enum GazetteerList : int {
    GazFirstName, GazCountry, GazRegion, GazCity, GazCuratedPlace, GazDemonym, GazOrgCue, GazPersonTitle,
    GazGivenNameCurated, GazCommonWord, GazProperName, GazListCount
};
inline constexpr std::uint32_t kPhrasePrefix = 1u << 31;
inline constexpr int kMaxPhraseTokens = 6;

// The key a phrase (its tokens, lower-cased, joined by one space) has in the lexicon.
std::uint64_t phraseKeyOf(const QList<QStringView> &tokens);
// The key a word has in the cluster lexicon (exact surface).
std::uint64_t wordKeyOf(QStringView word);

struct FeatureBuffer {
    std::vector<std::uint32_t> keys;
    std::vector<int> begin;  // token i's keys are keys[begin[i] .. begin[i + 1])
    int tokenCount() const { return int(begin.size()) - 1; }
};

class NerFeatureExtractor {
public:
    explicit NerFeatureExtractor(const NerLexicon &lexicon) : m_lexicon(lexicon) {}
    // Features of every token in tokens (its sentences bound the context windows).
    void extract(QStringView text, const TokenizedText &tokens, FeatureBuffer &out) const;

private:
    const NerLexicon &m_lexicon;
};

} // namespace lede::ner
