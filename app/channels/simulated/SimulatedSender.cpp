#include "app/channels/simulated/SimulatedSender.h"

#include "app/channels/common/SenderRate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <array>
#include <chrono>

namespace burgernet {

namespace {
qint64 nowMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

// What simulated participants answer (two-way SMS); texts only, no personal data.
constexpr std::array kRepliesNl = {"Gezien bij het station, richting centrum.",
                                   "Niets gezien in mijn straat.", "Ik bel het gratis nummer."};
constexpr std::array kRepliesEn = {"Seen near the station, heading to the centre.",
                                   "Nothing seen in my street.", "Calling the free number now."};
} // namespace

SenderDescriptor SimulatedSender::describe()
{
    SenderDescriptor d;
    d.id = QStringLiteral("simulated");
    d.name = tr("Simulated sender (training)");
    // Training has a simulated sender on every channel, plugin channels included: one instance
    // per channel, made for the channel in its context.
    d.servesEveryChannel = true;
    d.capabilities.maxLength = 0;
    d.capabilities.deliveryReceipts = true;
    d.capabilities.twoWay = true;
    // The pace of a real SMS gateway (Kannel to an operator: tens a second), so that a trainee
    // sees a large area take as long as it would.
    d.capabilities.defaultRatePerSecond = 50;
    d.capabilities.defaultBurst = 50;
    d.reachesPeople = false;
    using T = SenderSetting::Type;
    d.settings = {
        {QStringLiteral("latencyMs"),
         tr("Latency (ms)"),
         T::Integer,
         10,
         {},
         false,
         tr("How long each send takes.")},
        {QStringLiteral("retryablePercent"),
         tr("Temporary failures (%)"),
         T::Integer,
         0,
         {},
         false,
         tr("Share of sends that fail and may be retried.")},
        {QStringLiteral("finalPercent"),
         tr("Permanent failures (%)"),
         T::Integer,
         0,
         {},
         false,
         tr("Share of sends that fail for good.")},
        {QStringLiteral("receiptPercent"),
         tr("Delivery reports (%)"),
         T::Integer,
         90,
         {},
         false,
         tr("Share of sent messages that get a delivery report.")},
        {QStringLiteral("receiptDelayMs"),
         tr("Delivery report delay (ms)"),
         T::Integer,
         1000,
         {},
         false,
         tr("Time between sending and the delivery report.")},
        {QStringLiteral("replyPercent"),
         tr("Replies (%)"),
         T::Integer,
         5,
         {},
         false,
         tr("Share of delivered messages that get a simulated reply.")},
        rateSetting(d.capabilities.defaultRatePerSecond),
        {QStringLiteral("seed"),
         tr("Random seed"),
         T::Integer,
         0,
         {},
         false,
         tr("0 varies every run; any other number repeats the same outcomes.")},
    };
    return d;
}

SenderDescriptor SimulatedSender::descriptor() const
{
    SenderDescriptor d = withConfiguredRate(describe(), m_context.settings);
    d.channel = m_context.channel;
    return d;
}

SimulatedSender::SimulatedSender(SenderContext context)
    : m_context(std::move(context))
{
    const uint seed = m_context.settings.value(QStringLiteral("seed"), 0).toUInt();
    m_random.seed(seed != 0 ? seed : std::random_device{}());
    // In training the log is the "gateway's" record of what went out (tests build senders
    // without a folder and keep nothing).
    if (m_context.mode == Mode::Training)
        m_log.open(m_context.dataDir);
    m_reporter = std::thread([this] { runReports(); });
}

SimulatedSender::~SimulatedSender()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_reporter.join();
}

int SimulatedSender::percent(const char* key, int fallback) const
{
    bool ok = false;
    const int value = m_context.settings.value(QString::fromLatin1(key)).toInt(&ok);
    return ok ? qBound(0, value, 100) : fallback;
}

bool SimulatedSender::draw(int percent)
{
    return std::uniform_int_distribution<int>(0, 99)(m_random) < percent;
}

SendResult SimulatedSender::send(const OutgoingMessage& message)
{
    const int latency = qMax(0, m_context.settings.value(QStringLiteral("latencyMs"), 10).toInt());
    if (latency > 0)
        QThread::msleep(ulong(latency));
    // Every draw happens for every message, so that a seed gives one sequence of outcomes.
    const bool retryable = draw(percent("retryablePercent", 0));
    const bool final = draw(percent("finalPercent", 0));
    const bool receipt = draw(percent("receiptPercent", 90));
    const bool reply = draw(percent("replyPercent", 5));
    const int replyIndex =
        std::uniform_int_distribution<int>(0, int(kRepliesNl.size()) - 1)(m_random);

    SendResult result;
    if (retryable) {
        result.outcome = SendOutcome::Retryable;
        result.error = tr("Simulated temporary failure");
        result.retryAfterSeconds = 1;
        return result;
    }
    if (final) {
        result.outcome = SendOutcome::Final;
        result.error = tr("Simulated permanent failure");
        return result;
    }
    result.outcome = SendOutcome::Sent;
    result.providerId = QStringLiteral("sim-%1").arg(++m_sent);
    if (!m_log.append(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                          .arg(senderNow(m_context).toString(Qt::ISODateWithMs),
                               m_context.channel.id(), message.actionId, message.messageId,
                               result.providerId))) {
        // What the gateway cannot record it did not send: a full disk is a temporary failure.
        result.outcome = SendOutcome::Retryable;
        result.providerId.clear();
        result.error = tr("Simulated gateway could not record the message (disk full?)");
        result.retryAfterSeconds = 1;
        return result;
    }
    if (!message.channel.isAddressed())
        result.reach = 1000 + std::uniform_int_distribution<int>(0, 9000)(m_random);
    if (receipt || reply) {
        Pending pending;
        pending.dueMs =
            nowMs() +
            qMax(0, m_context.settings.value(QStringLiteral("receiptDelayMs"), 1000).toInt());
        pending.report.messageId = message.messageId;
        pending.report.providerId = result.providerId;
        pending.report.status =
            receipt ? DeliveryReport::Status::Delivered : DeliveryReport::Status::Buffered;
        pending.report.detail = QStringLiteral("simulated");
        if (reply) {
            pending.replyFrom = message.participantPseudonym;
            pending.replyText = QString::fromUtf8(message.language == QLatin1String("en")
                                                      ? kRepliesEn[size_t(replyIndex)]
                                                      : kRepliesNl[size_t(replyIndex)]);
        }
        {
            std::lock_guard lock(m_mutex);
            m_pending.push_back(std::move(pending));
        }
        m_wake.notify_all();
    }
    return result;
}

void SimulatedSender::runReports()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        if (m_stopping)
            return;
        if (m_pending.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const qint64 wait = m_pending.front().dueMs - nowMs();
        if (wait > 0) {
            m_wake.wait_for(lock, std::chrono::milliseconds(wait));
            continue;
        }
        Pending due = std::move(m_pending.front());
        m_pending.pop_front();
        lock.unlock();
        due.report.at = senderNow(m_context);
        if (m_context.deliveryReport && due.report.status == DeliveryReport::Status::Delivered)
            m_context.deliveryReport(due.report);
        if (m_context.reply && !due.replyText.isEmpty())
            m_context.reply(due.replyFrom, due.replyText);
        lock.lock();
    }
}

SenderHealth SimulatedSender::checkHealth()
{
    return {SenderHealth::Status::Ok, tr("Simulated: reaches nobody")};
}

} // namespace burgernet
