// Internal to the importers: what a W3C or Hypothesis annotation says, before anchoring.
#pragma once

#include "annotations/Annotation.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lede {

struct ImportCandidate {
    QString sourceId;        // the annotation's id in the file ("" when it has none)
    // How messages name it: "annotation 3 (id)", "row 2 (id)" — built only when needed.
    enum class Kind { Annotation, Row, Single } kind = Kind::Annotation;
    int index = 0;
    QString label() const;
    QString source;          // the target's source IRI ("" when none)
    bool hasQuote = false;
    QString exact, prefix, suffix;
    std::optional<int> start, end;  // TextPositionSelector (code points)
    bool textTarget = true;  // false: a target Lede cannot anchor in text (SVG, CSS, whole page …)
    QString note;
    QStringList tags;
    QDateTime created, modified;
    std::optional<int> color;
    std::optional<AnnotationStyle> style;
    TargetKind targetKind = TargetKind::TextSpan;
    QString targetKey;
    QJsonObject raw;         // for a content-derived id when there is no id
};

struct CandidateBatch {
    QList<ImportCandidate> candidates;
    QStringList problems;
};

// W3C JSON-LD: Annotation / AnnotationPage / AnnotationCollection (or an array of them).
// Returns an error message (non-empty) when the document as a whole is not acceptable.
QString collectW3c(const QJsonValue &root, CandidateBatch &out);
// Hypothesis: {"rows": [...]} or a single row.
QString collectHypothesis(const QJsonObject &root, CandidateBatch &out);

// Shared helpers
QString jsonTypeName(const QJsonValue &v);  // "a number", "an array" …
bool isIri(QStringView s);
bool isXsdDateTime(QStringView s);  // 2015-01-28T12:00:00(.123)?(Z|+01:00)?
QString candidateLabel(ImportCandidate::Kind kind, int index, const QString &id);

} // namespace lede
