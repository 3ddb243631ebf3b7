#include "net/UrlOpener.h"

#include "net/WebDocument.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace lede {

UrlOpener::UrlOpener(QObject *parent) : QObject(parent), m_fetcher(new PageFetcher(this))
{
    connect(m_fetcher, &PageFetcher::progress, this, &UrlOpener::progress);
    connect(m_fetcher, &PageFetcher::finished, this, &UrlOpener::onFetched);
    connect(m_fetcher, &PageFetcher::failed, this, [this](const Error &e) {
        finish();
        Q_EMIT failed(e);
    });
}

void UrlOpener::open(const QUrl &url)
{
    cancel();
    ++m_generation;
    m_url = url;
    m_busy = true;
    m_fetcher->fetch(url);
}

void UrlOpener::cancel()
{
    if (!m_busy)
        return;
    if (m_fetcher->isBusy()) {
        m_fetcher->cancel();  // → failed(Cancelled) through the fetcher
        return;
    }
    ++m_generation;  // an extraction is running: its result is dropped
    finish();
    Q_EMIT failed(makeError(ErrorCode::Cancelled, tr("Opening “%1” was cancelled.").arg(m_url.toDisplayString())));
}

void UrlOpener::finish()
{
    m_busy = false;
}

void UrlOpener::onFetched(const FetchedPage &page)
{
    QString kept;
    if (m_keep) {
        if (auto path = m_store.save(page))
            kept = *path;
    }
    const quint64 gen = m_generation;
    auto *watcher = new QFutureWatcher<Result<Document>>(this);
    connect(watcher, &QFutureWatcher<Result<Document>>::finished, this, [this, watcher, gen] {
        watcher->deleteLater();
        if (gen != m_generation)
            return;  // cancelled or superseded
        Result<Document> r = watcher->result();
        finish();
        if (r)
            Q_EMIT opened(*r);
        else
            Q_EMIT failed(r.error());
    });
    watcher->setFuture(QtConcurrent::run([page, kept] { return documentFromFetchedPage(page, kept); }));
}

} // namespace lede
