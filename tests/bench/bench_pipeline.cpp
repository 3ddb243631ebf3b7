// lede-bench: times loading and each analysis stage on the sample article and on any given
// files, and reports tokens per second (one thread). Usage:
//   lede-bench [--repeat N] [FILE ...]      (the bundled sample is always measured first)
// Prints one Markdown table row per input; the median of N runs (default 5).
#include "BenchInput.h"

#include "analysis/DateRecognizer.h"
#include "analysis/EntityGrouper.h"
#include "analysis/EntityRecognizer.h"
#include "analysis/Analyzer.h"
#include "analysis/QuoteFinder.h"
#include "analysis/Tokenizer.h"
#include "document/DocumentLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

using namespace lede;

namespace {

struct Times {
    double load = 0, tokenize = 0, entities = 0, dates = 0, grouping = 0, quotes = 0, total = 0;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double ms(QElapsedTimer &t)
{
    const double r = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const int repeat = bench::takeRepeat(args);
    auto recognizer = createEntityRecognizer();
    if (!recognizer) {
        std::fprintf(stderr, "%s\n", qPrintable(recognizer.error().message));
        return 2;
    }
    QElapsedTimer modelTimer;
    modelTimer.start();
    auto again = createEntityRecognizer();  // a second load shows the model's load time
    const double modelMs = double(modelTimer.nsecsElapsed()) / 1e6;
    Analyzer analyzer(*recognizer);

    std::printf("recognizer: %s (model load %.1f ms)\n\n", qPrintable((*recognizer)->name()), modelMs);
    std::printf("| input | chars | tokens | load ms | tokenize ms | entities ms | dates ms | grouping ms | quotes ms "
                "| analysis ms | tokens/s (tok+ent+group) | tokens/s (whole analysis) |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    QStringList inputs{QString()};
    inputs += args;
    for (const QString &path : inputs) {
        std::vector<double> load, tok, ent, dat, grp, quo, tot;
        qsizetype chars = 0, tokens = 0, chunkedMentions = 0, stageMentions = 0;
        double chunkedMs = 0;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer t;
            t.start();
            auto loaded = bench::loadInput(path);
            if (!loaded) {
                std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
                return 2;
            }
            const Document doc = std::move(*loaded);
            load.push_back(ms(t));
            const QString &text = doc.text();
            QElapsedTimer whole;
            whole.start();
            const TokenizedText tt = Tokenizer().tokenize(text);
            tok.push_back(ms(t));
            auto named = (*recognizer)->recognize(text, tt, {});
            ent.push_back(ms(t));
            QList<Mention> mentions = mergeMentions(*named, DateRecognizer().recognize(text, tt));
            dat.push_back(ms(t));
            const QList<Entity> entities = EntityGrouper().group(text, mentions);
            grp.push_back(ms(t));
            const QList<Quote> quotes = QuoteFinder().find(text, tt, mentions, entities);
            quo.push_back(ms(t));
            tot.push_back(double(whole.nsecsElapsed()) / 1e6);
            chars = text.size();
            stageMentions = mentions.size();
            tokens = tt.tokens.size();
            if (r == 0) {
                // The Analyzer runs the recognizer in sentence-aligned chunks (for progress and
                // cancellation); document-level features then see one chunk at a time.
                QElapsedTimer a;
                a.start();
                auto full = analyzer.analyze(text);
                chunkedMs = double(a.nsecsElapsed()) / 1e6;
                chunkedMentions = full ? full->mentions.size() : -1;
            }
        }
        const double nerPath = median(tok) + median(ent) + median(dat) + median(grp);
        const double all = median(tot);
        std::printf("| %s | %lld | %lld | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f |\n",
                    path.isEmpty() ? "sample article" : qPrintable(QFileInfo(path).fileName()), qlonglong(chars),
                    qlonglong(tokens), median(load), median(tok), median(ent), median(dat), median(grp), median(quo),
                    all, tokens / (nerPath / 1000.0), tokens / (all / 1000.0));
        std::fflush(stdout);
        std::fprintf(stderr, "%s: Analyzer::analyze (chunked) %.1f ms, %lld mentions (stages on the whole text: %lld)\n",
                     path.isEmpty() ? "sample article" : qPrintable(QFileInfo(path).fileName()), chunkedMs,
                     qlonglong(chunkedMentions), qlonglong(stageMentions));
    }
    return 0;
}
