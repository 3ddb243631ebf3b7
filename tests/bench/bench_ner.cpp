// bench_ner: entity throughput — Tokenizer + EntityRecognizer (+ DateRecognizer) +
// EntityGrouper on one text, on one core — and the model's load time.
//
//   bench_ner TEXT_FILE [--repeat N]
//
// Prints tokens, seconds and tokens/s for each stage and for the three together (best of N
// runs, default 3). Times are the thread's CPU time (CLOCK_THREAD_CPUTIME_ID): the work of
// one core, unaffected by other processes sharing the machine; the wall-clock total is
// printed too. scripts/bench-ner.sh builds a ≥ 5 MB text and runs it; the figures are
// recorded in docs/benchmarks.md ("Entities").
#include "analysis/Analyzer.h"  // mergeMentions
#include "analysis/DateRecognizer.h"
#include "analysis/EntityGrouper.h"
#include "analysis/NerEntityRecognizer.h"
#include "analysis/Tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

namespace {

// CPU seconds used by this thread: the stopwatch of the benchmark.
class CpuTimer {
public:
    CpuTimer() { restart(); }
    void restart() { m_start = now(); }
    double seconds() const { return now() - m_start; }

private:
    static double now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    }
    double m_start = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_ner TEXT_FILE [--repeat N]\n");
        return 1;
    }
    const int repeat = args.size() >= 4 && args[2] == u"--repeat" ? std::max(1, args[3].toInt()) : 3;
    QFile f(args[1]);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_ner: cannot read %s\n", qPrintable(args[1]));
        return 2;
    }
    const QString text = QString::fromUtf8(f.readAll());

    QElapsedTimer load;
    load.start();
    auto rec = NerEntityRecognizer::load(u":/models/ner.lnm"_s);
    const double loadMs = double(load.nsecsElapsed()) / 1e6;
    if (!rec) {
        std::fprintf(stderr, "bench_ner: %s\n", qPrintable(rec.error().message));
        return 2;
    }
    std::printf("model load: %.1f ms (%d features)\n", loadMs, (*rec)->model().featureCount());

    double best[4] = {1e9, 1e9, 1e9, 1e9};  // tokenize, recognize, dates+merge, group
    qsizetype tokens = 0, mentions = 0, entities = 0;
    double bestWall = 1e9;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer wall;
        wall.start();
        CpuTimer t;
        const TokenizedText tt = Tokenizer().tokenize(text);
        const double t0 = t.seconds();
        t.restart();
        auto all = (*rec)->recognize(text, tt, CancelToken());
        const double t1 = t.seconds();
        if (!all)
            return 2;
        t.restart();
        QList<Mention> ms = mergeMentions(*all, DateRecognizer().recognize(text, tt));
        const double t2 = t.seconds();
        t.restart();
        const QList<Entity> es = EntityGrouper().group(text, ms);
        const double t3 = t.seconds();
        bestWall = std::min(bestWall, double(wall.nsecsElapsed()) / 1e9);
        best[0] = std::min(best[0], t0);
        best[1] = std::min(best[1], t1);
        best[2] = std::min(best[2], t2);
        best[3] = std::min(best[3], t3);
        tokens = tt.tokens.size();
        mentions = ms.size();
        entities = es.size();
    }
    const double total = best[0] + best[1] + best[2] + best[3];
    std::printf("text: %.2f MB (UTF-8), %lld tokens, %lld mentions, %lld entities\n",
                double(f.size()) / 1e6, qlonglong(tokens), qlonglong(mentions), qlonglong(entities));
    const char *names[4] = {"tokenizer", "recognizer", "dates", "grouper"};
    for (int i = 0; i < 4; ++i)
        std::printf("%-11s %8.3f s  %12.0f tokens/s\n", names[i], best[i], double(tokens) / best[i]);
    std::printf("%-11s %8.3f s  %12.0f tokens/s   (CPU time, best of %d)\n", "all", total, double(tokens) / total, repeat);
    std::printf("%-11s %8.3f s  %12.0f tokens/s   (wall clock, best of %d)\n", "all", bestWall, double(tokens) / bestWall,
                repeat);
    return 0;
}
