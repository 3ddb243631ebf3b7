// Analysis: what the core found in a text — tokens, entity mentions, entity groups and
// quotes. A plain value: computed off the UI thread by Analyzer, then shared read-only.
// All ranges are UTF-16 index ranges into the analysed text (Document::text()).
#pragma once

#include "analysis/Token.h"
#include "core/TextRange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lede {

// Entity types: CoNLL-2003's four plus DATE. New types may be added, never renamed.
enum class EntityType : std::uint8_t { PER, ORG, LOC, MISC, DATE };
inline constexpr int kEntityTypeCount = 5;

QString entityTypeCode(EntityType t);                 // "PER", "ORG", …
std::optional<EntityType> entityTypeFromCode(QStringView code);

struct Mention {
    TextRange range;
    EntityType type = EntityType::MISC;
    float score = 1.0f;  // the recognizer's confidence in [0, 1]
    int entity = -1;     // index into Analysis::entities, set by the grouper
};

// One entity: the mentions that refer to it, grouped.
struct Entity {
    QString name;          // canonical name: the longest full form
    EntityType type = EntityType::MISC;
    QStringList aliases;   // distinct surface forms, in order of first appearance
    QList<int> mentions;   // indices into Analysis::mentions, in text order
    int firstMention() const { return mentions.isEmpty() ? -1 : mentions.front(); }
};

enum class QuoteKind : std::uint8_t { Direct, Mixed, Indirect };
QString quoteKindCode(QuoteKind k);  // "direct", "mixed", "indirect"

struct Quote {
    TextRange range;                 // the whole content extent (parts' min start … max end)
    QList<TextRange> parts;          // the quoted pieces, without an interrupting "he said"
    QuoteKind kind = QuoteKind::Direct;
    std::optional<TextRange> cue;    // the speech verb or phrase ("said", "according to")
    std::optional<TextRange> speaker;  // the speaker's mention as written ("he", "Kyaw Win")
    int speakerEntity = -1;          // index into Analysis::entities, or -1
};

struct Analysis {
    TokenizedText tokenized;
    QList<Mention> mentions;  // sorted by start, non-overlapping
    QList<Entity> entities;   // sorted by first mention
    QList<Quote> quotes;      // sorted by start

    // Index of the mention covering pos, or -1.
    int mentionAt(int pos) const;
    // Index of the innermost quote whose range covers pos, or -1.
    int quoteAt(int pos) const;
};

} // namespace lede
