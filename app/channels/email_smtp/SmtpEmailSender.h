#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QObject>

namespace burgernet {

// E-mail through SMTP with libcurl: STARTTLS (port 587) or SMTPS (465), optional login, one
// message per participant. 4xx answers are retried, 5xx final; a connection that breaks after
// the message went out is uncertain (never resent by itself).
class SmtpEmailSender final : public LiveChannelSender
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SmtpEmailSender)

public:
    explicit SmtpEmailSender(SenderContext context);
    static SenderDescriptor describe();

    // With the rate the site configured.
    SenderDescriptor descriptor() const override;
    SendResult sendLive(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override;

private:
    QString setting(const char* key, const QString& fallback = {}) const;
    QByteArray serverUrl() const;

    SenderContext m_context;
};

class SmtpEmailSenderPlugin : public QObject, public LiveSenderPlugin<SmtpEmailSender>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BurgernetChannelSenderPlugin_iid)
    Q_INTERFACES(burgernet::ChannelSenderPlugin)
};

} // namespace burgernet
