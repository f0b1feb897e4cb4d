#include "app/channels/app_push/AppPushSender.h"

#include "app/channels/common/HttpClient.h"
#include "app/dispatch/ChannelCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

SenderDescriptor AppPushSender::describe()
{
    SenderDescriptor d;
    d.id = QStringLiteral("app-push");
    d.name = tr("Burgernet app (push)");
    d.channel = BuiltinChannel::App;
    d.capabilities.maxLength = kAppTextLength;
    d.capabilities.media = true;
    d.capabilities.defaultRatePerSecond = 1;
    d.capabilities.defaultBurst = 5;
    using T = SenderSetting::Type;
    d.settings = {
        {QStringLiteral("url"),
         tr("Platform endpoint"),
         T::Url,
         QString(),
         {},
         true,
         tr("Where the app platform accepts area messages.")},
        {QStringLiteral("token"), tr("API token"), T::Secret, QString(), {}, true, {}},
        {QStringLiteral("verifyTls"),
         tr("Verify TLS certificates"),
         T::Boolean,
         true,
         {},
         false,
         tr("Turn off only for a test platform; the change is recorded.")},
        {QStringLiteral("caFile"), tr("CA certificate file"), T::Text, QString(), {}, false, {}},
        {QStringLiteral("timeoutMs"), tr("Timeout (ms)"), T::Integer, 15000, {}, false, {}},
    };
    return d;
}

AppPushSender::AppPushSender(SenderContext context)
    : m_context(std::move(context))
{}

SendResult AppPushSender::sendLive(const OutgoingMessage& message)
{
    const QJsonDocument area = QJsonDocument::fromJson(message.areaGeoJson);
    if (!area.isObject())
        return {SendOutcome::Final, {}, tr("The message has no area.")};
    HttpRequest request =
        requestFromSettings(m_context.settings, "POST",
                            QUrl(m_context.settings.value(QStringLiteral("url")).toString()));
    request.addHeader("Content-Type", "application/json");
    request.addHeader("Idempotency-Key", message.messageId.toUtf8());
    const QJsonObject body{
        {QStringLiteral("reference"), message.messageId},
        {QStringLiteral("action"), message.actionId},
        {QStringLiteral("type"), enumId(message.messageType)},
        {QStringLiteral("language"), message.language},
        {QStringLiteral("message"), message.text},
        {QStringLiteral("areaDescription"), message.areaDescription},
        {QStringLiteral("area"), area.object()},
    };
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QJsonObject answer;
    SendResult result = sendJson(request, &answer);
    if (result.outcome == SendOutcome::Sent) {
        // The platform's reach: how many app users were inside the area.
        result.reach = answer.contains(QStringLiteral("reach"))
                           ? qint64(answer.value(QStringLiteral("reach")).toDouble())
                           : -1;
    }
    return result;
}

SenderHealth AppPushSender::checkHealth()
{
    return probeHealth(m_context.settings,
                       QUrl(m_context.settings.value(QStringLiteral("url")).toString()));
}

} // namespace burgernet
