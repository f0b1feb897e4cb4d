#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QObject>

namespace burgernet {

// Area broadcast to the Burgernet app: the app platform knows where its (anonymous) users are,
// the console only sends the area and the message and records the reach the platform reports.
//   POST {url}  {"reference", "type", "language", "message", "areaDescription", "area": GeoJSON}
//   -> 200/201/202 {"id": "...", "reach": N}
class AppPushSender final : public LiveChannelSender
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AppPushSender)

public:
    explicit AppPushSender(SenderContext context);
    static SenderDescriptor describe();

    SenderDescriptor descriptor() const override { return describe(); }
    SendResult sendLive(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override;

private:
    SenderContext m_context;
};

class AppPushSenderPlugin : public QObject, public LiveSenderPlugin<AppPushSender>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BurgernetChannelSenderPlugin_iid)
    Q_INTERFACES(burgernet::ChannelSenderPlugin)
};

} // namespace burgernet
