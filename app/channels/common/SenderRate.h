#pragma once

#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>

#include <algorithm>

namespace burgernet {

// How many messages a second a gateway takes is agreed with whoever runs it (an SMSC's
// throughput, an SMTP relay's limits, a voice gateway's lines), so a site sets it with the
// sender's other settings. The channel's worker paces itself by the configured instance's
// descriptor; the sender's own default stands until a site sets a rate.
inline SenderSetting rateSetting(double defaultRate)
{
    return {QStringLiteral("ratePerSecond"),
            QCoreApplication::translate("burgernet::SenderRate", "Messages per second"),
            SenderSetting::Type::Integer,
            int(defaultRate),
            {},
            false,
            QCoreApplication::translate("burgernet::SenderRate",
                                        "As agreed with the gateway's operator: dispatch never "
                                        "sends faster. 0 keeps the sender's default.")};
}

// `d` with the rate a site configured, if any. The burst shrinks with it to at most one
// second's worth: a gateway agreed at 5 a second must not get the sender's default burst of 100
// at once.
inline SenderDescriptor withConfiguredRate(SenderDescriptor d, const QVariantMap& settings)
{
    bool ok = false;
    const double rate = settings.value(QStringLiteral("ratePerSecond")).toDouble(&ok);
    if (ok && rate > 0) {
        d.capabilities.defaultRatePerSecond = rate;
        d.capabilities.defaultBurst = std::max(1, std::min(d.capabilities.defaultBurst, int(rate)));
    }
    return d;
}

} // namespace burgernet
