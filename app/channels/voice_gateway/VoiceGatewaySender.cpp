#include "app/channels/voice_gateway/VoiceGatewaySender.h"

#include "app/channels/common/HttpClient.h"
#include "app/channels/common/SenderRate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

SenderDescriptor VoiceGatewaySender::describe()
{
    SenderDescriptor d;
    d.id = QStringLiteral("voice-gateway");
    d.name = tr("Voice message (voice gateway)");
    d.channel = BuiltinChannel::Voice;
    d.capabilities.maxLength = 1000;
    d.capabilities.deliveryReceipts = true;
    d.capabilities.costPerMessage = 0.12;
    d.capabilities.defaultRatePerSecond = 10;
    d.capabilities.defaultBurst = 20;
    using T = SenderSetting::Type;
    d.settings = {
        {QStringLiteral("url"),
         tr("Gateway URL"),
         T::Url,
         QString(),
         {},
         true,
         tr("Base URL of the voice gateway's API.")},
        {QStringLiteral("token"), tr("API token"), T::Secret, QString(), {}, true, {}},
        {QStringLiteral("callerId"),
         tr("Caller id"),
         T::Text,
         QStringLiteral("08000011"),
         {},
         true,
         tr("The number participants see, and call back.")},
        {QStringLiteral("verifyTls"),
         tr("Verify TLS certificates"),
         T::Boolean,
         true,
         {},
         false,
         tr("Turn off only for a test gateway; the change is recorded.")},
        {QStringLiteral("caFile"), tr("CA certificate file"), T::Text, QString(), {}, false, {}},
        {QStringLiteral("timeoutMs"), tr("Timeout (ms)"), T::Integer, 15000, {}, false, {}},
        rateSetting(d.capabilities.defaultRatePerSecond),
    };
    return d;
}

SenderDescriptor VoiceGatewaySender::descriptor() const
{
    return withConfiguredRate(describe(), m_context.settings);
}

VoiceGatewaySender::VoiceGatewaySender(SenderContext context)
    : m_context(std::move(context))
{}

SendResult VoiceGatewaySender::sendLive(const OutgoingMessage& message)
{
    if (message.recipient.isEmpty())
        return {SendOutcome::Final, {}, tr("The participant has no phone number.")};
    QUrl url(m_context.settings.value(QStringLiteral("url")).toString());
    url.setPath(url.path() + QStringLiteral("/calls"));
    HttpRequest request = requestFromSettings(m_context.settings, "POST", url);
    request.addHeader("Content-Type", "application/json");
    request.addHeader("Idempotency-Key", message.messageId.toUtf8());
    QJsonObject body{
        {QStringLiteral("reference"), message.messageId},
        {QStringLiteral("to"), message.recipient},
        {QStringLiteral("callerId"),
         m_context.settings.value(QStringLiteral("callerId")).toString()},
        {QStringLiteral("text"), message.text},
        {QStringLiteral("language"), message.language == QLatin1String("en")
                                         ? QStringLiteral("en-GB")
                                         : QStringLiteral("nl-NL")},
    };
    if (m_context.callbackUrl.isValid())
        body.insert(QStringLiteral("statusCallback"),
                    m_context.callbackUrl.toString() + QStringLiteral("/status"));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return sendJson(request);
}

SenderHealth VoiceGatewaySender::checkHealth()
{
    QUrl url(m_context.settings.value(QStringLiteral("url")).toString());
    url.setPath(url.path() + QStringLiteral("/health"));
    return probeHealth(m_context.settings, url);
}

CallbackReply VoiceGatewaySender::handleCallback(const CallbackRequest& request)
{
    if (request.subPath != QLatin1String("/status") || request.method != "POST")
        return {404, "unknown callback\n"};
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    DeliveryReport report;
    report.messageId = body.value(QStringLiteral("reference")).toString();
    report.providerId = body.value(QStringLiteral("id")).toString();
    const QString status = body.value(QStringLiteral("status")).toString();
    if (report.messageId.isEmpty() || status.isEmpty())
        return {400, "reference and status required\n"};
    // Answered and listened to: delivered. Busy, no answer, failed: not reached.
    if (status == QLatin1String("completed") || status == QLatin1String("answered"))
        report.status = DeliveryReport::Status::Delivered;
    else if (status == QLatin1String("queued") || status == QLatin1String("ringing"))
        report.status = DeliveryReport::Status::Buffered;
    else
        report.status = DeliveryReport::Status::Failed;
    report.detail = status.left(40);
    report.at = senderNow(m_context);
    if (m_context.deliveryReport)
        m_context.deliveryReport(report);
    return {204, {}};
}

} // namespace burgernet
