// Annotation: one highlight / note / tag set the reader made on a document. A plain value.
//
// Stored fields (AnnotationStore keeps them): id, anchor, colour, style, note, tags, target,
// created/modified, the document it was made on (docHash/docPath), origin and version.
// Resolved fields (range, status) are computed for the open document by Reanchorer when the
// annotations are loaded; the store ignores them.
//
// Thread-safety: a value type; copies are independent.
#pragma once

#include "annotations/Anchor.h"
#include "core/TextRange.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace lede {

enum class AnnotationStyle { Highlight = 0, Underline = 1, StrikeThrough = 2 };

// What the annotation is about: a span of text, or an entity / a quote as a whole (the
// anchor is then the span the reader picked it from; targetKey names the entity or quote).
enum class TargetKind { TextSpan = 0, Entity = 1, Quote = 2 };

enum class AnchorStatus {
    Anchored,     // found where it was made, same text
    Moved,        // same text, found elsewhere (the article changed around it)
    TextChanged,  // found approximately: the annotated text itself was edited
    Orphaned,     // not found: kept with its quote, shown apart, can be re-attached
};

struct Annotation {
    QUuid id;
    Anchor anchor;  // as stored (made on docHash's text)
    int color = 0;  // index into AnnotationPalette
    AnnotationStyle style = AnnotationStyle::Highlight;
    QString note;   // Markdown
    QStringList tags;
    TargetKind targetKind = TargetKind::TextSpan;
    QString targetKey;  // the entity / quote key (opaque, chosen by the UI); empty for TextSpan
    QDateTime created;  // UTC, millisecond precision
    QDateTime modified;
    QString docHash;    // Document::contentHash() of the text it was made (or re-attached) on
    QString docPath;    // canonical path of that file; empty for stdin / samples
    QString origin;     // id in the file it was imported from; empty when made in Lede
    qint64 version = 0; // row version in the store (optimistic concurrency); 0 = not stored

    // Resolved against the open document (not stored).
    TextRange range;    // UTF-16 into Document::text(); empty when orphaned
    AnchorStatus status = AnchorStatus::Orphaned;

    bool isOrphan() const { return status == AnchorStatus::Orphaned; }
    // Same user-visible content (ignores version and resolution).
    bool sameContent(const Annotation &o) const;
};

QString styleName(AnnotationStyle s);                  // "highlight", "underline", "strike-through"
std::optional<AnnotationStyle> styleFromName(QStringView name);
QString targetKindName(TargetKind k);                  // "text", "entity", "quote"
std::optional<TargetKind> targetKindFromName(QStringView name);
QString anchorStatusName(AnchorStatus s);              // "anchored", "moved", "text-changed", "orphaned"
QString anchorStatusLabel(AnchorStatus s);             // translated, for people

// Timestamps as stored and exported: ISO 8601 UTC with milliseconds ("2024-05-01T10:00:00.000Z").
QString isoTimestamp(const QDateTime &t);
QDateTime parseTimestamp(const QString &s);            // invalid when not ISO 8601
QDateTime nowUtc();                                    // current time, millisecond precision

// Tags: trimmed, empty ones dropped, duplicates (case-insensitive) removed, order kept.
QStringList normalizedTags(const QStringList &tags);

} // namespace lede
