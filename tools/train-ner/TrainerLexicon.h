// TrainerLexicon: word clusters and gazetteer lists read from their source files, for
// feature extraction during training; copied into the model file so that inference sees
// exactly the same lexicon.
#pragma once

#include "analysis/ner/NerFeatures.h"
#include "analysis/ner/NerModel.h"
#include "core/Result.h"

#include <QHash>
#include <QStringList>

namespace lede::train {

class TrainerLexicon final : public ner::NerLexicon {
public:
    // clusters.tsv: word<TAB>c1<TAB>c2<TAB>c3<TAB>c4 ('#' lines are comments).
    Result<void> loadClusters(const QString &path);
    // A gazetteer list file (one entry per line) into list `list`.
    Result<void> loadGazetteer(const QString &path, ner::GazetteerList list);

    std::uint64_t clusters(std::uint64_t wordKey) const override { return m_clusters.value(wordKey); }
    std::uint32_t phrase(std::uint64_t phraseKey) const override { return m_phrases.value(phraseKey); }

    void copyInto(ner::NerModelData &model) const;
    QStringList sources() const { return m_sources; }

private:
    QHash<std::uint64_t, std::uint64_t> m_clusters;
    QHash<std::uint64_t, std::uint32_t> m_phrases;
    QStringList m_sources;
};

} // namespace lede::train
