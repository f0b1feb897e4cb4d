#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <map>
#include <mutex>

namespace burgernet {

// Which handler a gateway's callback goes to, and what it is given: the part of the HTTP
// listener that reads the request, apart from its socket and thread so that tests and the fuzz
// target reach it. Routes are by path prefix and may change at any time (thread-safe).
class CallbackRoutes
{
public:
    using Handler = std::function<CallbackReply(const CallbackRequest&)>;

    // Requests whose path is `prefix` or lies below it ("/callbacks/sms-kannel/dlr") go to the
    // handler, with CallbackRequest::subPath holding the rest. The longest matching prefix wins.
    void set(const QString& prefix, Handler handler);
    void remove(const QString& prefix);

    // The handler for `path`, with `subPath` set; empty when no route matches.
    Handler handlerFor(const QString& path, QString* subPath) const;

    // The request as its handler sees it, and the handler's answer (404 when none matches).
    CallbackReply answer(const QByteArray& method, const QUrl& url,
                         const QList<QPair<QByteArray, QByteArray>>& headers,
                         const QByteArray& body) const;

private:
    mutable std::mutex m_mutex;
    std::map<QString, Handler> m_routes;
};

} // namespace burgernet
