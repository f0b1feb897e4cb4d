#include "app/channels/common/CallbackRoutes.h"

#include <QUrlQuery>

namespace burgernet {

void CallbackRoutes::set(const QString& prefix, Handler handler)
{
    std::lock_guard lock(m_mutex);
    m_routes[prefix] = std::move(handler);
}

void CallbackRoutes::remove(const QString& prefix)
{
    std::lock_guard lock(m_mutex);
    m_routes.erase(prefix);
}

CallbackRoutes::Handler CallbackRoutes::handlerFor(const QString& path, QString* subPath) const
{
    std::lock_guard lock(m_mutex);
    const Handler* best = nullptr;
    qsizetype bestLength = -1;
    for (const auto& [prefix, handler] : m_routes) {
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

CallbackReply CallbackRoutes::answer(const QByteArray& method, const QUrl& url,
                                     const QList<QPair<QByteArray, QByteArray>>& headers,
                                     const QByteArray& body) const
{
    CallbackRequest request;
    request.method = method;
    request.query = QUrlQuery(url);
    request.headers = headers;
    request.body = body;
    const Handler handler = handlerFor(url.path(), &request.subPath);
    if (!handler)
        return {404, "not found\n"};
    return handler(request);
}

} // namespace burgernet
