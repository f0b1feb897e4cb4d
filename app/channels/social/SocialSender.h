#pragma once

#include "app/dispatch/ChannelCatalog.h"
#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QObject>

namespace burgernet {

// Area broadcast as a public post on a Mastodon-compatible server (POST /api/v1/statuses with
// an Idempotency-Key, so that a retried post never appears twice). At most 500 characters
// including the link to the information page; texts that look like they hold personal data
// (phone numbers, e-mail addresses, postcodes with house numbers) are refused.
class SocialSender final : public LiveChannelSender
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SocialSender)

public:
    explicit SocialSender(SenderContext context);
    static SenderDescriptor describe();

    SenderDescriptor descriptor() const override { return describe(); }
    SendResult sendLive(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override;

    // The post: the text, shortened with "…" where needed, and the link on its own line.
    QString compose(const QString& text) const;
    // Empty when the text holds nothing that looks like personal data.
    static QString personalDataIn(const QString& text);

private:
    SenderContext m_context;
};

class SocialSenderPlugin : public QObject, public LiveSenderPlugin<SocialSender>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BurgernetChannelSenderPlugin_iid)
    Q_INTERFACES(burgernet::ChannelSenderPlugin)
};

} // namespace burgernet
