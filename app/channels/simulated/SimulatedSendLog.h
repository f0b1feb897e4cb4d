#pragma once

#include <QString>

namespace burgernet {

// What the simulated sender "sent", one line per message, appended with one write each before
// the send is answered: like a gateway's own records, it survives a crash of the console at any
// moment, so an exercise (and the crash tests) can count what went out, twice included.
// Lines hold ids only: time, channel, action, outbox message and provider id.
class SimulatedSendLog
{
public:
    SimulatedSendLog() = default;
    ~SimulatedSendLog();
    SimulatedSendLog(const SimulatedSendLog&) = delete;
    SimulatedSendLog& operator=(const SimulatedSendLog&) = delete;

    // The log in `folder` (made if missing); false when it cannot be opened, and then
    // append() does nothing.
    bool open(const QString& folder);
    bool isOpen() const { return m_fd >= 0; }
    // False when the line could not be written whole (a full disk): the send did not happen.
    bool append(const QString& line);

    static QString fileName();

private:
    int m_fd = -1;
};

} // namespace burgernet
