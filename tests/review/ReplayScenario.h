#pragma once

#include "tests/dispatch/DispatchTestSupport.h"

namespace burgernet::test {

// One street robbery through the real workflow on a DispatchFixture: the alert to a 600 m
// circle, a useful tip, an update that grows the area to 1.5 km, a second tip, the closing
// message (arrested); the scripted senders deliver at once.
struct ReplayScenario
{
    qint64 id = 0;
    QDateTime sent, firstTip, grown, secondTip, closed;
    qint64 alertedFirst = 0; // participants the first area reached
    qint64 alerted = 0;      // all participants alerted
};

// `f` needs the session's user to compose, send and close (a supervisor does).
ReplayScenario runReplayScenario(DispatchFixture& f);

} // namespace burgernet::test
