// ConllCorpus: CoNLL-style NER files (token<TAB>tag, IOB2/IOB1/BIOES, blank line between
// sentences, -DOCSTART- between documents) read into documents whose text is built exactly
// as shared/tools/nerscore.py builds it: tokens joined by one space, sentences by "\n".
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace lede::train {

struct GoldSpan {
    int start = 0;  // UTF-16 offsets into Doc::text
    int end = 0;
    int type = 0;   // 0 PER, 1 ORG, 2 LOC, 3 MISC
};

struct GoldDoc {
    QString text;
    QList<GoldSpan> spans;
    QList<int> tokenStarts;  // gold token boundaries (for scoring)
    QList<int> tokenEnds;
};

struct CorpusOptions {
    QList<int> keepTypes = {0, 1, 2, 3};  // other types become O
};

Result<QList<GoldDoc>> readConll(const QString &path, const CorpusOptions &options = {});

// Type index of "PER"/"ORG"/"LOC"/"MISC", or -1.
int typeIndex(QStringView code);

} // namespace lede::train
