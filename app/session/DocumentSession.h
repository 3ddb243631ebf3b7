// DocumentSession: the document being read and its analysis — the controller the UI
// talks to. Loading and analysis run off the calling (UI) thread; results come back as
// signals in the session's thread. Opening another document cancels whatever is running
// for the previous one; a failed open leaves the current document untouched.
//
//   DocumentSession s;
//   s.setAnnotationStore(store);                        // where the reader's corrections live
//   connect(&s, &DocumentSession::documentOpened, …);   // text available: show it
//   connect(&s, &DocumentSession::analysisFinished, …); // highlights and panels
//   connect(&s, &DocumentSession::correctionsApplied, …); // the same, after a correction
//   connect(&s, &DocumentSession::openFailed, …);       // message names file + reason
//   s.openFile(path);
//
// Corrections: the reader's corrections (corrections(): entity and quote corrections of the
// document, and the rules for every document) are loaded with the document and applied on
// top of every analysis and again whenever they change; analysis() is what the reader sees
// (corrected), machineAnalysis() what the analyser found. Re-analysis (reanalyze(), opening
// the document again) never touches the corrections. Without a store they are kept in
// memory for the session's lifetime. A correction is applied at once (before the call that
// made it returns) unless the analysis has more mentions than synchronousApplyLimit(): then
// it is applied off the UI thread (regrouping ~100k mentions takes a fraction of a second)
// and analysis() keeps the previous result until correctionsApplied.
//
// Not thread-safe: use from one thread (the UI thread).
#pragma once

#include "analysis/Analysis.h"
#include "core/CancelToken.h"
#include "document/Document.h"

#include <QObject>

#include <memory>

namespace lede {

class Analyzer;
class AnnotationStore;
class DocumentCorrections;

class DocumentSession : public QObject {
    Q_OBJECT
public:
    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    void openFile(const QString &path);
    void openDocument(Document document);  // already loaded (the sample, a fetched page …)
    void reanalyze();  // analyses the open document again (the shown analysis stays until then)
    void cancelAnalysis();

    // Not owned (nullptr: corrections in memory only); loads the open document's corrections.
    void setAnnotationStore(AnnotationStore *store);
    DocumentCorrections *corrections() const { return m_corrections; }

    const Document &document() const { return m_document; }
    bool hasDocument() const { return !m_document.isEmpty(); }
    // The analysis with the reader's corrections applied; nullptr until the analysis of the
    // current document has finished.
    const Analysis *analysis() const { return m_analysis.get(); }
    std::shared_ptr<const Analysis> sharedAnalysis() const { return m_analysis; }
    // What the analyser found, before corrections.
    const Analysis *machineAnalysis() const { return m_machine.get(); }
    bool isLoading() const { return m_loading; }
    bool isAnalyzing() const { return m_analyzing; }
    bool isApplyingCorrections() const { return m_applying; }
    int synchronousApplyLimit() const { return m_syncApplyLimit; }
    void setSynchronousApplyLimit(int mentions) { m_syncApplyLimit = mentions; }
    // Blocks until no load, analysis or application of corrections is running (tests,
    // --screenshot). Returns false on timeout.
    bool waitForIdle(int timeoutMs);

Q_SIGNALS:
    void loadingStarted(const QString &path);
    void openFailed(const QString &message);
    void documentOpened();
    void analysisStarted();
    void analysisProgress(double fraction);
    void analysisFinished();
    void analysisFailed(const QString &message);
    void analysisCancelled();
    void busyChanged(bool busy);
    // The corrections changed and analysis() was recomputed (not emitted with analysisFinished).
    void correctionsApplied();
    // The stored corrections could not be read (damaged, store failure) or reloaded.
    void correctionsFailed(const QString &message);

private:
    void startAnalysis();
    void setBusy(bool loading, bool analyzing);
    void loadCorrections();
    void onCorrectionsChanged();

    Document m_document;
    DocumentCorrections *m_corrections;
    std::shared_ptr<const Analysis> m_machine;
    std::shared_ptr<const Analysis> m_analysis;
    CancelToken m_cancel;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_analyzing = false;
    bool m_applying = false;
    quint64 m_applyGeneration = 0;
    int m_syncApplyLimit = 10000;
};

} // namespace lede
