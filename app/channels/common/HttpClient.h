#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

class QJsonObject;

namespace burgernet {

// TLS settings every networked sender shares. Verification is on unless a site turns it off
// explicitly (the senders page warns and the change is audited).
struct TlsOptions
{
    bool verify = true;
    QString caFile; // extra CA bundle, e.g. a site's own CA; empty = the system's
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 15000;
    int connectTimeoutMs = 5000;
    TlsOptions tls;

    void addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
    }
};

struct HttpResponse
{
    int status = 0;           // 0 when no HTTP answer came
    int curlCode = 0;         // CURLcode; 0 = the exchange completed
    QString error;            // curl's description of a transport failure
    bool requestSent = false; // the request left this machine (it may have been acted on)
    int newConnections = 0;   // connections opened for this exchange; 0 when one was reused
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    bool transportOk() const { return curlCode == 0; }
    QByteArray header(const QByteArray& name) const;
    std::optional<int> retryAfterSeconds() const;
};

// One blocking HTTP exchange through libcurl, for the senders' worker threads. Exchanges on the
// same thread share its connections (see threadCurlHandle).
HttpResponse performHttp(const HttpRequest& request);

// The usual mapping of an HTTP exchange to a send outcome: 2xx sent; 408, 425, 429 and 5xx
// retryable (honouring Retry-After); other 4xx final; no connection retryable; a request that
// left but whose answer was lost uncertain (never resent without a human).
SendResult classifyHttp(const HttpResponse& response);

// A request carrying the usual settings of an HTTP sender: "verifyTls", "caFile", "timeoutMs"
// and "token" (sent as a bearer token).
HttpRequest requestFromSettings(const QVariantMap& settings, const QByteArray& method,
                                const QUrl& url);
// Health from an HTTP probe: any answer below 500 means the service is there.
SenderHealth healthFromProbe(const HttpResponse& response);
// The JSON APIs' send: performs `request`, classifies it, and when it was sent takes the
// answer's "id" as the provider id; `answer` (optional) receives the whole JSON answer.
SendResult sendJson(const HttpRequest& request, QJsonObject* answer = nullptr);
// The HTTP senders' health check: a GET of `url` with the sender's settings and a 5 s timeout.
SenderHealth probeHealth(const QVariantMap& settings, const QUrl& url);

// Error text for the dispatcher: status line and the start of the body, never the request.
QString describeHttpFailure(const HttpResponse& response);

} // namespace burgernet
