// QuoteLexicon: the word knowledge the quote finder reads — speech and attitude cues with
// their inflections (resources/lexicon/speech-cues.txt), closed-class English words
// (pronouns, determiners, auxiliaries, conjunctions …) and the gender of common given names
// (resources/lexicon/given-names-gender.txt, from public-domain US birth records).
//
//   const QuoteLexicon &lex = QuoteLexicon::get();    // loaded once per process
//   if (const CueInfo *c = lex.cue(u"warned")) …       // lower-case word form
//   WordFlags f = lex.flags(u"he");                    // WordFlag::Pronoun | …
//
// Lookups take lower-case forms and are thread-safe (the lexicon is immutable once built).
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace lede {

enum class CueClass : std::uint8_t {
    Speech,    // said, told, wrote: attributes direct quotes and reported speech
    Attitude,  // believes, wants, endorsed: reported thoughts and stances only
};

namespace CueFrame {
enum : std::uint8_t {
    Listener = 1 << 0,       // "told reporters that …": a listener follows, not content
    NeedsParticle = 1 << 1,  // a cue only with one of its particles ("pointed out")
    NoDirect = 1 << 2,       // never attributes a direct quote ("called it a “rant”")
    Participle = 1 << 3,     // the -ing form ("saying"): takes the subject of the main clause
    PastParticiple = 1 << 4, // may be a passive participle ("was asked", "is expected")
    DirectOnly = 1 << 5,     // only in a frame attached to a direct quote ("exclaimed")
    TopicObject = 1 << 6,    // a bare noun phrase after it is a topic, not content ("talked about")
};
}

struct CueInfo {
    QString lemma;
    CueClass cls = CueClass::Speech;
    std::uint8_t frames = 0;
    QStringList particles;  // "out", "for" …: included in the cue span when they follow
    bool has(std::uint8_t f) const { return (frames & f) != 0; }
};

namespace WordFlag {
enum : std::uint32_t {
    Pronoun = 1u << 0,       // he she they I we you it who
    Determiner = 1u << 1,    // the a an this that these those his her their its our my some
    Auxiliary = 1u << 2,     // has have had is was will would did does can could may might …
    Adverb = 1u << 3,        // also, later, previously, not (plus any -ly word, see flags())
    Preposition = 1u << 4,   // in on at of for with by from about …
    Conjunction = 1u << 5,   // and or but
    Subordinator = 1u << 6,  // because although while if when since as
    Relative = 1u << 7,      // who which whom whose
    Listener = 1u << 8,      // reporters, him, her, them, me, us, journalists …
    Negation = 1u << 9,      // not n't never
    Possessive = 1u << 10,   // his her their its our my your
    Quantifier = 1u << 11,   // some many most several both all few
    Temporal = 1u << 12,     // monday … sunday, yesterday, today, tonight, earlier, later
    CommonVerb = 1u << 13,   // frequent non-cue verbs that end a noun phrase search
};
}
using WordFlags = std::uint32_t;

enum class Gender : std::uint8_t { Unknown, Male, Female };
enum class Number : std::uint8_t { Singular, Plural, Unknown };

struct PronounInfo {
    Gender gender = Gender::Unknown;
    Number number = Number::Unknown;
    bool person3 = true;      // he she they it vs I we you
};

class QuoteLexicon {
public:
    static const QuoteLexicon &get();

    // The cue for a lower-case word form, or nullptr.
    const CueInfo *cue(const QString &lowerForm) const;
    // Closed-class flags of a lower-case word (0 for open-class words).
    WordFlags flags(const QString &lowerForm) const;
    // Gender and number of a lower-case personal pronoun (he, his, him, she, they …).
    std::optional<PronounInfo> pronoun(const QString &lowerForm) const;
    // Gender of a given name (any case), Unknown when not listed or used for both sexes.
    Gender givenNameGender(QStringView name) const;

    // Built from the texts of the two lexicon files (for tests; get() reads the resources).
    QuoteLexicon(const QString &cueTable, const QString &namesTable);

private:
    QHash<QString, CueInfo> m_cues;
    QHash<QString, WordFlags> m_flags;
    QHash<QString, PronounInfo> m_pronouns;
    QHash<QString, Gender> m_names;
};

} // namespace lede
