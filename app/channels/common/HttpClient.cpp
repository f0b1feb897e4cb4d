#include "app/channels/common/HttpClient.h"

#include "app/channels/common/CurlHandle.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

namespace {

size_t appendBody(char* data, size_t size, size_t count, void* target)
{
    static_cast<QByteArray*>(target)->append(data, qsizetype(size * count));
    return size * count;
}

size_t appendHeader(char* data, size_t size, size_t count, void* target)
{
    auto* headers = static_cast<QList<QPair<QByteArray, QByteArray>>*>(target);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/"))
        headers->clear(); // a new response (after 100 Continue or a redirect)
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        headers->append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    return size * count;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray& name) const
{
    const QByteArray wanted = name.toLower();
    for (const auto& [key, value] : headers)
        if (key == wanted)
            return value;
    return {};
}

std::optional<int> HttpResponse::retryAfterSeconds() const
{
    bool ok = false;
    const int seconds = header("retry-after").toInt(&ok);
    if (ok && seconds >= 0)
        return seconds;
    return std::nullopt;
}

HttpResponse performHttp(const HttpRequest& request)
{
    HttpResponse response;
    const ThreadCurlHandle handle;
    CURL* curl = handle.get();
    if (!curl) {
        response.curlCode = CURLE_FAILED_INIT;
        response.error = QStringLiteral("libcurl could not be initialised");
        return response;
    }
    const QByteArray url = request.url.toEncoded();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, request.tls.verify ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, request.tls.verify ? 2L : 0L);
    const QByteArray caFile = request.tls.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    if (request.method != "GET" || !request.body.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    }
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    for (const auto& [name, value] : request.headers)
        headers = curl_slist_append(headers, (name + ": " + value).constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, appendHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);

    const CURLcode code = curl_easy_perform(curl);
    response.curlCode = int(code);
    if (code != CURLE_OK)
        response.error = QString::fromUtf8(curl_easy_strerror(code));
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    long requestSize = 0;
    curl_easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &requestSize);
    response.requestSent = requestSize > 0;
    long connects = 0;
    curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects);
    response.newConnections = int(connects);
    curl_slist_free_all(headers);
    return response;
}

HttpRequest requestFromSettings(const QVariantMap& settings, const QByteArray& method,
                                const QUrl& url)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.tls.verify = settings.value(QStringLiteral("verifyTls"), true).toBool();
    request.tls.caFile = settings.value(QStringLiteral("caFile")).toString();
    const int timeout = settings.value(QStringLiteral("timeoutMs")).toInt();
    if (timeout > 0)
        request.timeoutMs = timeout;
    const QByteArray token = settings.value(QStringLiteral("token")).toString().toUtf8();
    if (!token.isEmpty())
        request.addHeader("Authorization", "Bearer " + token);
    return request;
}

SenderHealth healthFromProbe(const HttpResponse& response)
{
    if (response.status == 0)
        return {SenderHealth::Status::Down, response.error};
    if (response.status == 401 || response.status == 403)
        return {SenderHealth::Status::Down, describeHttpFailure(response)};
    if (response.status >= 500)
        return {SenderHealth::Status::Degraded, describeHttpFailure(response)};
    return {SenderHealth::Status::Ok, QStringLiteral("HTTP %1").arg(response.status)};
}

SendResult sendJson(const HttpRequest& request, QJsonObject* answer)
{
    const HttpResponse response = performHttp(request);
    SendResult result = classifyHttp(response);
    if (result.outcome == SendOutcome::Sent) {
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        const QJsonObject json = document.object();
        if (json.contains(QStringLiteral("error"))) {
            // Some gateways answer 200 and say in the body that they did not take the message:
            // not sent, and not worth repeating unchanged.
            result.outcome = SendOutcome::Final;
            result.error = describeHttpFailure(response);
            return result;
        }
        if (!response.body.trimmed().isEmpty() && !document.isObject()) {
            // An answer this API never gives (a proxy's page, a half-written reply): the
            // request may have been acted on, so a person decides.
            result.outcome = SendOutcome::Uncertain;
            result.error = describeHttpFailure(response);
            return result;
        }
        result.providerId = json.value(QStringLiteral("id")).toString();
        if (answer)
            *answer = json;
    }
    return result;
}

SenderHealth probeHealth(const QVariantMap& settings, const QUrl& url)
{
    HttpRequest request = requestFromSettings(settings, "GET", url);
    request.timeoutMs = 5000;
    return healthFromProbe(performHttp(request));
}

QString describeHttpFailure(const HttpResponse& response)
{
    if (response.status == 0)
        return response.error;
    QString text = QStringLiteral("HTTP %1").arg(response.status);
    const QString body = QString::fromUtf8(response.body.left(200)).simplified();
    if (!body.isEmpty())
        text += QStringLiteral(": ") + body;
    if (!response.transportOk())
        text += QStringLiteral(" (") + response.error + QLatin1Char(')');
    return text;
}

SendResult classifyHttp(const HttpResponse& response)
{
    SendResult result;
    if (response.status == 0) {
        // No answer: safe to retry only when the request never left.
        result.outcome = response.requestSent ? SendOutcome::Uncertain : SendOutcome::Retryable;
        result.error = response.error;
        return result;
    }
    const int s = response.status;
    if (s >= 200 && s < 300 && response.transportOk()) {
        result.outcome = SendOutcome::Sent;
        return result;
    }
    result.error = describeHttpFailure(response);
    result.retryAfterSeconds = response.retryAfterSeconds();
    if (s >= 200 && s < 300)
        result.outcome = SendOutcome::Uncertain; // accepted, then the answer broke off
    else if (s == 408 || s == 425 || s == 429 || s >= 500)
        result.outcome = SendOutcome::Retryable;
    else
        result.outcome = SendOutcome::Final;
    return result;
}

} // namespace burgernet
