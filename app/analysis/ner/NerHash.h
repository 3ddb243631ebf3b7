// Hashing for the NER model's sparse features and lexicon keys (see NerModel.h).
//
// A feature is a 32-bit key made from a template id and one or two 64-bit values (hashes of
// strings, cluster ids, flags). The same functions run in the trainer and at inference, so a
// feature means the same thing in both. Keys are never 0 (0 marks an empty table slot).
#pragma once

#include <QStringView>

#include <cstdint>

namespace lede::ner {

inline constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
inline constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

// FNV-1a over UTF-16 code units, continuing from h.
inline std::uint64_t hashChars(QStringView s, std::uint64_t h = kFnvOffset)
{
    for (QChar c : s)
        h = (h ^ c.unicode()) * kFnvPrime;
    return h;
}

// A strong 64-bit mix (the splitmix64 finaliser).
inline std::uint64_t mix64(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

inline std::uint32_t featureKey(std::uint32_t templ, std::uint64_t a, std::uint64_t b = 0)
{
    const std::uint64_t h = mix64(a * 0x9e3779b97f4a7c15ULL + b * 0xc2b2ae3d27d4eb4fULL + templ * 0x165667b19e3779f9ULL);
    const std::uint32_t k = std::uint32_t(h >> 32);
    return k ? k : 1u;
}

// Lexicon keys (words and phrases), 64 bits, never 0.
inline std::uint64_t lexiconKey(std::uint64_t stringHash)
{
    const std::uint64_t k = mix64(stringHash);
    return k ? k : 1u;
}

} // namespace lede::ner
