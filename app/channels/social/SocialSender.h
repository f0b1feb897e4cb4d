#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QObject>

namespace burgernet {

// Area broadcast as a public post on a Mastodon-compatible server (POST /api/v1/statuses with
// an Idempotency-Key, so that a retried post never appears twice). At most 500 characters
// including the link to the information page; texts that look like they hold personal data
// (phone numbers, e-mail addresses, postcodes with house numbers) are refused.
class SocialSender final : public ChannelSender
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SocialSender)

public:
    static constexpr int MaxLength = 500;
    static constexpr int UrlLength = 23; // Mastodon counts every link as 23 characters

    explicit SocialSender(SenderContext context);
    static SenderDescriptor describe();

    SenderDescriptor descriptor() const override { return describe(); }
    SendResult send(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override;

    // The post: the text, shortened with "…" where needed, and the link on its own line.
    QString compose(const QString& text) const;
    // Empty when the text holds nothing that looks like personal data.
    static QString personalDataIn(const QString& text);

private:
    SenderContext m_context;
};

class SocialSenderPlugin : public QObject, public ChannelSenderPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BurgernetChannelSenderPlugin_iid)
    Q_INTERFACES(burgernet::ChannelSenderPlugin)

public:
    SenderDescriptor descriptor() const override { return SocialSender::describe(); }
    std::unique_ptr<ChannelSender> create(const SenderContext& context) const override
    {
        if (context.mode == Mode::Training)
            return nullptr;
        return std::make_unique<SocialSender>(context);
    }
};

} // namespace burgernet
