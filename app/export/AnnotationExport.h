// Exporting a document's annotations: W3C Web Annotation JSON-LD, Markdown (Obsidian
// conventions), CSV and a standalone HTML page. Each exporter is a pure function of the
// document, its annotations (resolved against that document: range and status set, as
// DocumentAnnotations keeps them) and the palette; writeExportFile() writes atomically.
//
//   QByteArray bytes = exportAnnotations(ExportFormat::JsonLd, {doc, session->annotations(), session->palette()});
//   Result<void> ok = writeExportFile(path, bytes);
//
// Annotations are written in reading order (orphans last). Thread-safe (no shared state).
#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationPalette.h"
#include "core/Result.h"
#include "document/Document.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace lede {

enum class ExportFormat { Markdown, JsonLd, Csv, Html };

struct ExportInput {
    const Document &document;
    const QList<Annotation> &annotations;
    const AnnotationPalette &palette;
};

std::optional<ExportFormat> exportFormatFromName(QStringView name);  // "md", "jsonld", "csv", "html"
QString exportFormatName(ExportFormat f);
QString exportFileSuffix(ExportFormat f);                              // "md", "jsonld", "csv", "html"

QByteArray exportAnnotations(ExportFormat format, const ExportInput &in);
QByteArray annotationsToJsonLd(const ExportInput &in);
QByteArray annotationsToMarkdown(const ExportInput &in);
QByteArray annotationsToCsv(const ExportInput &in);
QByteArray annotationsToHtml(const ExportInput &in);

// Writes bytes to path through QSaveFile (a temporary file renamed into place): never a
// half-written file. The error names the file and the reason.
Result<void> writeExportFile(const QString &path, const QByteArray &bytes);

// --- shared by the exporters ---
// The document's identity in exports: its URL (a file: URL for local files), else a
// "urn:sha256:" URN of its text.
QString documentUri(const Document &doc);
// Reading order: anchored by position, then orphans by creation time.
QList<const Annotation *> inReadingOrder(const QList<Annotation> &list);
// The tags an annotation exports with: its own, then its colour's meaning (no duplicates).
QStringList exportTags(const Annotation &a, const AnnotationPalette &palette);
// The passage as exported: the current text for anchored annotations, the stored quote
// for orphans.
QString exportQuote(const Annotation &a, const Document &doc);

} // namespace lede
