// UrlOpener: "Open URL" in one object — fetch the page (PageFetcher), keep it for offline
// reading (PageStore), extract the article on a worker thread (documentFromFetchedPage) and
// hand back a Document ready for DocumentSession::openDocument().
//
//   auto *opener = new UrlOpener(this);
//   connect(opener, &UrlOpener::progress, this, [](qint64 got, qint64 total) { … });  // total -1: unknown
//   connect(opener, &UrlOpener::opened, session, &DocumentSession::openDocument);
//   connect(opener, &UrlOpener::failed, this, [](const lede::Error &e) { show(e.message); });
//   opener->open(QUrl(u"https://example.org/story"_s));   // Esc → opener->cancel()
//
// Exactly one of opened/failed per open(), from the event loop; open() while busy cancels
// the earlier request (which then reports failed(Cancelled)). The Document's metadata().url is
// the page's final URL; sourcePath is the kept copy (empty when keeping failed or is off —
// a page that cannot be kept is still shown). Fetch errors are PageFetcher's; extraction
// errors (no article found …) name the URL. Lives in the thread that created it.
#pragma once

#include "core/Result.h"
#include "document/Document.h"
#include "net/PageFetcher.h"
#include "net/PageStore.h"

#include <QObject>

namespace lede {

class UrlOpener : public QObject {
    Q_OBJECT
public:
    explicit UrlOpener(QObject *parent = nullptr);

    // Where pages are kept (default: PageStore(), i.e. AppDataLocation/pages) and whether.
    void setStore(const PageStore &store) { m_store = store; }
    void setKeepPages(bool keep) { m_keep = keep; }
    // Timeout, redirect and size limits.
    PageFetcher &fetcher() { return *m_fetcher; }

    void open(const QUrl &url);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void opened(const lede::Document &document);
    void failed(const lede::Error &error);

private:
    void onFetched(const FetchedPage &page);
    void finish();

    PageFetcher *m_fetcher;
    PageStore m_store;
    bool m_keep = true;
    bool m_busy = false;
    quint64 m_generation = 0;
    QUrl m_url;
};

} // namespace lede
