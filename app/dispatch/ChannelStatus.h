#pragma once

#include "app/core/Channel.h"
#include "app/core/EnumIds.h"
#include "app/dispatch/ChannelSender.h"

#include <QString>

namespace burgernet {

// Whether a channel can send now, as the plan states it before the dispatcher confirms.
enum class ChannelReadiness {
    Ready,
    NotConfigured, // no sender, or its settings are missing: the rows would wait
    BreakerOpen,   // the gateway failed again and again: the rows wait until it recovers
    NoDispatcher,  // nothing sends in this process (burgernetctl without --wait)
};

template <>
struct EnumIdTable<ChannelReadiness>
{
    static constexpr std::array entries{
        std::pair{ChannelReadiness::Ready, "ready"},
        std::pair{ChannelReadiness::NotConfigured, "not-configured"},
        std::pair{ChannelReadiness::BreakerOpen, "breaker-open"},
        std::pair{ChannelReadiness::NoDispatcher, "no-dispatcher"}};
};

struct ChannelStatus
{
    Channel channel;
    ChannelReadiness readiness = ChannelReadiness::NotConfigured;
    QString detail;            // why not ready; no personal data
    double ratePerSecond = -1; // measured over the last minute; < 0 before anything was sent
    // The register refused the worker's last write (locked by another program, a full disk):
    // the rows wait for it. SQLite's words; empty while it takes them.
    QString registerProblem;
    // What the periodic check of the gateway found last (Unknown: not checked yet, or no
    // checks); apart from `readiness`, which is about this process's sending.
    SenderHealth::Status gatewayHealth = SenderHealth::Status::Unknown;
    QString gatewayDetail;
    // What the confirmation estimates from: the rate the channel's worker keeps to (its
    // sender's configured limit; 0 unknown or unlimited) and the price its sender declares per
    // message (euro; 0 none declared).
    double limitPerSecond = 0;
    double costPerMessage = 0;
};

// Who knows the channels' state: the running dispatcher, or (without one) the sender settings.
class ChannelStatusSource
{
public:
    virtual ~ChannelStatusSource() = default;
    virtual ChannelStatus status(const Channel& channel) const = 0;
};

} // namespace burgernet
