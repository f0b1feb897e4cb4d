#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QObject>

namespace burgernet {

// An example third-party sender, built as a separate plugin file to show the plugin route:
// municipal matrix signs that take a JSON webhook. It links nothing of the console but the
// interface header (and libcurl), as a site's own plugin would.
class WebhookSender final : public LiveChannelSender
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::WebhookSender)

public:
    explicit WebhookSender(SenderContext context);
    static SenderDescriptor describe();
    SenderDescriptor descriptor() const override { return describe(); }
    SendResult sendLive(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override;

private:
    SenderContext m_context;
};

class WebhookSenderPlugin : public QObject, public LiveSenderPlugin<WebhookSender>
{
    Q_OBJECT
    // The channel it adds, readable without running the plugin (training reads only this).
    Q_PLUGIN_METADATA(IID BurgernetChannelSenderPlugin_iid FILE "signs-webhook.json")
    Q_INTERFACES(burgernet::ChannelSenderPlugin)
};

} // namespace burgernet
