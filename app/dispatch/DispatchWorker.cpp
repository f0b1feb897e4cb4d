#include "app/dispatch/DispatchWorker.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/Outbox.h"
#include "app/dispatch/SenderProvider.h"
#include "app/storage/Database.h"

#include <QSqlQuery>
#include <QTimer>

namespace burgernet {

DispatchWorker::DispatchWorker(SenderProvider& senders, const Clock& clock, DispatchConfig config,
                               QObject* parent)
    : QObject(parent)
    , m_senders(senders)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_random(m_config.seed ? m_config.seed : std::random_device{}())
{}

DispatchWorker::~DispatchWorker()
{
    m_outbox.reset();
    m_actions.reset();
    m_ownDb.reset();
}

void DispatchWorker::attach(Database& db)
{
    m_db = &db;
    m_outbox = std::make_unique<Outbox>(db);
    m_actions = std::make_unique<ActionRepository>(db);
}

Status DispatchWorker::open(const DatabaseSpec& spec)
{
    auto db = Database::openExisting(spec);
    if (!db)
        return db.error();
    m_ownDb = std::move(db).value();
    // A `sending` mark lost to a power cut would turn into a silent second send: this
    // connection commits with a full sync.
    if (m_ownDb->kind() == DatabaseKind::Sqlite)
        QSqlQuery(m_ownDb->connection()).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    attach(*m_ownDb);
    return {};
}

DispatchWorker::Channel& DispatchWorker::channelState(const QString& channel, ChannelSender* sender)
{
    Channel& state = m_channels[channel];
    if (!state.configured) {
        state.descriptor = sender->descriptor();
        const auto rate =
            m_config.rates.value(channel, {state.descriptor.capabilities.defaultRatePerSecond,
                                           state.descriptor.capabilities.defaultBurst});
        state.bucket.configure(rate.first, rate.second);
        state.breaker.threshold = m_config.breakerThreshold;
        state.breaker.cooldownMs = m_config.breakerCooldownMs;
        state.configured = true;
    }
    return state;
}

const ComposedMessage* DispatchWorker::message(qint64 messageId)
{
    auto it = m_messages.constFind(messageId);
    if (it == m_messages.constEnd()) {
        auto loaded = m_actions->loadMessage(messageId);
        if (!loaded)
            return nullptr;
        it = m_messages.insert(messageId, std::move(loaded).value());
    }
    return &*it;
}

const DispatchWorker::ActionInfo* DispatchWorker::action(qint64 actionId)
{
    auto it = m_actionInfo.constFind(actionId);
    if (it == m_actionInfo.constEnd()) {
        auto loaded = m_actions->load(actionId);
        if (!loaded)
            return nullptr;
        it = m_actionInfo.insert(actionId, {loaded->areaGeoJson, loaded->areaDescription});
    }
    return &*it;
}

OutgoingMessage DispatchWorker::outgoing(const OutboxItem& item)
{
    OutgoingMessage m;
    m.messageId = QString::number(item.id);
    m.actionId = QString::number(item.actionId);
    m.channel = item.channel;
    m.mode = item.mode == QLatin1String("training") ? Mode::Training : Mode::Live;
    m.language = item.language;
    m.recipient = item.address;
    m.participantPseudonym = item.pseudonym;
    m.messageType = item.messageType;
    m.createdAt = m_clock.nowUtc();
    if (const ComposedMessage* composed = message(item.messageId)) {
        if (const ChannelText* text = composed->find(item.language, item.channel)) {
            m.subject = text->subject;
            m.text = text->text;
            m.html = text->html;
            m.extra = text->extra;
        }
    }
    if (item.participantId == 0) {
        if (const ActionInfo* info = action(item.actionId)) {
            m.areaGeoJson = info->areaGeoJson;
            m.areaDescription = info->areaDescription;
        }
    }
    return m;
}

qint64 DispatchWorker::sendBatch(const QString& channel, ChannelSender* sender, Channel& state,
                                 int limit, QList<qint64>& touched)
{
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    auto claimed = m_outbox->claim(channel, nowMs, limit);
    if (!claimed) {
        qCWarning(lcDispatch) << "claim failed on" << channel << claimed.errorMessage();
        return m_config.idlePollMs;
    }
    std::vector<OutboxResult> results;
    results.reserve(claimed->size());
    bool holdBack = false; // the breaker opened: the rest of the batch goes back unsent
    for (const OutboxItem& item : *claimed) {
        if (!touched.contains(item.actionId))
            touched << item.actionId;
        OutboxResult r;
        r.id = item.id;
        if (holdBack) {
            r.state = outbox::Queued;
            r.attempted = false;
            r.nextAttemptAt = nowMs;
            results.push_back(r);
            continue;
        }
        const bool addressed = item.participantId > 0;
        if (item.mode == QLatin1String("training") && state.descriptor.reachesPeople) {
            // Training can never reach a real person, whatever the configuration says.
            r.state = outbox::Failed;
            r.error = QStringLiteral("training messages never go to a live sender");
        } else if (addressed && (item.participantGone || item.address.isEmpty())) {
            r.state = outbox::Failed;
            r.error = QStringLiteral("participant no longer reachable on this channel");
        } else {
            const SendResult sent = sender->send(outgoing(item));
            state.bucket.take(1);
            r.providerId = sent.providerId;
            r.error = sent.error;
            switch (sent.outcome) {
            case SendOutcome::Sent:
            case SendOutcome::Delivered:
                r.state = sent.outcome == SendOutcome::Sent ? outbox::Sent : outbox::Delivered;
                state.breaker.success();
                ++m_sent;
                break;
            case SendOutcome::Final:
                r.state = outbox::Failed;
                break;
            case SendOutcome::Uncertain:
                r.state = outbox::Uncertain;
                break;
            case SendOutcome::Retryable: {
                const qint64 mono = m_clock.monotonicMs();
                if (state.breaker.failure(mono)) {
                    holdBack = true;
                    qCWarning(lcDispatch) << "circuit breaker open for" << channel;
                    Q_EMIT channelProblem(channel, sent.error);
                }
                if (item.attempts >= m_config.retry.maxAttempts) {
                    r.state = outbox::Failed;
                } else {
                    r.state = outbox::Queued;
                    r.nextAttemptAt = nowMs + m_config.retry.delayMs(
                                                  item.attempts, sent.retryAfterSeconds, m_random);
                }
                break;
            }
            }
        }
        results.push_back(r);
    }
    if (auto done = m_outbox->complete(results, m_clock.nowUtc().toMSecsSinceEpoch()); !done)
        qCWarning(lcDispatch) << "recording results failed on" << channel << done.errorMessage();
    return 0;
}

void DispatchWorker::reportDelivery(const DeliveryReport& report)
{
    {
        std::lock_guard lock(m_reportsMutex);
        m_reports.push_back(report);
    }
    QMetaObject::invokeMethod(this, &DispatchWorker::wake, Qt::QueuedConnection);
}

void DispatchWorker::applyReports()
{
    std::vector<DeliveryReport> reports;
    {
        std::lock_guard lock(m_reportsMutex);
        reports.swap(m_reports);
    }
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    for (const DeliveryReport& report : reports)
        if (auto applied = m_outbox->applyDeliveryReport(report, nowMs); !applied)
            qCWarning(lcDispatch) << "delivery report:" << applied.errorMessage();
}

qint64 DispatchWorker::processOnce()
{
    if (!m_outbox)
        return -1;
    applyReports();
    // Only channels with a sender can make progress; asking per channel lets the database
    // answer MIN() from the index instead of walking every queued row.
    auto due = m_outbox->dueChannels(m_senders.channels());
    if (!due) {
        qCWarning(lcDispatch) << due.errorMessage();
        return m_config.idlePollMs;
    }
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    const qint64 mono = m_clock.monotonicMs();
    qint64 wait = -1;
    const auto waitAtMost = [&](qint64 ms) { wait = wait < 0 ? ms : std::min(wait, ms); };
    QList<qint64> touched;
    for (auto it = due->cbegin(); it != due->cend(); ++it) {
        const QString& channel = it.key();
        if (it.value() > nowMs) {
            waitAtMost(it.value() - nowMs);
            continue;
        }
        ChannelSender* sender = m_senders.sender(channel);
        if (!sender)
            continue;
        Channel& state = channelState(channel, sender);
        if (!state.breaker.allows(mono)) {
            waitAtMost(std::max<qint64>(1, state.breaker.openUntil() - mono));
            continue;
        }
        int n = std::min(m_config.batchSize, state.bucket.available(mono));
        if (state.breaker.trialOnly(mono))
            n = std::min(n, 1);
        if (n <= 0) {
            waitAtMost(std::max<qint64>(1, state.bucket.msUntilToken(mono)));
            continue;
        }
        waitAtMost(sendBatch(channel, sender, state, n, touched));
    }
    if (!touched.isEmpty())
        Q_EMIT progressed(touched);
    for (qint64 id : touched)
        m_countsPending.insert(id);
    postCounts(wait != 0);
    return wait;
}

void DispatchWorker::postCounts(bool finalPass)
{
    const qint64 mono = m_clock.monotonicMs();
    for (auto it = m_countsPending.begin(); it != m_countsPending.end();) {
        const qint64 id = *it;
        if (!finalPass && mono - m_countsPostedAt.value(id, -1'000'000) < m_config.countsEveryMs) {
            ++it;
            continue;
        }
        if (auto counts = m_outbox->counts(id); counts)
            Q_EMIT countsChanged(id, *counts);
        m_countsPostedAt.insert(id, mono);
        it = m_countsPending.erase(it);
    }
}

void DispatchWorker::start(const DatabaseSpec& spec)
{
    if (!m_outbox) {
        if (auto opened = open(spec); !opened) {
            qCCritical(lcDispatch)
                << "dispatch worker cannot open the register:" << opened.errorMessage();
            return;
        }
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &DispatchWorker::wake);
    }
    wake();
}

void DispatchWorker::scheduleNext(qint64 waitMs)
{
    if (!m_timer)
        return;
    const qint64 ms = waitMs < 0 ? m_config.idlePollMs : std::min(waitMs, m_config.idlePollMs);
    m_timer->start(int(ms));
}

void DispatchWorker::wake()
{
    if (!m_timer)
        return;
    scheduleNext(processOnce());
}

void DispatchWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    delete m_timer;
    m_timer = nullptr;
    m_outbox.reset();
    m_actions.reset();
    m_ownDb.reset();
}

} // namespace burgernet
