#include "app/dispatch/DispatchThread.h"

namespace burgernet {

DispatchThread::DispatchThread(SenderProvider& senders, const Clock& clock, DatabaseSpec spec,
                               DispatchConfig config, QObject* parent)
    : QObject(parent)
    , m_worker(new DispatchWorker(senders, clock, std::move(config)))
    , m_spec(std::move(spec))
{
    m_thread.setObjectName(QStringLiteral("dispatch"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DispatchWorker::progressed, this, &DispatchThread::progressed);
    connect(m_worker, &DispatchWorker::countsChanged, this, &DispatchThread::countsChanged);
}

DispatchThread::~DispatchThread()
{
    stop();
    if (!m_thread.isRunning() && m_worker)
        delete m_worker; // never started: still ours
}

void DispatchThread::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    const DatabaseSpec spec = m_spec;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, spec] { worker->start(spec); }, Qt::QueuedConnection);
}

void DispatchThread::stop()
{
    if (!m_thread.isRunning())
        return;
    // Close the connection in the thread that opened it, then end the thread; the worker is
    // deleted there (finished -> deleteLater).
    QMetaObject::invokeMethod(m_worker, &DispatchWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void DispatchThread::wake()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &DispatchWorker::wake, Qt::QueuedConnection);
}

} // namespace burgernet
