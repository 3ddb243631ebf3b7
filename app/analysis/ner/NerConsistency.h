// Document-level consistency and conventions applied to the decoder's mentions
// (NerEntityRecognizer calls it once per text chunk):
//   0. web and e-mail addresses and file names are not names, nor are parts of them
//      ("CrudeStocks.pdf", "Kevin" in "Kevin.A.Boone@example.com", "sourceid" in a URL);
//   1. a name gets the type most of its occurrences got (ties: higher summed confidence),
//      unless the model is sure of its type there (confidence > 0.9);
//   2. a multi-word name that is part of a longer PER name is PER ("Suu Kyi" in a text
//      that names "Aung San Suu Kyi");
//   3. a leading "The" is not part of a name ("The Washington Post" → "Washington Post");
//   4. a nationality followed by an organisation head noun is one organisation ("Burmese
//      Embassy", resources/gazetteers/org-cues.txt);
//   5. untagged repeats of a tagged capitalised name of two or more words are tagged;
//   6. title words before a given name are not part of the name ("State Condoleezza Rice"
//      → "Condoleezza Rice", PER);
//   7. a person's name starts after the titles before it ("Miss Chaworth" → "Chaworth",
//      resources/gazetteers/person-titles.txt);
//   8. a storm is not a person: a name right after "Hurricane", "Cyclone", "Typhoon" or
//      "Storm" is MISC ("Hurricane Katrina", as CoNLL-2003 tags storms).
// Mentions stay sorted by start and non-overlapping. Stateless and thread-safe.
#pragma once

#include "analysis/Analysis.h"

namespace lede::ner {

void applyDocumentConsistency(QStringView text, const TokenizedText &tokens, QList<Mention> &mentions);

} // namespace lede::ner
