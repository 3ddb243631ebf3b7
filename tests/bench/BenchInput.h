// What the benchmarks share: `--repeat N` and reading their inputs (empty path: the sample).
#pragma once

#include "document/DocumentLoader.h"

#include <QStringList>

#include <algorithm>

namespace lede::bench {

// Removes a leading `--repeat N` from args and returns N (at least 1), else `fallback`.
inline int takeRepeat(QStringList &args, int fallback = 5)
{
    if (args.size() >= 2 && args[0] == QStringLiteral("--repeat")) {
        const int n = std::max(1, args[1].toInt());
        args = args.mid(2);
        return n;
    }
    return fallback;
}

// The bundled sample for an empty path, else the file.
inline Result<Document> loadInput(const QString &path)
{
    if (path.isEmpty())
        return DocumentLoader::sampleDocument();
    return DocumentLoader().loadFile(path);
}

} // namespace lede::bench
