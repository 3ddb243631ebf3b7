// Importing annotations: W3C Web Annotation JSON-LD (a single Annotation, an AnnotationPage
// or an AnnotationCollection — checked against the Data Model's rules) and Hypothesis API
// JSON (a search result {"rows": [...]} or a single row). Fields that older exports lack are
// tolerated; Lede's own JSON-LD export round-trips (colour, style, what it is about).
//
// Each annotation is re-anchored in the document (Reanchorer): found passages get Lede's own
// anchor (quote, context and code-point positions in this text); what Lede cannot anchor in
// text (SVG / CSS selectors, a whole page, a quote not in this article) is kept as an orphan.
// Ids are deterministic (a urn:uuid is kept; others are derived from the source id and the
// document), so importing the same file twice adds nothing the second time:
// AnnotationStore::withoutDuplicates drops what is already stored (DocumentAnnotations::
// addImported does this; the CLI calls it before insertNew).
//
// Bad input: a file that is not JSON, or holds no annotation, is an Error naming the file and
// what is wrong. An annotation with wrong types or offsets outside the text is left out and
// described in `problems`; the valid ones are still returned. Nothing is written here.
//
//   auto r = parseAnnotationFile(bytes, path, doc, session->palette());
//   if (!r) error(r.error().message);
//   else { session->addImported(r->annotations, tr("Import")); show(r->problems); }
//
// Thread-safe (pure function).
#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationPalette.h"
#include "core/Result.h"
#include "document/Document.h"

#include <QByteArray>

namespace lede {

struct ImportResult {
    QList<Annotation> annotations;  // anchored (range, status) against the document
    QStringList problems;           // one message per annotation left out
    QString format;                 // "W3C Web Annotation", "Hypothesis"
    int orphans() const;
};

// fileName is used in messages.
Result<ImportResult> parseAnnotationFile(const QByteArray &bytes, const QString &fileName, const Document &doc,
                                         const AnnotationPalette &palette = AnnotationPalette());

// The W3C Data Model's rules for one annotation; returns what is wrong (empty: valid).
// `embedded`: inside a page or collection (no @context needed).
QStringList checkW3cAnnotation(const QJsonObject &annotation, bool embedded);

} // namespace lede
