#include "session/DocumentSession.h"

#include "analysis/Analyzer.h"
#include "document/DocumentLoader.h"
#include "session/DocumentCorrections.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace lede {

namespace {

// One analyzer (and model) per process, created on first use in a worker thread.
Result<std::shared_ptr<const Analyzer>> sharedAnalyzer()
{
    static QMutex mutex;
    static std::shared_ptr<const Analyzer> analyzer;
    QMutexLocker lock(&mutex);
    if (!analyzer) {
        auto created = Analyzer::create();
        if (!created)
            return created.error();
        analyzer = *created;
    }
    return analyzer;
}

} // namespace

namespace {

struct AnalysisResult {
    Analysis machine;
    Analysis shown;
    Corrections applied;  // the corrections `shown` was computed with
};

} // namespace

DocumentSession::DocumentSession(QObject *parent) : QObject(parent), m_corrections(new DocumentCorrections(this))
{
    connect(m_corrections, &DocumentCorrections::changed, this, &DocumentSession::onCorrectionsChanged);
    connect(m_corrections, &DocumentCorrections::errorOccurred, this, &DocumentSession::correctionsFailed);
}

void DocumentSession::setAnnotationStore(AnnotationStore *store)
{
    m_corrections->setStore(store);
    if (hasDocument())
        loadCorrections();
}

void DocumentSession::loadCorrections()
{
    if (auto r = m_corrections->load(m_document.contentHash()); !r)
        Q_EMIT correctionsFailed(r.error().message);
}

void DocumentSession::onCorrectionsChanged()
{
    if (!m_machine)
        return;  // applied when the analysis finishes
    const quint64 gen = ++m_applyGeneration;
    const Corrections corrections = m_corrections->current();
    if (m_machine->mentions.size() <= m_syncApplyLimit) {
        m_applying = false;
        m_analysis = std::make_shared<const Analysis>(applyAllCorrections(m_document.text(), *m_machine, corrections));
        Q_EMIT correctionsApplied();
        return;
    }
    // a long document: regrouping its mentions takes a while, do it off the UI thread
    m_applying = true;
    const std::shared_ptr<const Analysis> machine = m_machine;
    const QString text = m_document.text();
    auto *watcher = new QFutureWatcher<Analysis>(this);
    connect(watcher, &QFutureWatcher<Analysis>::finished, this, [this, watcher, gen] {
        watcher->deleteLater();
        if (gen != m_applyGeneration)
            return;  // superseded by a newer change, analysis or document
        m_applying = false;
        m_analysis = std::make_shared<const Analysis>(watcher->result());
        Q_EMIT correctionsApplied();
    });
    watcher->setFuture(QtConcurrent::run(
        [text, machine, corrections] { return applyAllCorrections(text, *machine, corrections); }));
}

DocumentSession::~DocumentSession()
{
    m_cancel.cancel();
}

void DocumentSession::setBusy(bool loading, bool analyzing)
{
    const bool was = m_loading || m_analyzing;
    m_loading = loading;
    m_analyzing = analyzing;
    if (was != (m_loading || m_analyzing))
        Q_EMIT busyChanged(m_loading || m_analyzing);
}

void DocumentSession::openFile(const QString &path)
{
    const quint64 gen = ++m_generation;
    m_cancel.cancel();  // a running analysis of the previous request is no longer wanted
    setBusy(true, false);
    Q_EMIT loadingStarted(path);
    auto *watcher = new QFutureWatcher<Result<Document>>(this);
    connect(watcher, &QFutureWatcher<Result<Document>>::finished, this, [this, watcher, gen] {
        watcher->deleteLater();
        if (gen != m_generation)
            return;  // superseded by a newer request
        Result<Document> r = watcher->result();
        if (!r) {
            // keep what was open; if an analysis had been running for it, run it again
            const bool hadAnalysis = m_analysis != nullptr;
            setBusy(false, false);
            Q_EMIT openFailed(r.error().message);
            if (hasDocument() && !hadAnalysis)
                startAnalysis();
            return;
        }
        openDocument(std::move(*r));
    });
    watcher->setFuture(QtConcurrent::run([path] { return DocumentLoader().loadFile(path); }));
}

void DocumentSession::openDocument(Document document)
{
    ++m_generation;
    m_cancel.cancel();
    m_document = std::move(document);
    m_analysis.reset();
    m_machine.reset();
    ++m_applyGeneration;
    m_applying = false;
    setBusy(false, false);
    m_corrections->blockSignals(true);  // nothing to apply them to yet
    const auto loaded = m_corrections->load(m_document.contentHash());
    m_corrections->blockSignals(false);
    Q_EMIT documentOpened();
    if (!loaded)
        Q_EMIT correctionsFailed(loaded.error().message);
    startAnalysis();
}

void DocumentSession::reanalyze()
{
    if (!hasDocument())
        return;
    ++m_generation;
    m_cancel.cancel();
    startAnalysis();
}

void DocumentSession::cancelAnalysis()
{
    if (!m_analyzing)
        return;
    m_cancel.cancel();
}

void DocumentSession::startAnalysis()
{
    const quint64 gen = m_generation;
    m_cancel = CancelToken();
    const CancelToken cancel = m_cancel;
    setBusy(false, true);
    Q_EMIT analysisStarted();
    QPointer<DocumentSession> self(this);
    auto progress = [self, gen](double f) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, gen, f] {
                if (self && self->m_generation == gen && self->m_analyzing)
                    Q_EMIT self->analysisProgress(f);
            },
            Qt::QueuedConnection);
    };
    const QString text = m_document.text();
    const Corrections corrections = m_corrections->current();
    using Watcher = QFutureWatcher<Result<AnalysisResult>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, gen] {
        watcher->deleteLater();
        if (gen != m_generation)
            return;
        Result<AnalysisResult> r = watcher->result();
        setBusy(false, false);
        if (!r) {
            if (r.error().code == ErrorCode::Cancelled)
                Q_EMIT analysisCancelled();
            else
                Q_EMIT analysisFailed(r.error().message);
            return;
        }
        m_machine = std::make_shared<const Analysis>(std::move(r->machine));
        m_analysis = std::make_shared<const Analysis>(std::move(r->shown));
        ++m_applyGeneration;  // an apply still running was for the previous analysis
        m_applying = false;
        const bool stale = r->applied != m_corrections->current();
        Q_EMIT analysisFinished();
        if (stale)
            onCorrectionsChanged();  // the corrections changed while the analysis ran
    });
    watcher->setFuture(QtConcurrent::run([text, cancel, progress, corrections]() -> Result<AnalysisResult> {
        auto analyzer = sharedAnalyzer();
        if (!analyzer)
            return analyzer.error();
        auto machine = (*analyzer)->analyze(text, cancel, progress);
        if (!machine)
            return machine.error();
        Analysis shown = applyAllCorrections(text, *machine, corrections);
        return AnalysisResult{std::move(*machine), std::move(shown), corrections};
    }));
}

bool DocumentSession::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_loading || m_analyzing || m_applying) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

} // namespace lede
