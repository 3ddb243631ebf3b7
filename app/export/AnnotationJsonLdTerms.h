// The names Lede's JSON-LD export and import agree on.
#pragma once

#include <QString>
#include <QUuid>

namespace lede {

inline const QString kW3cAnnotationContext = QStringLiteral("http://www.w3.org/ns/anno.jsonld");
inline const QString kLedeVocabulary = QStringLiteral("https://example.org/lede/ns#");
inline const QString kLedeHomepage = QStringLiteral("https://example.org/lede");
// Namespace for name-based (v5) UUIDs: collection ids, imported annotations' ids.
inline const QUuid kLedeNamespaceUuid = QUuid(QStringLiteral("{6f1c6a52-3b0e-4f4e-9d55-1f6c2a7b8e90}"));

inline const QString kTermColor = QStringLiteral("lede:color");
inline const QString kTermStyle = QStringLiteral("lede:style");
inline const QString kTermStatus = QStringLiteral("lede:anchorStatus");
inline const QString kTermTargetKind = QStringLiteral("lede:about");
inline const QString kTermTargetKey = QStringLiteral("lede:aboutKey");

} // namespace lede
