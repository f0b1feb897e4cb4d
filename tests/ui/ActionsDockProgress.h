#pragma once

#include "app/core/Channel.h"
#include "tests/support/Wait.h"
#include "ui/dispatch/ActionsDock.h"
#include "ui/dispatch/ChannelProgressBar.h"

namespace burgernet::test {

// What the Actions dock's bar for `channel` shows for the selected action (empty without one).
inline ChannelProgress progressOf(ActionsDock& dock, const Channel& channel)
{
    for (ChannelProgressBar* b : dock.progressBars())
        if (b->progress().channel == channel)
            return b->progress();
    return {};
}

// Waits until no channel's bar has messages waiting and the SMS bar shows `smsRows` messages,
// every one reached.
inline bool waitAllReached(ActionsDock& dock, qint64 smsRows, int timeoutMs = 30'000)
{
    return waitUntil(
        [&] {
            const ChannelProgress sms = progressOf(dock, Channel::sms());
            bool waiting = false;
            for (ChannelProgressBar* b : dock.progressBars())
                waiting = waiting || b->progress().waiting() > 0;
            return !waiting && sms.total == smsRows && sms.reached() == sms.total;
        },
        timeoutMs);
}

} // namespace burgernet::test
