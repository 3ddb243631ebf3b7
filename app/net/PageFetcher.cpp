#include "net/PageFetcher.h"

#include "core/Version.h"
#include "document/TextDecoder.h"

#include <QEventLoop>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

bool isHtmlContentType(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').value(0).trimmed().toLower();
    return mime == "text/html" || mime == "application/xhtml+xml" || mime == "application/xml"
        || mime == "text/xml";
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(2048).toLower();
    return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
        || head.contains("<head") || head.contains("<p>");
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

} // namespace

PageFetcher::PageFetcher(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<lede::FetchedPage>();
    qRegisterMetaType<lede::Error>();
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

PageFetcher::~PageFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool PageFetcher::isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

void PageFetcher::fetch(const QUrl &url)
{
    if (isBusy())
        cancel();
    m_url = url;
    m_abortReason.reset();
    if (!isWebAddress(url.toString())) {
        const Error e = makeError(ErrorCode::Usage,
                                  tr("Cannot open “%1”: it is not a web address (use http:// or https://).")
                                      .arg(url.toDisplayString()));
        QMetaObject::invokeMethod(this, [this, e] { Q_EMIT failed(e); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest req(url);
    req.setTransferTimeout(int(m_timeout.count()));
    req.setMaximumRedirectsAllowed(m_maxRedirects);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Lede/" LEDE_VERSION " (article reader)"));
    req.setRawHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_nam->get(req);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PageFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &PageFetcher::onProgress);
    connect(m_reply, &QNetworkReply::finished, this, &PageFetcher::onFinished);
}

void PageFetcher::cancel()
{
    if (!m_reply)
        return;
    m_abortReason = makeError(ErrorCode::Cancelled, tr("Opening “%1” was cancelled.").arg(m_url.toDisplayString()));
    m_reply->abort();  // emits finished → onFinished
}

void PageFetcher::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!type.isEmpty() && !isHtmlContentType(type)) {
        m_abortReason = makeError(ErrorCode::Unsupported,
                                  tr("Cannot open “%1”: it is not a web page but “%2”.")
                                      .arg(m_url.toDisplayString(), QString::fromLatin1(type.split(';').value(0).trimmed())));
        m_reply->abort();
        return;
    }
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > m_maxBytes) {
        m_abortReason = makeError(ErrorCode::TooLarge, tr("Cannot open “%1”: the page is too large (%2 bytes).")
                                                           .arg(m_url.toDisplayString())
                                                           .arg(length));
        m_reply->abort();
    }
}

void PageFetcher::onProgress(qint64 received, qint64 total)
{
    if (!m_reply)
        return;
    if (received > m_maxBytes) {
        m_abortReason = makeError(ErrorCode::TooLarge, tr("Cannot open “%1”: the page is larger than %2 bytes.")
                                                           .arg(m_url.toDisplayString())
                                                           .arg(m_maxBytes));
        m_reply->abort();
        return;
    }
    Q_EMIT progress(received, total);
}

void PageFetcher::fail(Error e)
{
    Q_EMIT failed(e);
}

void PageFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QString shown = m_url.toDisplayString();
    if (m_abortReason) {
        const Error e = *m_abortReason;
        m_abortReason.reset();
        fail(e);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        QString why;
        switch (reply->error()) {
        case QNetworkReply::TooManyRedirectsError:
            why = tr("it redirects more than %1 times (a redirect loop?)").arg(m_maxRedirects);
            break;
        case QNetworkReply::InsecureRedirectError:
            why = tr("it redirects from https to an insecure http address");
            break;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            why = tr("the server did not answer within %1 s").arg(seconds(m_timeout));
            break;
        case QNetworkReply::HostNotFoundError:
            why = tr("the host “%1” was not found").arg(m_url.host());
            break;
        case QNetworkReply::ConnectionRefusedError:
            why = tr("the server refused the connection");
            break;
        default:
            why = status >= 400 ? tr("the server answered %1 %2").arg(status).arg(phrase).trimmed()
                                : reply->errorString();
        }
        fail(makeError(ErrorCode::Network, tr("Cannot open “%1”: %2.").arg(shown, why)));
        return;
    }
    FetchedPage page;
    page.requestedUrl = m_url;
    page.finalUrl = reply->url();
    page.body = reply->readAll();
    page.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    page.charset = charsetFromContentType(page.contentType);
    page.fetchedAt = QDateTime::currentDateTimeUtc();
    if (page.body.isEmpty()) {
        fail(makeError(ErrorCode::Empty, tr("Cannot open “%1”: the server sent an empty page.").arg(shown)));
        return;
    }
    if (page.contentType.isEmpty() && !looksLikeHtml(page.body)) {
        fail(makeError(ErrorCode::Unsupported, tr("Cannot open “%1”: the server did not send a web page.").arg(shown)));
        return;
    }
    Q_EMIT finished(page);
}

Result<FetchedPage> PageFetcher::fetchBlocking(const QUrl &url, std::chrono::milliseconds timeout)
{
    PageFetcher fetcher;
    fetcher.setTimeout(timeout);
    QEventLoop loop;
    std::optional<Result<FetchedPage>> result;
    connect(&fetcher, &PageFetcher::finished, &loop, [&](const FetchedPage &p) {
        result = p;
        loop.quit();
    });
    connect(&fetcher, &PageFetcher::failed, &loop, [&](const Error &e) {
        result = e;
        loop.quit();
    });
    fetcher.fetch(url);
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace lede
