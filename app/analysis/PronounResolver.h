// PronounResolver: which person a pronoun stands for. "he wrote" → Kyaw Win.
//
// Each PER entity gets a gender from two sources: the given name (QuoteLexicon, from
// public-domain birth records; "Hillary" → female) and the pronouns the text itself uses
// right after its mentions ("Kyaw Win … he is leaving his post" → male). Name evidence
// counts three times one pronoun; a tie leaves the gender unknown.
//
// resolve() walks back from the pronoun over the PER mentions of the last few paragraphs
// (mentions inside quoted speech count less: they are what a speaker talks about) and
// returns the nearest one whose entity agrees in gender. It refuses (-1) rather than guess
// when no person agrees: "she" after only male names, "he" with no person in reach, plural
// and first/second-person pronouns (they, we, I — those are groups or the speaker's own
// voice, not a named person), and "it".
//
// Built once per text from a QuoteContext; resolve() is const and thread-safe.
#pragma once

#include "analysis/QuoteContext.h"

namespace lede {

class PronounResolver {
public:
    // `quoted`: the ranges of quoted speech (sorted or not). Pronouns and mentions inside
    // them cast no gender votes, and mentions inside them rank lower as antecedents.
    PronounResolver(const QuoteContext &cx, QList<TextRange> quoted = {});

    // The entity (index into the context's entities) that the pronoun at token `tok`
    // stands for, or -1. `insideQuote(mentionIndex)` may mark mentions that lie inside
    // quoted speech (they are skipped when a mention outside quotes agrees).
    int resolve(int tok) const;
    // The entity a relative "who" at token `tok` refers to (the phrase just before it).
    int resolveRelative(int tok) const;
    // The person a definite description stands for when an earlier mention carried it as a
    // title: "the deputy chief of mission" → "Deputy Chief of Mission Kyaw Win". Tokens
    // [first, last] are the description (a determiner first is ignored); -1 if none.
    int resolveTitle(int first, int last) const;
    Gender genderOf(int entity) const { return entity >= 0 && entity < m_gender.size() ? m_gender[entity] : Gender::Unknown; }

private:
    bool quoted(int pos) const;
    const QuoteContext &m_cx;
    QList<Gender> m_gender;
    QList<TextRange> m_quoted;  // sorted, non-overlapping
};

} // namespace lede
