#include "app/channels/social/SocialSender.h"

#include "app/channels/common/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace burgernet {

SenderDescriptor SocialSender::describe()
{
    SenderDescriptor d;
    d.id = QStringLiteral("social");
    d.name = tr("Social media (Mastodon)");
    d.channel = BuiltinChannel::Social;
    d.capabilities.maxLength = kSocialTextLength;
    d.capabilities.defaultRatePerSecond = 0.2;
    d.capabilities.defaultBurst = 3;
    using T = SenderSetting::Type;
    d.settings = {
        {QStringLiteral("url"),
         tr("Server"),
         T::Url,
         QString(),
         {},
         true,
         tr("The Mastodon-compatible server, e.g. https://social.example.nl.")},
        {QStringLiteral("token"),
         tr("Access token"),
         T::Secret,
         QString(),
         {},
         true,
         tr("An application token with the write:statuses scope.")},
        {QStringLiteral("infoUrl"),
         tr("Information page"),
         T::Url,
         QStringLiteral("https://www.burgernet.nl/acties"),
         {},
         true,
         tr("Linked from every post.")},
        {QStringLiteral("visibility"),
         tr("Visibility"),
         T::Choice,
         QStringLiteral("public"),
         {QStringLiteral("public"), QStringLiteral("unlisted")},
         false,
         {}},
        {QStringLiteral("verifyTls"),
         tr("Verify TLS certificates"),
         T::Boolean,
         true,
         {},
         false,
         tr("Turn off only for a test server; the change is recorded.")},
        {QStringLiteral("timeoutMs"), tr("Timeout (ms)"), T::Integer, 15000, {}, false, {}},
    };
    return d;
}

SocialSender::SocialSender(SenderContext context)
    : m_context(std::move(context))
{}

QString SocialSender::personalDataIn(const QString& text)
{
    static const QRegularExpression email(QStringLiteral(R"([\w.+-]+@[\w-]+\.[\w.-]+)"));
    static const QRegularExpression phone(
        QStringLiteral(R"((\+31|0031|\b0)[ -]?[1-9]([ -]?\d){8}\b)"));
    static const QRegularExpression postcode(QStringLiteral(R"(\b\d{4} ?[A-Z]{2} ?\d+\b)"));
    if (email.match(text).hasMatch())
        return tr("an e-mail address");
    // The free call-back number (0800) is the one number every message must carry.
    QString withoutCallback = text;
    withoutCallback.remove(QRegularExpression(QStringLiteral(R"(\b0800[ -]?\d{4}\b)")));
    if (phone.match(withoutCallback).hasMatch())
        return tr("a phone number");
    if (postcode.match(text).hasMatch())
        return tr("a postcode with a house number");
    return {};
}

QString SocialSender::compose(const QString& text) const
{
    const QString link = m_context.settings.value(QStringLiteral("infoUrl")).toString();
    // The same room the composer writes for, so that a text the preview accepts is posted whole.
    const int room = kSocialTextLength;
    QString body = text.trimmed();
    if (body.size() > room)
        body = body.left(room - 1).trimmed() + QChar(0x2026);
    return link.isEmpty() ? body : body + QStringLiteral("\n\n") + link;
}

SendResult SocialSender::sendLive(const OutgoingMessage& message)
{
    if (const QString found = personalDataIn(message.text); !found.isEmpty())
        return {
            SendOutcome::Final,
            {},
            tr("The text seems to contain %1; public posts never carry personal data.").arg(found)};
    QUrl url(m_context.settings.value(QStringLiteral("url")).toString());
    url.setPath(QStringLiteral("/api/v1/statuses"));
    HttpRequest request = requestFromSettings(m_context.settings, "POST", url);
    request.addHeader("Content-Type", "application/json");
    request.addHeader("Idempotency-Key", message.messageId.toUtf8());
    const QJsonObject body{
        {QStringLiteral("status"), compose(message.text)},
        {QStringLiteral("visibility"),
         m_context.settings.value(QStringLiteral("visibility"), QStringLiteral("public"))
             .toString()},
        {QStringLiteral("language"),
         message.language.isEmpty() ? QStringLiteral("nl") : message.language},
    };
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return sendJson(request);
}

SenderHealth SocialSender::checkHealth()
{
    QUrl url(m_context.settings.value(QStringLiteral("url")).toString());
    url.setPath(QStringLiteral("/api/v1/accounts/verify_credentials"));
    return probeHealth(m_context.settings, url);
}

} // namespace burgernet
