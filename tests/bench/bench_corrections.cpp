// bench_corrections: what applying the reader's corrections costs — the step DocumentSession
// runs on the UI thread whenever a correction is made or undone (and in the analysis worker
// after each analysis). On the sample article and on any given files: analyses each once,
// then times applyAllCorrections() with a typical set (one mention removed, one entity's type
// changed, two entities merged, one rule for every document, one quote dismissed, one
// speaker changed). Usage:
//   bench_corrections [--repeat N] [FILE ...]   (median of N runs, default 5)
#include "BenchInput.h"

#include "analysis/Analyzer.h"
#include "session/DocumentCorrections.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

using namespace lede;

namespace {

// A typical set of corrections for an analysis: targets taken from its own mentions/quotes.
Corrections typicalCorrections(const QString &text, const Analysis &a)
{
    Corrections c;
    auto slice = [&](TextRange r) { return text.mid(r.start, r.length()); };
    if (a.mentions.size() >= 3) {
        const TextRange m0 = a.mentions[0].range, m1 = a.mentions[1].range, m2 = a.mentions[2].range;
        c.entities << EntityCorrection::notEntity(m0, slice(m0))
                   << EntityCorrection::setType(m1, slice(m1), EntityType::ORG, EntityCorrection::Scope::Entity)
                   << EntityCorrection::merge(m1, slice(m1), m2, slice(m2));
    }
    c.rules << EntityRule{QStringLiteral("Monday"), EntityType::DATE};
    if (a.quotes.size() >= 2) {
        c.quotes << dismissQuote(text, a.quotes[0]);
        if (!a.entities.isEmpty())
            c.quotes << setQuoteSpeaker(text, a.quotes[1], a.entities[0].name);
    }
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const int repeat = bench::takeRepeat(args);
    auto analyzer = Analyzer::create();
    if (!analyzer) {
        std::fprintf(stderr, "%s\n", qPrintable(analyzer.error().message));
        return 2;
    }
    std::printf("| input | chars | mentions | entities | quotes | all corrections ms | entity corrections ms "
                "| rule ms | quote corrections ms |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    QStringList inputs{QString()};
    inputs += args;
    for (const QString &path : inputs) {
        auto loaded = bench::loadInput(path);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
            return 2;
        }
        const Document doc = std::move(*loaded);
        auto machine = (*analyzer)->analyze(doc.text());
        if (!machine) {
            std::fprintf(stderr, "%s\n", qPrintable(machine.error().message));
            return 2;
        }
        const Corrections all = typicalCorrections(doc.text(), *machine);
        qsizetype shownMentions = 0;
        auto time = [&](const Corrections &c) {
            std::vector<double> times;
            for (int r = 0; r < repeat; ++r) {
                QElapsedTimer t;
                t.start();
                const Analysis shown = applyAllCorrections(doc.text(), *machine, c);
                times.push_back(double(t.nsecsElapsed()) / 1e6);
                shownMentions = shown.mentions.size();
            }
            std::sort(times.begin(), times.end());
            return times[times.size() / 2];
        };
        const double entityMs = time(Corrections{all.entities, {}, {}});
        const double ruleMs = time(Corrections{{}, all.rules, {}});
        const double quoteMs = time(Corrections{{}, {}, all.quotes});
        const double allMs = time(all);
        std::printf("| %s | %lld | %lld | %lld | %lld | %.2f | %.2f | %.2f | %.2f |\n",
                    path.isEmpty() ? "sample article" : qPrintable(QFileInfo(path).fileName()),
                    qlonglong(doc.text().size()), qlonglong(machine->mentions.size()),
                    qlonglong(machine->entities.size()), qlonglong(machine->quotes.size()), allMs, entityMs, ruleMs,
                    quoteMs);
        std::fflush(stdout);
        std::fprintf(stderr, "%s: %lld mentions shown after the corrections\n",
                     path.isEmpty() ? "sample article" : qPrintable(QFileInfo(path).fileName()),
                     qlonglong(shownMentions));
    }
    return 0;
}
