#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace burgernet::test {

// Runs the event loop until `done` holds or `timeoutMs` passed, and says whether it holds. For
// REQUIRE/CHECK: Qt's QTRY_ macros return from the test function when they fail, which Catch
// never sees, so a failed wait would pass silently and skip the rest of the test.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace burgernet::test
