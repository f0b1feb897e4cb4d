#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace burgernet::test {

// Runs the event loop until `done` holds or `timeoutMs` passed, and says whether it holds. For
// REQUIRE/CHECK: Qt's QTRY_ macros return from the test function when they fail, which Catch
// never sees, so a failed wait would pass silently and skip the rest of the test. Between checks
// the loop sleeps until an event or 10 ms: a wait that spun would take a core from what it waits
// for on a loaded machine.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace burgernet::test
