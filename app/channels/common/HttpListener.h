#pragma once

#include "app/channels/common/CallbackRoutes.h"
#include "app/dispatch/ChannelSender.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace burgernet {

// The console's HTTP listener for gateway callbacks (SMS delivery reports, voice status) and
// the CAP feed, on a thread of its own so that callbacks never wait for the window. Loopback
// by default; requests are routed by path prefix to handlers registered at any time.
class HttpListener
{
public:
    using Handler = std::function<CallbackReply(const CallbackRequest&)>;

    explicit HttpListener(QHostAddress address = QHostAddress::LocalHost);
    // The address it binds to, as configured.
    QHostAddress address() const;
    ~HttpListener();
    HttpListener(const HttpListener&) = delete;
    HttpListener& operator=(const HttpListener&) = delete;

    // Starts listening; port 0 picks a free one. Returns the port, or 0 when it failed.
    quint16 start(quint16 port = 0);
    void stop();
    quint16 port() const;
    // http://address:port
    QUrl baseUrl() const;

    // Requests whose path starts with `prefix` ("/callbacks/sms-kannel") go to the handler,
    // with CallbackRequest::subPath holding the rest. The longest matching prefix wins.
    void route(const QString& prefix, Handler handler);
    // The same behind a secret in the path (and a body signature where the gateway signs);
    // returns the URL to give the gateway, with the secret in it.
    QUrl routeGuarded(const QString& prefix, const CallbackGuard& guard, Handler handler);
    void removeRoute(const QString& prefix);
    // Told of every refused callback, on the listener's thread.
    void setRefusalSink(CallbackRoutes::RefusalSink sink);

    // The sender's callbacks under /callbacks/<senderId>; returns the URL to give the gateway.
    // Remove the route (removeRoute("/callbacks/" + id)) before the sender is destroyed.
    // Unguarded: only for what anyone may fetch (the CAP feed) and for tests.
    QUrl routeSender(const QString& senderId, ChannelSender* sender);
    // Guarded: a gateway without the secret is refused.
    QUrl routeSender(const QString& senderId, ChannelSender* sender, const CallbackGuard& guard);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace burgernet
