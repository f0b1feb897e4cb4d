#pragma once

#include "app/dispatch/DispatchWorker.h"

#include <QThread>

namespace burgernet {

// The dispatch worker on a thread of its own, with its own connection to the register. The
// GUI thread only posts wake-ups; it never waits on a send.
class DispatchThread : public QObject
{
    Q_OBJECT
public:
    DispatchThread(SenderProvider& senders, const Clock& clock, DatabaseSpec spec,
                   DispatchConfig config = {}, QObject* parent = nullptr);
    ~DispatchThread() override;

    void start();
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    DispatchWorker* worker() const { return m_worker; }

public Q_SLOTS:
    void wake();

Q_SIGNALS:
    void progressed(const QList<qint64>& actionIds);
    void countsChanged(qint64 actionId, const burgernet::OutboxCounts& counts);

private:
    QThread m_thread;
    DispatchWorker* m_worker;
    DatabaseSpec m_spec;
};

} // namespace burgernet
