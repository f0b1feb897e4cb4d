#include "app/channels/common/HttpListener.h"

#include "app/core/Logging.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QMetaObject>
#include <QThread>

#include <map>
#include <mutex>

namespace burgernet {

struct HttpListener::Private
{
    QHostAddress address;
    QThread thread;
    QHttpServer* server = nullptr; // lives on `thread`
    quint16 port = 0;
    mutable std::mutex mutex;
    std::map<QString, Handler> routes;

    Handler handlerFor(const QString& path, QString* subPath) const
    {
        std::lock_guard lock(mutex);
        const Handler* best = nullptr;
        qsizetype bestLength = -1;
        for (const auto& [prefix, handler] : routes) {
            const bool matches =
                path == prefix ||
                (path.startsWith(prefix) &&
                 (prefix.endsWith(QLatin1Char('/')) || path.at(prefix.size()) == QLatin1Char('/')));
            if (matches && prefix.size() > bestLength) {
                best = &handler;
                bestLength = prefix.size();
            }
        }
        if (!best)
            return {};
        // The rest of the path keeps its leading slash ("/dlr"), also under a prefix ending in "/".
        const bool slashEnded = bestLength > 0 && path.at(bestLength - 1) == QLatin1Char('/');
        *subPath = path.mid(slashEnded ? bestLength - 1 : bestLength);
        return *best;
    }

    void serve(const QHttpServerRequest& request, QHttpServerResponder&& responder) const
    {
        CallbackRequest callback;
        callback.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                         int(request.method())))
                              .toUpper();
        callback.query = request.query();
        callback.headers = request.headers();
        callback.body = request.body();
        const Handler handler = handlerFor(request.url().path(), &callback.subPath);
        CallbackReply reply{404, "not found\n"};
        if (handler)
            reply = handler(callback);
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
    std::lock_guard lock(d->mutex);
    d->routes[prefix] = std::move(handler);
}

void HttpListener::removeRoute(const QString& prefix)
{
    std::lock_guard lock(d->mutex);
    d->routes.erase(prefix);
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
