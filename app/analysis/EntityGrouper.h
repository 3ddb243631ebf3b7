// EntityGrouper: mentions → entities. Merges the mentions of one entity: exact repeats,
// possessives ("Kyaw Win’s"), shorter forms of a longer same-type name ("Suu Kyi" → "Aung
// San Suu Kyi"), acronyms of a full name that occurs ("U.N." → "United Nations"), a curated
// alias list (U.S. / United States / America, Burma / Myanmar …) and aliases the text
// declares ("Burma, also known as Myanmar"; "the Foreign Ministry (MFA)"). The canonical
// name is the longest full form. Two people sharing a surname stay apart when both full
// names occur; a bare surname then joins the most recent full name before it.
//
// Sets Mention::entity on every mention. Stateless and thread-safe.
#pragma once

#include "analysis/Analysis.h"

#include <vector>

namespace lede {

class EntityGrouper {
public:
    QList<Entity> group(QStringView text, QList<Mention> &mentions) const;
};

// Entities from mentions already partitioned: mentions i and j are one entity when
// groupOf[i] == groupOf[j]. Entities are ordered by first mention; sets Mention::entity,
// the canonical name (longest full form), aliases and the majority type.
QList<Entity> assembleEntities(QStringView text, QList<Mention> &mentions, const std::vector<int> &groupOf);

// The surface of a mention with a trailing possessive removed ("Win’s" → "Win").
QString mentionSurface(QStringView text, const Mention &m);

} // namespace lede
