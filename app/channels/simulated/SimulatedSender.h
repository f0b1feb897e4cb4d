#pragma once

#include "app/channels/simulated/SimulatedSendLog.h"
#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <random>
#include <thread>

namespace burgernet {

// The sender of training mode and of tests: reaches nobody, answers like a gateway would.
// Latency, failure, receipt and reply rates come from its settings; with a non-zero seed the
// same messages get the same outcomes in the same order.
class SimulatedSender final : public ChannelSender
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SimulatedSender)

public:
    explicit SimulatedSender(SenderContext context);
    ~SimulatedSender() override;

    static SenderDescriptor describe();

    // The descriptor of the channel this instance was made for.
    SenderDescriptor descriptor() const override;
    SendResult send(const OutgoingMessage& message) override;
    SenderHealth checkHealth() override;

private:
    struct Pending
    {
        qint64 dueMs;
        DeliveryReport report;
        QString replyFrom; // empty: no reply
        QString replyText;
    };
    int percent(const char* key, int fallback) const;
    bool draw(int percent);
    void runReports();

    SenderContext m_context;
    SimulatedSendLog m_log; // training only
    std::mt19937 m_random;
    qint64 m_sent = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_pending;
    bool m_stopping = false;
    std::thread m_reporter;
};

} // namespace burgernet
