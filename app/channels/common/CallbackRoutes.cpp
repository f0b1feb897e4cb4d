#include "app/channels/common/CallbackRoutes.h"

#include <QRandomGenerator>
#include <QUrlQuery>

#include <sodium.h>

namespace burgernet {

namespace {

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() &&
           sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>>& headers, const char* name)
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    return {};
}

} // namespace

void CallbackRoutes::set(const QString& prefix, Handler handler)
{
    std::lock_guard lock(m_mutex);
    m_routes[prefix] = Route{std::move(handler), std::nullopt};
}

void CallbackRoutes::setGuarded(const QString& prefix, CallbackGuard guard, Handler handler)
{
    std::lock_guard lock(m_mutex);
    m_routes[prefix] = Route{std::move(handler), std::move(guard)};
}

void CallbackRoutes::remove(const QString& prefix)
{
    std::lock_guard lock(m_mutex);
    m_routes.erase(prefix);
}

void CallbackRoutes::setRefusalSink(RefusalSink sink)
{
    std::lock_guard lock(m_mutex);
    m_refused = std::move(sink);
}

const CallbackRoutes::Route* CallbackRoutes::routeFor(const QString& path, QString* subPath,
                                                      QString* prefixFound) const
{
    const Route* best = nullptr;
    qsizetype bestLength = -1;
    for (const auto& [prefix, route] : m_routes) {
        const bool matches =
            path == prefix ||
            (path.startsWith(prefix) &&
             (prefix.endsWith(QLatin1Char('/')) || path.at(prefix.size()) == QLatin1Char('/')));
        if (matches && prefix.size() > bestLength) {
            best = &route;
            bestLength = prefix.size();
            *prefixFound = prefix;
        }
    }
    if (!best)
        return nullptr;
    // The rest of the path keeps its leading slash ("/dlr"), also under a prefix ending in "/".
    const bool slashEnded = bestLength > 0 && path.at(bestLength - 1) == QLatin1Char('/');
    *subPath = path.mid(slashEnded ? bestLength - 1 : bestLength);
    return best;
}

CallbackRoutes::Handler CallbackRoutes::handlerFor(const QString& path, QString* subPath) const
{
    std::lock_guard lock(m_mutex);
    QString prefix;
    const Route* route = routeFor(path, subPath, &prefix);
    if (!route || route->guard)
        return {};
    return route->handler;
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
    Handler handler;
    std::optional<CallbackGuard> guard;
    RefusalSink refused;
    QString prefix;
    {
        std::lock_guard lock(m_mutex);
        const Route* route = routeFor(url.path(), &request.subPath, &prefix);
        if (!route)
            return {404, "not found\n"};
        handler = route->handler;
        guard = route->guard;
        refused = m_refused;
    }
    if (guard) {
        // "/<secret>/dlr": the first segment is the secret, the handler sees the rest.
        const QString below = request.subPath.mid(1);
        const qsizetype slash = below.indexOf(QLatin1Char('/'));
        const QByteArray token = (slash < 0 ? below : below.left(slash)).toUtf8();
        std::optional<CallbackRefusal> refusal;
        if (token.isEmpty())
            refusal = CallbackRefusal::NoToken;
        else if (!sameBytes(token, guard->secret))
            refusal = CallbackRefusal::WrongToken;
        else if (const QByteArray sent = headerValue(headers, kSignatureHeader); !sent.isEmpty())
            refusal = sameBytes(sent, signature(guard->secret, body))
                          ? std::nullopt
                          : std::optional(CallbackRefusal::BadSignature);
        else if (guard->signatureRequired)
            refusal = CallbackRefusal::MissingSignature;
        if (refusal) {
            if (refused)
                refused(prefix, *refusal);
            return *refusal == CallbackRefusal::NoToken ? CallbackReply{401, "unauthorized\n"}
                                                        : CallbackReply{403, "forbidden\n"};
        }
        request.subPath = slash < 0 ? QString() : below.mid(slash);
    }
    return handler(request);
}

QByteArray CallbackRoutes::signature(const QByteArray& secret, const QByteArray& body)
{
    crypto_auth_hmacsha256_state state;
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.constData()),
                                size_t(secret.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(body.constData()),
                                  quint64(body.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    return "sha256=" + QByteArray(reinterpret_cast<const char*>(mac), sizeof mac).toHex();
}

QByteArray CallbackRoutes::newSecret()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not start");
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace burgernet
