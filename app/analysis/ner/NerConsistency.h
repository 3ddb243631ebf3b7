// Document-level consistency and conventions applied to the decoder's mentions
// (NerEntityRecognizer calls it once per text chunk):
//   1. a name gets the type most of its occurrences got (ties: higher summed confidence);
//   2. a multi-word name that is part of a longer PER name is PER ("Suu Kyi" in a text
//      that names "Aung San Suu Kyi");
//   3. a leading "The" is not part of a name ("The Washington Post" → "Washington Post");
//   4. a nationality followed by an organisation head noun is one organisation ("Burmese
//      Embassy", resources/gazetteers/org-cues.txt);
//   5. untagged repeats of a tagged capitalised name are tagged;
//   6. title words before a given name are not part of the name ("State Condoleezza Rice"
//      → "Condoleezza Rice", PER).
// Mentions stay sorted by start and non-overlapping. Stateless and thread-safe.
#pragma once

#include "analysis/Analysis.h"

namespace lede::ner {

void applyDocumentConsistency(QStringView text, const TokenizedText &tokens, QList<Mention> &mentions);

} // namespace lede::ner
