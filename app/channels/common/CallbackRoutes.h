#pragma once

#include "app/core/EnumIds.h"
#include "app/dispatch/ChannelSender.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace burgernet {

// Why a callback was refused: without the route's secret in its path, with a wrong one, or with
// a body whose signature is missing (where the route wants one) or does not match.
enum class CallbackRefusal { NoToken, WrongToken, MissingSignature, BadSignature };

template <>
struct EnumIdTable<CallbackRefusal>
{
    static constexpr std::array entries{
        std::pair{CallbackRefusal::NoToken, "no-token"},
        std::pair{CallbackRefusal::WrongToken, "wrong-token"},
        std::pair{CallbackRefusal::MissingSignature, "missing-signature"},
        std::pair{CallbackRefusal::BadSignature, "bad-signature"},
    };
};

// What a guarded route asks of a request. The secret is the first segment of the path below
// the prefix ("/callbacks/sms-kannel/<secret>/dlr"), so that a gateway which can only be given a
// URL (Kannel's dlr-url) authenticates too; a gateway that can sign its bodies sends
// `X-Burgernet-Signature: sha256=<hex HMAC-SHA256 of the body under the secret>`, which is then
// checked, and required where `signatureRequired`.
struct CallbackGuard
{
    QByteArray secret;
    bool signatureRequired = false;
};

// Which handler a gateway's callback goes to, and what it is given: the part of the HTTP
// listener that reads the request, apart from its socket and thread so that tests and the fuzz
// target reach it. Routes are by path prefix and may change at any time (thread-safe).
class CallbackRoutes
{
public:
    using Handler = std::function<CallbackReply(const CallbackRequest&)>;
    // Told of every refused request (any thread): the route's prefix and why. Never the secret.
    using RefusalSink = std::function<void(const QString& prefix, CallbackRefusal reason)>;
    static constexpr const char* kSignatureHeader = "X-Burgernet-Signature";

    // Requests whose path is `prefix` or lies below it ("/callbacks/sms-kannel/dlr") go to the
    // handler, with CallbackRequest::subPath holding the rest. The longest matching prefix wins.
    void set(const QString& prefix, Handler handler);
    // The same behind the guard: the handler sees the path below the secret. Refused requests
    // get 401 (no secret) or 403 and reach the refusal sink instead.
    void setGuarded(const QString& prefix, CallbackGuard guard, Handler handler);
    void remove(const QString& prefix);
    void setRefusalSink(RefusalSink sink);

    // The handler for `path`, with `subPath` set; empty when no route matches. Unguarded
    // routes only.
    Handler handlerFor(const QString& path, QString* subPath) const;

    // The request as its handler sees it, and the handler's answer (404 when none matches).
    CallbackReply answer(const QByteArray& method, const QUrl& url,
                         const QList<QPair<QByteArray, QByteArray>>& headers,
                         const QByteArray& body) const;

    // The header value a gateway sends with `body`: "sha256=<hex>".
    static QByteArray signature(const QByteArray& secret, const QByteArray& body);
    // A new random secret for a route (URL-safe).
    static QByteArray newSecret();

private:
    struct Route
    {
        Handler handler;
        std::optional<CallbackGuard> guard;
    };
    const Route* routeFor(const QString& path, QString* subPath, QString* prefix) const;

    mutable std::mutex m_mutex;
    std::map<QString, Route> m_routes;
    RefusalSink m_refused;
};

} // namespace burgernet
