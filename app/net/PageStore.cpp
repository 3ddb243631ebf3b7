#include "net/PageStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Io, QObject::tr("Cannot save “%1”: %2.").arg(path, f.errorString().toLower()));
    return {};
}

} // namespace

PageStore::PageStore(QString directory) : m_dir(std::move(directory)) {}

QString PageStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pages"_s;
}

QString PageStore::keyFor(const QUrl &url)
{
    const QByteArray normal = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toEncoded();
    return QString::fromLatin1(QCryptographicHash::hash(normal, QCryptographicHash::Sha256).toHex());
}

QString PageStore::htmlPath(const QUrl &url) const
{
    return m_dir + u'/' + keyFor(url) + u".html"_s;
}

bool PageStore::contains(const QUrl &url) const
{
    return QFile::exists(htmlPath(url));
}

Result<QString> PageStore::saveAs(const QUrl &key, const FetchedPage &page) const
{
    const QString html = htmlPath(key);
    if (auto r = writeFile(html, page.body); !r)
        return r.error();
    QJsonObject info;
    info.insert(u"url"_s, page.requestedUrl.toString());
    info.insert(u"final_url"_s, page.finalUrl.toString());
    info.insert(u"content_type"_s, QString::fromLatin1(page.contentType));
    info.insert(u"charset"_s, page.charset);
    info.insert(u"fetched"_s, page.fetchedAt.toString(Qt::ISODate));
    const QString json = m_dir + u'/' + keyFor(key) + u".json"_s;
    if (auto r = writeFile(json, QJsonDocument(info).toJson()); !r)
        return r.error();
    return html;
}

Result<QString> PageStore::save(const FetchedPage &page) const
{
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Io, QObject::tr("Cannot create the folder “%1”.").arg(m_dir));
    auto path = saveAs(page.requestedUrl, page);
    if (path && page.finalUrl.isValid() && keyFor(page.finalUrl) != keyFor(page.requestedUrl))
        if (auto second = saveAs(page.finalUrl, page); !second)
            return second.error();
    return path;
}

std::optional<FetchedPage> PageStore::load(const QUrl &url) const
{
    QFile html(htmlPath(url));
    if (!html.open(QIODevice::ReadOnly))
        return std::nullopt;
    FetchedPage page;
    page.body = html.readAll();
    page.requestedUrl = url;
    page.finalUrl = url;
    QFile json(m_dir + u'/' + keyFor(url) + u".json"_s);
    if (json.open(QIODevice::ReadOnly)) {
        const QJsonObject info = QJsonDocument::fromJson(json.readAll()).object();
        page.requestedUrl = QUrl(info.value(u"url").toString());
        page.finalUrl = QUrl(info.value(u"final_url").toString());
        page.contentType = info.value(u"content_type").toString().toLatin1();
        page.charset = info.value(u"charset").toString();
        page.fetchedAt = QDateTime::fromString(info.value(u"fetched").toString(), Qt::ISODate);
    }
    return page;
}

} // namespace lede
