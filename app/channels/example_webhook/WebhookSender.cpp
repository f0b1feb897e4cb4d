#include "app/channels/common/HttpClient.h"
#include "app/channels/example_webhook/WebhookSenderPlugin.h"

#include <QJsonDocument>

namespace burgernet {

SenderDescriptor WebhookSender::describe()
{
    SenderDescriptor d;
    d.id = QStringLiteral("signs-webhook");
    d.name = tr("Matrix signs (webhook example)");
    // The signs are a channel of their own, which this plugin adds to the console.
    d.channel = *Channel::fromId(QStringLiteral("signs"));
    d.channelName = tr("Matrix signs");
    d.capabilities.maxLength = 120;
    d.capabilities.defaultRatePerSecond = 1;
    d.capabilities.defaultBurst = 1;
    using T = SenderSetting::Type;
    d.settings = {
        {QStringLiteral("url"),
         tr("Webhook URL"),
         T::Url,
         QString(),
         {},
         true,
         tr("Where the sign controller accepts messages (POST, JSON).")},
        {QStringLiteral("token"), tr("Bearer token"), T::Secret, QString(), {}, false, {}},
        {QStringLiteral("verifyTls"),
         tr("Verify TLS certificates"),
         T::Boolean,
         true,
         {},
         false,
         tr("Turn off only for a test controller; the change is recorded.")},
        {QStringLiteral("timeoutMs"), tr("Timeout (ms)"), T::Integer, 15000, {}, false, {}},
    };
    return d;
}

WebhookSender::WebhookSender(SenderContext context)
    : m_context(std::move(context))
{}

SendResult WebhookSender::sendLive(const OutgoingMessage& message)
{
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(m_context.settings.value(QStringLiteral("url")).toString());
    request.tls.verify = m_context.settings.value(QStringLiteral("verifyTls"), true).toBool();
    if (const int timeout = m_context.settings.value(QStringLiteral("timeoutMs")).toInt();
        timeout > 0)
        request.timeoutMs = timeout;
    request.headers = {{"Content-Type", "application/json"},
                       {"Idempotency-Key", message.messageId.toUtf8()}};
    const QString token = m_context.settings.value(QStringLiteral("token")).toString();
    if (!token.isEmpty())
        request.addHeader("Authorization", "Bearer " + token.toUtf8());
    const QJsonObject body{
        {QStringLiteral("id"), message.messageId},
        {QStringLiteral("type"), enumId(message.messageType)},
        {QStringLiteral("text"), message.text.left(120)},
        {QStringLiteral("area"), message.areaDescription},
        {QStringLiteral("areaGeoJson"), QJsonDocument::fromJson(message.areaGeoJson).object()}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return sendJson(request);
}

SenderHealth WebhookSender::checkHealth()
{
    HttpRequest request;
    request.url = QUrl(m_context.settings.value(QStringLiteral("url")).toString());
    request.timeoutMs = 5000;
    const HttpResponse response = performHttp(request);
    if (response.status == 0)
        return {SenderHealth::Status::Down, response.error};
    return {response.status < 500 ? SenderHealth::Status::Ok : SenderHealth::Status::Degraded,
            QStringLiteral("HTTP %1").arg(response.status)};
}

} // namespace burgernet
