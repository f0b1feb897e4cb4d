#include "app/channels/sms_kannel/KannelSmsSender.h"

#include "app/channels/common/HttpClient.h"
#include "app/channels/common/SenderRate.h"
#include "app/channels/sms_kannel/SmsText.h"

#include <QDateTime>

namespace burgernet {

namespace {
// Kannel's dlr-mask bits.
constexpr int DlrDelivered = 1;
constexpr int DlrFailed = 2;
constexpr int DlrBuffered = 4;
constexpr int DlrSmscAccepted = 8;
constexpr int DlrSmscRejected = 16;

void addParam(QByteArray& query, const char* key, const QString& value)
{
    if (!query.isEmpty())
        query += '&';
    query += key;
    query += '=';
    query += QUrl::toPercentEncoding(value);
}
} // namespace

SenderDescriptor KannelSmsSender::describe()
{
    SenderDescriptor d;
    d.id = QStringLiteral("sms-kannel");
    d.name = tr("SMS (Kannel)");
    d.channel = BuiltinChannel::Sms;
    d.capabilities.maxLength = 6 * 153;
    d.capabilities.encoding = TextEncoding::Gsm7OrUcs2;
    d.capabilities.deliveryReceipts = true;
    d.capabilities.costPerMessage = 0.07;
    d.capabilities.defaultRatePerSecond = 50;
    d.capabilities.defaultBurst = 100;
    using T = SenderSetting::Type;
    d.settings = {
        {QStringLiteral("url"),
         tr("sendsms URL"),
         T::Url,
         QStringLiteral("http://127.0.0.1:13013/cgi-bin/sendsms"),
         {},
         true,
         tr("Kannel smsbox's sendsms interface.")},
        {QStringLiteral("username"),
         tr("User name"),
         T::Text,
         QString(),
         {},
         true,
         tr("The sendsms-user in kannel.conf.")},
        {QStringLiteral("password"), tr("Password"), T::Secret, QString(), {}, true, {}},
        {QStringLiteral("from"),
         tr("Sender id"),
         T::Text,
         QStringLiteral("Burgernet"),
         {},
         false,
         tr("Shown as the sender on the phone.")},
        {QStringLiteral("smsc"),
         tr("SMSC id"),
         T::Text,
         QString(),
         {},
         false,
         tr("Route through this smsc-id; empty lets Kannel choose.")},
        {QStringLiteral("maxParts"),
         tr("Maximum parts"),
         T::Integer,
         6,
         {},
         false,
         tr("Longer texts are refused; Kannel's max-messages must allow as many.")},
        {QStringLiteral("dlrMask"),
         tr("Delivery report mask"),
         T::Integer,
         31,
         {},
         false,
         tr("Kannel dlr-mask: 1 delivered, 2 failed, 4 buffered, 8 SMSC accepted, 16 SMSC "
            "rejected.")},
        {QStringLiteral("verifyTls"),
         tr("Verify TLS certificates"),
         T::Boolean,
         true,
         {},
         false,
         tr("Turn off only for a test gateway; the change is recorded.")},
        {QStringLiteral("caFile"),
         tr("CA certificate file"),
         T::Text,
         QString(),
         {},
         false,
         tr("A site's own certificate authority, in PEM.")},
        {QStringLiteral("timeoutMs"), tr("Timeout (ms)"), T::Integer, 15000, {}, false, {}},
        rateSetting(d.capabilities.defaultRatePerSecond),
    };
    return d;
}

SenderDescriptor KannelSmsSender::descriptor() const
{
    return withConfiguredRate(describe(), m_context.settings);
}

KannelSmsSender::KannelSmsSender(SenderContext context)
    : m_context(std::move(context))
{}

QString KannelSmsSender::setting(const char* key, const QString& fallback) const
{
    const QVariant value = m_context.settings.value(QString::fromLatin1(key));
    return value.isValid() ? value.toString() : fallback;
}

QByteArray KannelSmsSender::sendsmsQuery(const OutgoingMessage& message) const
{
    const SmsTextInfo info = analyseSmsText(message.text);
    QByteArray query;
    addParam(query, "username", setting("username"));
    addParam(query, "password", setting("password"));
    addParam(query, "from", setting("from", QStringLiteral("Burgernet")));
    addParam(query, "to", message.recipient);
    addParam(query, "text", message.text);
    // The text goes as UTF-8; Kannel converts it to GSM 03.38 (coding 0) or UCS-2 (coding 2).
    addParam(query, "charset", QStringLiteral("UTF-8"));
    addParam(query, "coding", info.gsm7 ? QStringLiteral("0") : QStringLiteral("2"));
    if (const QString smsc = setting("smsc"); !smsc.isEmpty())
        addParam(query, "smsc", smsc);
    const int mask = setting("dlrMask", QStringLiteral("31")).toInt();
    if (mask > 0 && m_context.callbackUrl.isValid()) {
        // Kannel fills in %d (the report type), %T (its time) and %A (the SMSC's answer).
        const QString dlrUrl = m_context.callbackUrl.toString(QUrl::FullyEncoded) +
                               QStringLiteral("/dlr?id=") +
                               QString::fromLatin1(QUrl::toPercentEncoding(message.messageId)) +
                               QStringLiteral("&type=%d&ts=%T&answer=%A");
        addParam(query, "dlr-mask", QString::number(mask));
        addParam(query, "dlr-url", dlrUrl);
    }
    return query;
}

SendResult KannelSmsSender::mapReply(const HttpResponse& response)
{
    SendResult result = classifyHttp(response);
    const QByteArray body = response.body.trimmed();
    if (result.outcome == SendOutcome::Sent) {
        // Kannel answers 202 with "0: Accepted for delivery" or "3: Queued for later delivery".
        if (!body.startsWith("0:") && !body.startsWith("3:")) {
            result.outcome = SendOutcome::Uncertain;
            result.error =
                tr("Unexpected answer from Kannel: %1").arg(QString::fromUtf8(body.left(120)));
        }
        return result;
    }
    // Kannel's "4: Temporal failure" and 503 "Sendsms failed" are worth another try; a rejected
    // login (403) or a bad request (400) never gets better by itself.
    if (body.startsWith("4:"))
        result.outcome = SendOutcome::Retryable;
    return result;
}

SendResult KannelSmsSender::sendLive(const OutgoingMessage& message)
{
    const SmsTextInfo info = analyseSmsText(message.text);
    const int maxParts = setting("maxParts", QStringLiteral("6")).toInt();
    if (message.recipient.isEmpty())
        return {SendOutcome::Final, {}, tr("The participant has no mobile number.")};
    if (info.parts > maxParts)
        return {SendOutcome::Final,
                {},
                tr("The text needs %1 SMS parts; at most %2 are allowed.")
                    .arg(info.parts)
                    .arg(maxParts)};

    HttpRequest request;
    request.url = QUrl::fromEncoded(setting("url").toUtf8() + '?' + sendsmsQuery(message));
    request.tls.verify = m_context.settings.value(QStringLiteral("verifyTls"), true).toBool();
    request.tls.caFile = setting("caFile");
    if (const int timeout = setting("timeoutMs").toInt(); timeout > 0)
        request.timeoutMs = timeout;
    SendResult result = mapReply(performHttp(request));
    result.parts = info.parts;
    if (result.outcome == SendOutcome::Sent)
        result.providerId = message.messageId; // Kannel gives no id; the dlr-url carries ours
    return result;
}

SenderHealth KannelSmsSender::checkHealth()
{
    // sendsms without parameters: Kannel answers (an error about the missing login), which
    // proves smsbox is up without sending anything.
    HttpRequest request;
    request.url = QUrl(setting("url"));
    request.timeoutMs = 5000;
    request.tls.verify = m_context.settings.value(QStringLiteral("verifyTls"), true).toBool();
    request.tls.caFile = setting("caFile");
    const HttpResponse response = performHttp(request);
    if (response.status == 0)
        return {SenderHealth::Status::Down, response.error};
    if (response.status >= 500)
        return {SenderHealth::Status::Degraded, describeHttpFailure(response)};
    return {SenderHealth::Status::Ok, tr("Kannel answers")};
}

CallbackReply KannelSmsSender::handleCallback(const CallbackRequest& request)
{
    if (request.subPath != QLatin1String("/dlr"))
        return {404, "unknown callback\n"};
    DeliveryReport report;
    report.messageId = request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    report.providerId = report.messageId;
    const int type = request.query.queryItemValue(QStringLiteral("type")).toInt();
    if (report.messageId.isEmpty() || type == 0)
        return {400, "id and type required\n"};
    if (type & DlrDelivered)
        report.status = DeliveryReport::Status::Delivered;
    else if (type & (DlrFailed | DlrSmscRejected))
        report.status = DeliveryReport::Status::Failed;
    else if (type & (DlrBuffered | DlrSmscAccepted))
        report.status = DeliveryReport::Status::Buffered;
    report.detail =
        request.query.queryItemValue(QStringLiteral("answer"), QUrl::FullyDecoded).left(160);
    // The gateway's time when it is one: a number beyond QDateTime's range gives none, and a
    // report without a time would not be a report the outbox can order.
    const qint64 ts = request.query.queryItemValue(QStringLiteral("ts")).toLongLong();
    const QDateTime at = ts > 0 ? QDateTime::fromSecsSinceEpoch(ts, Qt::UTC) : QDateTime();
    report.at = at.isValid() ? at : senderNow(m_context);
    if (m_context.deliveryReport)
        m_context.deliveryReport(report);
    return {200, "ok\n"};
}

} // namespace burgernet
