// LocalHttpServer (tests only): a tiny HTTP/1.1 server on 127.0.0.1 for the fetcher and
// privacy tests. It runs in the test's thread (answers while the event loop spins, e.g. in
// QTRY_* or QSignalSpy::wait), records every request path, and answers from a table:
//   server.route("/page", 200, "text/html; charset=utf-8", body);
//   server.redirect("/a", "/b");     // 302
//   server.hang("/slow");            // accepts, never answers
// Unknown paths get 404. Header-only, no moc.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class LocalHttpServer {
public:
    struct Response {
        int status = 200;
        QByteArray reason = "OK";
        QByteArray contentType;
        QByteArray body;
        QByteArray location;
        bool hang = false;
    };

    LocalHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { onReadyRead(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    bool isListening() const { return m_server.isListening(); }
    QString origin() const { return QStringLiteral("http://127.0.0.1:") + QString::number(m_server.serverPort()); }
    QUrl url(const QString &path) const { return QUrl(origin() + path); }

    void route(const QByteArray &path, int status, const QByteArray &contentType, const QByteArray &body,
               const QByteArray &reason = "OK")
    {
        m_routes.insert(path, Response{status, reason, contentType, body, {}, false});
    }
    void redirect(const QByteArray &from, const QByteArray &to)
    {
        m_routes.insert(from, Response{302, "Found", "text/html", "moved", to, false});
    }
    void hang(const QByteArray &path) { m_routes.insert(path, Response{200, "OK", {}, {}, {}, true}); }

    const QStringList &requests() const { return m_requests; }
    int connections() const { return m_connections; }

private:
    void onReadyRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> first = buf.left(buf.indexOf("\r\n")).split(' ');
        const QByteArray path = first.value(1);
        m_buffers.remove(s);
        m_requests.append(QString::fromLatin1(path));
        const Response r = m_routes.value(path, Response{404, "Not Found", "text/html", "<p>no such page</p>", {}, false});
        if (r.hang)
            return;  // keep the connection open, say nothing
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n";
        if (!r.contentType.isEmpty())
            out += "Content-Type: " + r.contentType + "\r\n";
        if (!r.location.isEmpty())
            out += "Location: " + r.location + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n\r\n" + r.body;
        s->write(out);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Response> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QStringList m_requests;
    int m_connections = 0;
};
