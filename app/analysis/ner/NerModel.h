// NerModel: the trained weights of the statistical entity recognizer, and the lexicon it
// was trained with (word clusters, gazetteer phrases). Read-only after loading; thread-safe.
//
//   auto model = NerModel::fromResource(u":/models/ner.lnm"_s);   // or fromFile / fromBytes
//   if (!model) fail(model.error().message);   // a missing or damaged file is an Error
//
// The file is one binary blob (little-endian; format below, see NerModel.cpp). It is
// checked whole before use: magic, version, section sizes, and a 64-bit checksum of the
// payload, so a truncated or corrupted file gives an Error naming the file, never a crash.
//
//   header  "LEDENER1", version, label count, table sizes, checksum
//   transitions  float[(kLabelCount + 2) * kLabelCount]
//   features     open-addressing table: u32 key → row; a row is 24 bytes: a float scale
//                and kLabelCount int8 weights (weight = scale * w)
//   lexicon      u64 word key → u64 cluster ids (4 levels × 16 bits, 0 = unknown)
//   phrases      u64 phrase key → u32 gazetteer bits (see NerFeatures.h)
//   metadata     UTF-8 JSON: training data, seed, epochs, figures
//
// NerModelData is the editable form the trainer fills and serialize() writes.
#pragma once

#include "analysis/ner/NerDecoder.h"
#include "analysis/ner/NerFeatures.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace lede::ner {

struct NerModelData {
    std::vector<float> transitions = std::vector<float>(kTransitionCount, 0.0f);
    QHash<std::uint32_t, std::array<float, kLabelCount>> features;
    QHash<std::uint64_t, std::uint64_t> lexicon;   // lexiconKey(word) → cluster ids
    QHash<std::uint64_t, std::uint32_t> phrases;   // lexiconKey(phrase) → gazetteer bits
    QByteArray metadata;                           // UTF-8 JSON

    // The model file's bytes. Deterministic: equal data give equal bytes.
    QByteArray serialize() const;
};

class NerModel final : public NerLexicon {
public:
    static Result<std::shared_ptr<const NerModel>> fromBytes(QByteArray bytes, const QString &origin);
    static Result<std::shared_ptr<const NerModel>> fromFile(const QString &path);
    // A Qt resource (":/…") stored uncompressed is used in place, without a copy.
    static Result<std::shared_ptr<const NerModel>> fromResource(const QString &path) { return fromFile(path); }

    static constexpr int kMaxFeatures = 128;  // per token
    // scores[l] += weight of feature key for label l (nothing if the key is unknown).
    void addWeights(std::uint32_t key, float *scores) const;
    // The same for n ≤ kMaxFeatures keys at once (prefetches; the fast path).
    void score(const std::uint32_t *keys, int n, float *scores) const;
    // Cluster ids of a word (wordKeyOf), 0 if unknown.
    std::uint64_t clusters(std::uint64_t wordKey) const override;
    // Gazetteer bits of a phrase (phraseKeyOf), 0 if unknown.
    std::uint32_t phrase(std::uint64_t phraseKey) const override;
    const float *transitions() const { return m_transitions.data(); }
    int featureCount() const { return int(m_featureCount); }
    QByteArray metadata() const;

private:
    NerModel() = default;
    const char *findRow(std::uint32_t key) const;
    static void addRow(const char *row, float *scores);
    // The file's bytes: owned, or (for an uncompressed Qt resource) the resource's static
    // data, used in place. Sections are read with memcpy, so no alignment is assumed.
    QByteArray m_bytes;
    std::vector<float> m_transitions;
    const char *m_featKeys = nullptr;
    const char *m_featRows = nullptr;
    const char *m_rows = nullptr;
    const char *m_lexKeys = nullptr;
    const char *m_lexValues = nullptr;
    const char *m_phraseKeys = nullptr;
    const char *m_phraseValues = nullptr;
    const char *m_meta = nullptr;
    std::uint32_t m_featMask = 0, m_lexMask = 0, m_phraseMask = 0, m_featureCount = 0, m_metaBytes = 0;
};

// The checksum the file format uses (exposed for tests).
std::uint64_t modelChecksum(const char *data, qsizetype size);

} // namespace lede::ner
