#include "app/dispatch/Dispatcher.h"

#include "app/dispatch/GatewayHealthProbe.h"

namespace burgernet {

Dispatcher::Dispatcher(const Clock& clock, DatabaseSpec spec, DispatchConfig config,
                       QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_spec(std::move(spec))
    , m_config(std::move(config))
{
    qRegisterMetaType<burgernet::Channel>();
    qRegisterMetaType<burgernet::StateCounts>();
}

Dispatcher::~Dispatcher()
{
    stop();
    for (auto& [channel, lane] : m_lanes)
        if (lane.worker && !(lane.thread && lane.thread->isRunning()))
            delete lane.worker; // never started: still ours
}

Dispatcher::Lane& Dispatcher::lane(const Channel& channel)
{
    Lane& l = m_lanes[channel];
    if (!l.sink)
        l.sink = std::make_shared<ReportSink>();
    return l;
}

std::function<void(const DeliveryReport&)> Dispatcher::reportSink(const Channel& channel)
{
    // The sender keeps this function; it reaches the worker once there is one, and nothing
    // after the dispatcher stopped.
    std::shared_ptr<ReportSink> sink = lane(channel).sink;
    return [sink](const DeliveryReport& report) {
        std::lock_guard lock(sink->mutex);
        if (sink->worker)
            sink->worker->reportDelivery(report);
    };
}

void Dispatcher::addChannel(const Channel& channel, std::unique_ptr<ChannelSender> sender)
{
    Lane& l = lane(channel);
    if (l.worker || m_running)
        return;
    l.worker = new ChannelWorker(channel, std::move(sender), m_clock, m_config);
    l.worker->setRecorder(m_recorder);
    ChannelWorker* worker = l.worker;
    {
        std::lock_guard lock(l.sink->mutex);
        l.sink->worker = worker;
    }
    l.thread = std::make_unique<QThread>();
    l.thread->setObjectName(QStringLiteral("dispatch-") + channel.id());
    worker->moveToThread(l.thread.get());
    connect(l.thread.get(), &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ChannelWorker::progressed, this, &Dispatcher::progressed);
    connect(worker, &ChannelWorker::countsChanged, this, &Dispatcher::countsChanged);
    connect(worker, &ChannelWorker::problem, this, &Dispatcher::problem);
}

void Dispatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    for (auto& [channel, l] : m_lanes) {
        if (!l.worker)
            continue;
        l.thread->start();
        const DatabaseSpec spec = m_spec;
        QMetaObject::invokeMethod(
            l.worker, [worker = l.worker, spec] { worker->start(spec); }, Qt::QueuedConnection);
    }
}

void Dispatcher::stop()
{
    if (!m_running)
        return;
    // Every channel stops sending at once: one waiting for a hanging gateway must not keep the
    // others sending batches meanwhile.
    for (auto& [channel, l] : m_lanes)
        if (l.worker)
            l.worker->requestStop();
    for (auto& [channel, l] : m_lanes) {
        if (!l.worker || !l.thread->isRunning())
            continue;
        // Close the connection in the thread that opened it, then end the thread; the worker is
        // deleted there (finished -> deleteLater).
        {
            std::lock_guard lock(l.sink->mutex);
            l.sink->worker = nullptr;
        }
        QMetaObject::invokeMethod(l.worker, &ChannelWorker::stop, Qt::BlockingQueuedConnection);
        l.thread->quit();
        l.thread->wait();
        l.worker = nullptr;
    }
    m_running = false;
}

QList<Channel> Dispatcher::channels() const
{
    QList<Channel> list;
    for (const auto& [channel, l] : m_lanes)
        if (l.worker)
            list << channel;
    return list;
}

ChannelSender* Dispatcher::sender(const Channel& channel) const
{
    const auto it = m_lanes.find(channel);
    return it != m_lanes.end() && it->second.worker ? it->second.worker->sender() : nullptr;
}

ChannelStatus Dispatcher::status(const Channel& channel) const
{
    const auto it = m_lanes.find(channel);
    ChannelStatus s;
    if (it == m_lanes.end() || !it->second.worker) {
        s.channel = channel;
        s.readiness = ChannelReadiness::NotConfigured;
    } else {
        s = it->second.worker->status();
    }
    if (m_probe) {
        const SenderHealth h = m_probe->health(channel);
        s.gatewayHealth = h.status;
        s.gatewayDetail = h.detail;
    }
    return s;
}

void Dispatcher::wake()
{
    for (auto& [channel, l] : m_lanes)
        if (l.worker && m_running)
            QMetaObject::invokeMethod(l.worker, &ChannelWorker::wake, Qt::QueuedConnection);
}

} // namespace burgernet
