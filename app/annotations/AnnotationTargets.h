// AnnotationTargets: the stable keys of annotations on an entity or a quote as a whole
// (Annotation::targetKey), and finding them again in a fresh Analysis.
//
//   entity: "<TYPE>|<canonical name>"   e.g. "PER|Kyaw Win"  (survives re-analysis as long as
//           the grouper names the entity the same way)
//   quote:  "quote:<sha1 of the quoted text, 16 hex digits>" (the parts' text joined by " … ")
//
// Pure functions over core values; thread-safe.
#pragma once

#include "analysis/Analysis.h"
#include "annotations/Annotation.h"

namespace lede {

QString entityKey(const Entity &e);
QString quoteKey(const Quote &q, QStringView text);
QString quoteText(const Quote &q, QStringView text);  // the quoted parts, joined by " … "

// Index into analysis.entities / analysis.quotes, or -1.
int findEntity(const Analysis &analysis, QStringView key);
int findQuote(const Analysis &analysis, QStringView text, QStringView key);

// Every range an annotation covers in the text: the mentions of its entity, the parts of its
// quote, or its own range (also the fallback when the target is not found). Empty for orphans.
QList<TextRange> coveredRanges(const Annotation &a, const Analysis *analysis, QStringView text);

// What the annotation is about, for people: the entity's name for entity targets ("" otherwise).
QString entityNameOfKey(QStringView key);

} // namespace lede
