// PageFetcher: downloads one web page over HTTP(S) for "Open URL" — asynchronously, with
// progress, cancel and errors that say what went wrong.
//
//   auto *f = new PageFetcher(this);
//   connect(f, &PageFetcher::progress, this, [](qint64 got, qint64 total) { … });  // total -1: unknown
//   connect(f, &PageFetcher::finished, this, [](const lede::FetchedPage &page) {
//       PageStore().save(page);                        // keep it for offline rereading
//       auto doc = documentFromFetchedPage(page);      // WebDocument.h
//   });
//   connect(f, &PageFetcher::failed, this, [](const lede::Error &e) { show(e.message); });
//   f->fetch(QUrl(u"https://example.org/story"_s));
//   …  f->cancel();  // → failed(ErrorCode::Cancelled)
//
// Exactly one of finished/failed is emitted per fetch(), always asynchronously (from the
// event loop, never inside fetch()). Errors (ErrorCode::Network unless noted), each naming
// the URL: not an http(s) address (Usage); the host cannot be found or refuses; an HTTP
// error status ("404 Not Found"); no data for timeout() (default 30 s); more than
// maxRedirects() redirects (a redirect loop); an https → http redirect; a response that is
// not a web page (Content-Type other than text/html / application/xhtml+xml, checked as soon
// as the headers arrive; Unsupported); more than maxBytes() (TooLarge); cancel() (Cancelled).
//
// Only the page itself is requested: no image, script, style sheet or font it references is
// ever fetched (the extractor never follows a reference). Cookies are not kept between runs.
// Lives in the thread that created it (uses its own QNetworkAccessManager). One fetch at a
// time: fetch() while busy cancels the previous one first.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace lede {

struct FetchedPage {
    QUrl requestedUrl;
    QUrl finalUrl;          // after redirects: the Document's source URL
    QByteArray body;        // the bytes as served (HTTP content-encoding already undone)
    QByteArray contentType; // e.g. "text/html; charset=utf-8"
    QString charset;        // charset from the Content-Type header, or empty
    QDateTime fetchedAt;    // UTC
};

class PageFetcher : public QObject {
    Q_OBJECT
public:
    explicit PageFetcher(QObject *parent = nullptr);
    ~PageFetcher() override;

    void setTimeout(std::chrono::milliseconds t) { m_timeout = t; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxRedirects(int n) { m_maxRedirects = n; }
    int maxRedirects() const { return m_maxRedirects; }
    void setMaxBytes(qint64 n) { m_maxBytes = n; }
    qint64 maxBytes() const { return m_maxBytes; }

    void fetch(const QUrl &url);
    void cancel();
    bool isBusy() const { return !m_reply.isNull(); }

    // Is text an http(s) address this class accepts? (For "Open URL" dialogs and the CLI.)
    static bool isWebAddress(const QString &text);

    // Fetches synchronously by running a local event loop (for the CLI and tests only; never
    // call it on the UI thread).
    static Result<FetchedPage> fetchBlocking(const QUrl &url, std::chrono::milliseconds timeout);

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const lede::FetchedPage &page);
    void failed(const lede::Error &error);

private:
    void onMetaData();
    void onProgress(qint64 received, qint64 total);
    void onFinished();
    void fail(Error e);

    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    std::chrono::milliseconds m_timeout{30000};
    int m_maxRedirects = 10;
    qint64 m_maxBytes = 50LL * 1024 * 1024;
    std::optional<Error> m_abortReason;  // why we aborted the reply ourselves
};

} // namespace lede

Q_DECLARE_METATYPE(lede::FetchedPage)
Q_DECLARE_METATYPE(lede::Error)
