#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QObject>

namespace burgernet {

struct HttpResponse;

// SMS through Kannel's HTTP sendsms interface. Delivery reports come back through dlr-url to
// the console's listener (SenderContext::callbackUrl) and carry the outbox id, never the
// phone number.
class KannelSmsSender final : public LiveChannelSender
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::KannelSmsSender)

public:
    explicit KannelSmsSender(SenderContext context);
    static SenderDescriptor describe();

    // With the rate the site configured.
    SenderDescriptor descriptor() const override;
    SendResult sendLive(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override;
    CallbackReply handleCallback(const CallbackRequest& request) override;

    // The sendsms query (percent-encoded) for one message; public for the tests.
    QByteArray sendsmsQuery(const OutgoingMessage& message) const;
    // Kannel's answer as a send outcome: "0: Accepted for delivery" and "3: Queued for later
    // delivery" are sent; authorisation and request errors final; the rest retryable.
    static SendResult mapReply(const HttpResponse& response);

private:
    QString setting(const char* key, const QString& fallback = {}) const;

    SenderContext m_context;
};

class KannelSmsSenderPlugin : public QObject, public LiveSenderPlugin<KannelSmsSender>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BurgernetChannelSenderPlugin_iid)
    Q_INTERFACES(burgernet::ChannelSenderPlugin)
};

} // namespace burgernet
