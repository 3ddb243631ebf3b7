// EntityCorrections: the reader's corrections to the machine's entities, kept apart from
// the machine's output and applied on top of it, so that re-analysis never loses them.
//
//   EntityCorrections c;                                  // a value: copy, compare, store
//   c.corrections.append(EntityCorrection::notEntity(range, surface));
//   c.rules.append({u"Monday"_s, EntityType::DATE});     // "always treat 'Monday' as a date"
//   Analysis shown = applyCorrections(text, machine, c);  // pure; machine is untouched
//   QJsonObject stored = c.toJson();                      // for the annotation store
//
// A correction names the mention the reader acted on by its range AND its text, so it
// still finds it after the text or the model changed a little: first the mention with
// exactly that range and text, else the mention with that text nearest to the range. A
// correction whose mention is gone is kept (and reported by applyCorrections) but does
// nothing. Rules are document-independent: every occurrence of their text (whole words,
// case-sensitive) becomes a mention of their type, or is never an entity.
//
// Order of application: rules, then mention-level corrections in the order given, then
// regrouping (EntityGrouper), then entity-level corrections (merge, split, entity type,
// entity removal) in the order given. Later corrections win over earlier ones.
// Offsets are UTF-16 indices into Document::text(), as everywhere inside the core.
#pragma once

#include "analysis/Analysis.h"
#include "core/Result.h"

#include <QJsonObject>

#include <optional>

namespace lede {

struct EntityCorrection {
    enum class Action : std::uint8_t {
        NotEntity,  // the mention (Scope::Mention) or its whole entity is not an entity
        SetType,    // the mention's (or its entity's) type is `type`
        Merge,      // the entity of `target` and the entity of `other` are one
        Split,      // the mentions with target's text leave their entity and form a new one
        Add,        // `target` is a mention of type `type` the machine missed
    };
    enum class Scope : std::uint8_t { Mention, Entity };

    Action action = Action::NotEntity;
    Scope scope = Scope::Mention;
    TextRange target;
    QString targetText;
    TextRange other;  // Merge only
    QString otherText;
    EntityType type = EntityType::MISC;  // SetType, Add

    static EntityCorrection notEntity(TextRange r, const QString &text, Scope s = Scope::Mention);
    static EntityCorrection setType(TextRange r, const QString &text, EntityType t, Scope s = Scope::Mention);
    static EntityCorrection merge(TextRange a, const QString &aText, TextRange b, const QString &bText);
    static EntityCorrection split(TextRange r, const QString &text);
    static EntityCorrection add(TextRange r, const QString &text, EntityType t);
    friend bool operator==(const EntityCorrection &, const EntityCorrection &) = default;
};

// "Always treat `text` as `type`" (type empty: "never an entity").
struct EntityRule {
    QString text;
    std::optional<EntityType> type;
    friend bool operator==(const EntityRule &, const EntityRule &) = default;
};

struct EntityCorrections {
    QList<EntityCorrection> corrections;  // this document's
    QList<EntityRule> rules;              // every document's

    bool isEmpty() const { return corrections.isEmpty() && rules.isEmpty(); }
    QJsonObject toJson() const;
    // Error (Parse) naming the problem when the JSON is not a corrections object.
    static Result<EntityCorrections> fromJson(const QJsonObject &json);
    friend bool operator==(const EntityCorrections &, const EntityCorrections &) = default;
};

// The machine's analysis with the corrections applied: mentions (sorted, non-overlapping),
// entities regrouped, quotes' speaker entities re-pointed. `unmatched`, if given, receives
// the indices of corrections whose mention could not be found.
Analysis applyCorrections(QStringView text, Analysis machine, const EntityCorrections &corrections,
                          QList<int> *unmatched = nullptr);

} // namespace lede
