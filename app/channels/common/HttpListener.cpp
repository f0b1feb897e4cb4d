#include "app/channels/common/HttpListener.h"

#include "app/channels/common/CallbackRoutes.h"
#include "app/core/Logging.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QMetaObject>
#include <QThread>

namespace burgernet {

struct HttpListener::Private
{
    QHostAddress address;
    QThread thread;
    QHttpServer* server = nullptr; // lives on `thread`
    quint16 port = 0;
    CallbackRoutes routes;

    void serve(const QHttpServerRequest& request, QHttpServerResponder&& responder) const
    {
        const QByteArray method =
            QByteArray(
                QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                .toUpper();
        const CallbackReply reply =
            routes.answer(method, request.url(), request.headers(), request.body());
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder.writeHeader("Cache-Control", "no-store");
        for (const auto& [name, value] : reply.headers)
            responder.writeHeader(name, value);
        responder.writeBody(reply.body);
    }
};

HttpListener::HttpListener(QHostAddress address)
    : d(std::make_unique<Private>())
{
    d->address = std::move(address);
    d->thread.setObjectName(QStringLiteral("http-listener"));
}

HttpListener::~HttpListener()
{
    stop();
}

quint16 HttpListener::start(quint16 port)
{
    if (d->server)
        return d->port;
    d->thread.start();
    Private* p = d.get();
    // The server is created, used and destroyed on the listener's thread.
    auto* context = new QObject;
    context->moveToThread(&d->thread);
    QMetaObject::invokeMethod(
        context,
        [p, port, context] {
            p->server = new QHttpServer(context);
            p->server->setMissingHandler(
                [p](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                    p->serve(request, std::move(responder));
                });
            p->port = p->server->listen(p->address, port);
            if (p->port == 0)
                qCWarning(lcChannels) << "HTTP listener could not listen on" << p->address << port;
        },
        Qt::BlockingQueuedConnection);
    if (d->port == 0)
        stop();
    return d->port;
}

void HttpListener::stop()
{
    if (!d->thread.isRunning())
        return;
    if (d->server) {
        QObject* context = d->server->parent();
        QMetaObject::invokeMethod(
            context, [context] { delete context; }, Qt::BlockingQueuedConnection);
        d->server = nullptr;
    }
    d->thread.quit();
    d->thread.wait();
    d->port = 0;
}

quint16 HttpListener::port() const
{
    return d->port;
}

QUrl HttpListener::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->address.toString());
    url.setPort(d->port);
    return url;
}

void HttpListener::route(const QString& prefix, Handler handler)
{
    d->routes.set(prefix, std::move(handler));
}

QUrl HttpListener::routeGuarded(const QString& prefix, const CallbackGuard& guard, Handler handler)
{
    d->routes.setGuarded(prefix, guard, std::move(handler));
    QUrl url = baseUrl();
    url.setPath(prefix + QLatin1Char('/') + QString::fromLatin1(guard.secret));
    return url;
}

void HttpListener::setRefusalSink(CallbackRoutes::RefusalSink sink)
{
    d->routes.setRefusalSink(std::move(sink));
}

QHostAddress HttpListener::address() const
{
    return d->address;
}

void HttpListener::removeRoute(const QString& prefix)
{
    d->routes.remove(prefix);
}

QUrl HttpListener::routeSender(const QString& senderId, ChannelSender* sender)
{
    const QString prefix = QStringLiteral("/callbacks/") + senderId;
    route(prefix,
          [sender](const CallbackRequest& request) { return sender->handleCallback(request); });
    QUrl url = baseUrl();
    url.setPath(prefix);
    return url;
}

} // namespace burgernet

namespace burgernet {

QUrl HttpListener::routeSender(const QString& senderId, ChannelSender* sender,
                               const CallbackGuard& guard)
{
    return routeGuarded(
        QStringLiteral("/callbacks/") + senderId, guard,
        [sender](const CallbackRequest& request) { return sender->handleCallback(request); });
}

} // namespace burgernet
