// The CLI's analysis output (DESIGN.md "CLI"): JSON with code-point offsets.
//
//   {"text_length": N,
//    "entities": [{"start","end","type","text","entity"}],
//    "groups":   [{"id","name","type","aliases","mentions"}],
//    "quotes":   [{"start","end","parts","kind","cue","speaker","speaker_entity"}]}
//
// writeAnalysisJson appends one object to a JsonWriter (optionally with a leading "id" key,
// for --jsonl); analysisConll writes token<TAB>BIO-tag lines, a blank line between sentences.
#pragma once

#include "analysis/Analysis.h"
#include "core/JsonWriter.h"

#include <QJsonValue>

namespace lede {

void writeAnalysisJson(JsonWriter &w, QStringView text, const Analysis &a, const QJsonValue &id = QJsonValue::Undefined);
QByteArray analysisToJson(QStringView text, const Analysis &a);
QByteArray analysisToConll(QStringView text, const Analysis &a);

} // namespace lede
