// DocumentSession: the document being read and its analysis — the controller the UI
// talks to. Loading and analysis run off the calling (UI) thread; results come back as
// signals in the session's thread. Opening another document cancels whatever is running
// for the previous one; a failed open leaves the current document untouched.
//
//   DocumentSession s;
//   connect(&s, &DocumentSession::documentOpened, …);   // text available: show it
//   connect(&s, &DocumentSession::analysisFinished, …); // highlights and panels
//   connect(&s, &DocumentSession::openFailed, …);       // message names file + reason
//   s.openFile(path);
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

class DocumentSession : public QObject {
    Q_OBJECT
public:
    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    void openFile(const QString &path);
    void openDocument(Document document);  // already loaded (the sample, a fetched page …)
    void cancelAnalysis();

    const Document &document() const { return m_document; }
    bool hasDocument() const { return !m_document.isEmpty(); }
    // nullptr until the analysis of the current document has finished.
    const Analysis *analysis() const { return m_analysis.get(); }
    std::shared_ptr<const Analysis> sharedAnalysis() const { return m_analysis; }
    bool isLoading() const { return m_loading; }
    bool isAnalyzing() const { return m_analyzing; }
    // Blocks until no load or analysis is running (tests, --screenshot). Returns false on timeout.
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

private:
    void startAnalysis();
    void setBusy(bool loading, bool analyzing);

    Document m_document;
    std::shared_ptr<const Analysis> m_analysis;
    CancelToken m_cancel;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_analyzing = false;
};

} // namespace lede
