// bench_analysis: speed of the whole analysis (tokens, entities, groups, quotes) on one
// core, and of each step. Not a test: run by hand, record the figures in docs/benchmarks.md.
//
//   python3 scripts/make-bench-text.py ../shared /tmp/lede-bench.txt
//   build/dev/bin/bench_analysis /tmp/lede-bench.txt [repeats]
//
// Prints the best of `repeats` (default 3) runs for each step and for Analyzer::analyze().
#include "analysis/Analyzer.h"
#include "analysis/DateRecognizer.h"
#include "analysis/EntityGrouper.h"
#include "analysis/QuoteFinder.h"
#include "analysis/Tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace lede;

namespace {

double bestMs(int repeats, const std::function<void()> &f)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_analysis FILE [repeats]\n");
        return 1;
    }
    QFile f(args[1]);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_analysis: %s: cannot read\n", qPrintable(args[1]));
        return 2;
    }
    const QByteArray bytes = f.readAll();
    const QString text = QString::fromUtf8(bytes);
    const int repeats = args.size() > 2 ? std::max(1, args[2].toInt()) : 3;
    auto analyzer = Analyzer::create();
    if (!analyzer) {
        std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(analyzer.error().message));
        return 2;
    }

    TokenizedText tt;
    const double tokMs = bestMs(repeats, [&] { tt = Tokenizer().tokenize(text); });
    QList<Mention> mentions;
    const double nerMs = bestMs(repeats, [&] {
        auto r = (*analyzer)->recognizer().recognize(text, tt, CancelToken());
        mentions = mergeMentions(r ? *r : QList<Mention>{}, DateRecognizer().recognize(text, tt));
    });
    QList<Entity> entities;
    const double groupMs = bestMs(repeats, [&] {
        QList<Mention> m = mentions;
        entities = EntityGrouper().group(text, m);
        mentions = m;
    });
    QList<Quote> quotes;
    const double quoteMs = bestMs(repeats, [&] { quotes = QuoteFinder().find(text, tt, mentions, entities); });
    qsizetype nQuotes = 0;
    const double allMs = bestMs(repeats, [&] {
        auto a = (*analyzer)->analyze(text);
        nQuotes = a ? a->quotes.size() : -1;
    });
    const double ntok = double(tt.tokens.size());
    std::printf("text: %.2f MB, %lld tokens, %lld mentions, %lld entities, %lld quotes (recognizer: %s)\n",
                double(bytes.size()) / 1048576.0, qint64(ntok), qint64(mentions.size()), qint64(entities.size()),
                qint64(nQuotes), qPrintable((*analyzer)->recognizer().name()));
    auto row = [&](const char *name, double ms) {
        std::printf("%-22s %9.1f ms  %12.0f tokens/s\n", name, ms, ntok / (ms / 1000.0));
    };
    row("tokenizer", tokMs);
    row("entities (+dates)", nerMs);
    row("grouping", groupMs);
    row("quotes", quoteMs);
    row("whole analysis", allMs);
    return 0;
}
