#include "app/dispatch/ChannelWorker.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/dispatch/ActionRepository.h"
#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace burgernet {

ChannelWorker::ChannelWorker(Channel channel, std::unique_ptr<ChannelSender> sender,
                             const Clock& clock, DispatchConfig config, QObject* parent)
    : QObject(parent)
    , m_channel(std::move(channel))
    , m_sender(std::move(sender))
    , m_clock(clock)
    , m_config(std::move(config))
    , m_random(m_config.seed ? m_config.seed : std::random_device{}())
{
    static std::atomic<int> workers{0};
    m_claimant = QStringLiteral("%1/%2#%3")
                     .arg(Database::processInstance(), m_channel.id())
                     .arg(workers.fetch_add(1));
    if (m_sender) {
        m_descriptor = m_sender->descriptor();
        const auto rate =
            m_config.rates.value(m_channel, {m_descriptor.capabilities.defaultRatePerSecond,
                                             m_descriptor.capabilities.defaultBurst});
        m_ratePerSecond = rate.first;
        m_burst = std::max(1, rate.second);
        m_pace.configure(m_ratePerSecond, m_burst);
    }
    m_breaker.threshold = m_config.breakerThreshold;
    m_breaker.cooldownMs = m_config.breakerCooldownMs;
}

ChannelWorker::~ChannelWorker()
{
    m_outbox.reset();
    m_actions.reset();
    m_ownDb.reset();
}

void ChannelWorker::attach(Database& db)
{
    m_db = &db;
    m_outbox = std::make_unique<Outbox>(db);
    m_actions = std::make_unique<ActionRepository>(db);
}

Status ChannelWorker::open(const DatabaseSpec& spec)
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

const ComposedMessage* ChannelWorker::message(qint64 messageId)
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

const ChannelWorker::AreaInfo* ChannelWorker::areaOf(qint64 actionId, qint64 messageId)
{
    auto it = m_areas.constFind(messageId);
    if (it == m_areas.constEnd()) {
        auto loaded = m_actions->load(actionId);
        if (!loaded)
            return nullptr;
        // GeoJSON is how plugins receive the area: converted once per action, at the edge.
        AreaInfo info;
        if (!loaded->area.isEmpty())
            info.geoJson = QJsonDocument(loaded->area.toGeoJson()).toJson(QJsonDocument::Compact);
        info.description = loaded->areaDescription;
        it = m_areas.insert(messageId, info);
    }
    return &*it;
}

OutgoingMessage ChannelWorker::outgoing(const OutboxItem& item)
{
    OutgoingMessage m;
    m.messageId = QString::number(item.id);
    m.actionId = QString::number(item.actionId);
    m.channel = item.channel;
    m.mode = item.mode;
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
        if (const AreaInfo* area = areaOf(item.actionId, item.messageId)) {
            m.areaGeoJson = area->geoJson;
            m.areaDescription = area->description;
        }
    }
    return m;
}

OutboxResult ChannelWorker::sendOne(const OutboxItem& item, qint64 nowMs, bool* breakerOpened)
{
    OutboxResult r;
    r.id = item.id;
    const bool addressed = item.participantId > 0;
    if (item.mode == Mode::Training && m_descriptor.reachesPeople) {
        // Training can never reach a real person, whatever the configuration says.
        r.state = OutboxState::Failed;
        r.error = QStringLiteral("training messages never go to a live sender");
        return r;
    }
    if (m_config.staleAfterMs > 0 && item.urgent && !item.decided &&
        item.createdAtMs + m_clockJumps.shiftFor(item.id, item.createdAtMs) <
            nowMs - m_config.staleAfterMs) {
        // Too old for its purpose: a person decides, never the queue.
        r.state = OutboxState::Stale;
        r.attempted = false;
        return r;
    }
    if (addressed && (item.participantGone || item.address.isEmpty())) {
        r.state = OutboxState::Failed;
        r.error = QStringLiteral("participant no longer reachable on this channel");
        return r;
    }
    const SendResult sent = m_sender->send(outgoing(item));
    r.providerId = sent.providerId;
    r.error = sent.error;
    r.actionId = item.actionId;
    r.channel = item.channel;
    if (!addressed && sent.reach >= 0)
        r.reach = sent.reach;
    const qint64 mono = m_clock.monotonicMs();
    const auto failure = [&] {
        if (m_breaker.failure(mono)) {
            *breakerOpened = true;
            qCWarning(lcDispatch) << "circuit breaker open for" << m_channel.id();
            {
                std::lock_guard lock(m_statusMutex);
                m_breakerOpen = true;
                m_lastProblem = sent.error;
            }
            Q_EMIT problem(m_channel, sent.error);
        }
    };
    switch (sent.outcome) {
    case SendOutcome::Sent:
    case SendOutcome::Delivered:
        r.state = sent.outcome == SendOutcome::Sent ? OutboxState::Sent : OutboxState::Delivered;
        m_breaker.success();
        {
            std::lock_guard lock(m_statusMutex);
            m_breakerOpen = false;
            ++m_sent;
        }
        break;
    case SendOutcome::Final:
        r.state = OutboxState::Failed;
        break;
    case SendOutcome::Uncertain:
        // A gateway that takes the request and never answers: the message may have gone, so it
        // waits for a person; and it counts against the gateway like any other failure.
        r.state = OutboxState::Uncertain;
        failure();
        break;
    case SendOutcome::Retryable:
        failure();
        if (item.attempts >= m_config.retry.maxAttempts) {
            r.state = OutboxState::Failed;
        } else {
            r.state = OutboxState::Queued;
            r.nextAttemptAt =
                nowMs + m_config.retry.delayMs(item.attempts, sent.retryAfterSeconds, m_random);
        }
        break;
    }
    return r;
}

void ChannelWorker::reportDelivery(const DeliveryReport& report)
{
    {
        std::lock_guard lock(m_reportsMutex);
        m_reports.push_back(report);
    }
    QMetaObject::invokeMethod(this, &ChannelWorker::wake, Qt::QueuedConnection);
}

void ChannelWorker::applyReports()
{
    std::vector<DeliveryReport> reports;
    {
        std::lock_guard lock(m_reportsMutex);
        reports.swap(m_reports);
    }
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    for (size_t i = 0; i < reports.size(); ++i)
        if (auto applied = m_outbox->applyDeliveryReport(reports[i], nowMs, m_channel); !applied) {
            // The register cannot take it now (a full disk, a lock): kept for the next pass.
            qCWarning(lcDispatch) << "delivery report:" << applied.errorMessage();
            std::lock_guard lock(m_reportsMutex);
            m_reports.insert(m_reports.begin(), reports.begin() + qsizetype(i), reports.end());
            return;
        }
}

void ChannelWorker::noteRegister(const QString& problem)
{
    std::lock_guard lock(m_statusMutex);
    m_registerProblem = problem;
}

void ChannelWorker::sweepStale(qint64 nowMs, qint64 mono)
{
    if (m_config.staleAfterMs <= 0 ||
        (m_lastSweepMono >= 0 && mono - m_lastSweepMono < m_config.staleSweepMs))
        return;
    m_lastSweepMono = mono;
    // Holding messages back is a decision of the program's: recorded before the rows change (in
    // the rows' transaction, so that a record that cannot be written leaves them as they were;
    // a claim then holds each one back again as it comes).
    SqlTransaction transaction(m_db->connection(), SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        qCWarning(lcDispatch) << "stale sweep:" << transaction.errorMessage();
        return;
    }
    auto stale = m_outbox->markStaleByAction(nowMs, nowMs - m_config.staleAfterMs, m_channel,
                                             m_clockJumps.shiftSql());
    if (!stale) {
        qCWarning(lcDispatch) << stale.errorMessage();
        return;
    }
    if (stale->isEmpty())
        return;
    if (m_recorder) {
        if (auto recorded = m_recorder->staleHeldBack(m_channel, *stale); !recorded) {
            qCWarning(lcDispatch) << "stale messages not held back: their record failed:"
                                  << recorded.errorMessage();
            return;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        qCWarning(lcDispatch) << committed.errorMessage();
        if (m_recorder)
            (void)m_recorder->staleHeldBack(m_channel, *stale, true);
        return;
    }
    qint64 rows = 0;
    for (qint64 n : *stale)
        rows += n;
    qCWarning(lcDispatch) << rows << m_channel.id()
                          << "messages waited too long and wait for a decision";
}

void ChannelWorker::sweepLeases(qint64 nowMs, qint64 mono)
{
    if (m_lastLeaseSweepMono >= 0 && mono - m_lastLeaseSweepMono < m_config.leaseSweepMs)
        return;
    m_lastLeaseSweepMono = mono;
    // Between batches nothing of ours is being sent: a row still `sending` in our name is from a
    // claim whose answer never reached us, and goes back to the queue rather than uncertain.
    if (auto released = m_outbox->releaseClaims(m_channel, m_claimant); !released) {
        qCWarning(lcDispatch) << "lease sweep:" << released.errorMessage();
        return;
    } else if (*released > 0) {
        qCInfo(lcDispatch) << *released << m_channel.id()
                           << "rows claimed without an answer went back to the queue";
    }
    SqlTransaction transaction(m_db->connection(), SqlTransaction::Mode::Immediate);
    if (!transaction.isActive()) {
        qCWarning(lcDispatch) << "lease sweep:" << transaction.errorMessage();
        return;
    }
    auto expired = m_outbox->expireLeases(m_channel, nowMs);
    if (!expired) {
        qCWarning(lcDispatch) << expired.errorMessage();
        return;
    }
    if (expired->isEmpty())
        return;
    if (m_recorder) {
        if (auto recorded = m_recorder->leaseExpired(m_channel, *expired); !recorded) {
            qCWarning(lcDispatch) << "rows whose lease ran out left as they are: their record "
                                     "failed:"
                                  << recorded.errorMessage();
            return;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        qCWarning(lcDispatch) << committed.errorMessage();
        return;
    }
    qint64 rows = 0;
    for (qint64 n : *expired)
        rows += n;
    qCWarning(lcDispatch) << rows << m_channel.id()
                          << "messages were being sent by a worker that stopped answering; they "
                             "wait for a decision as uncertain";
}

bool ChannelWorker::awaitPace()
{
    // The shared bucket paid for the batch when it was claimed; each message still takes a token
    // of this worker's own pace as it goes, so that a batch slowed by a hanging gateway does not
    // then go out in one burst.
    for (int waited = 0; waited < 5000 && !m_stopRequested;) {
        const qint64 wait = m_pace.msUntilToken(m_clock.monotonicMs());
        if (wait <= 0)
            return true;
        const int step = int(std::min<qint64>(wait, 50));
        QThread::msleep(step);
        waited += step;
    }
    return false;
}

qint64 ChannelWorker::registerTrouble(const QString& what)
{
    ++m_troubles;
    noteRegister(what);
    qCWarning(lcDispatch) << m_channel.id() << what;
    // Our own connection may be the one that is gone (server restarted, failover, terminated):
    // open it again, which finds the current primary of a multi-host address.
    if (m_ownDb && !m_ownDb->isReachable()) {
        if (auto again = m_ownDb->reconnect(); !again)
            qCWarning(lcDispatch) << m_channel.id()
                                  << "register still unreachable:" << again.errorMessage();
        else
            qCInfo(lcDispatch) << m_channel.id() << "worker reconnected to the register";
    }
    // 100 ms, doubling, at most 5 s, with jitter so that workstations do not come back in step.
    const qint64 base = std::min<qint64>(5000, qint64(100) << std::min(m_troubles - 1, 6));
    return base / 2 + qint64(m_random() % quint32(base / 2 + 1));
}

bool ChannelWorker::flushPendingResults()
{
    if (m_pendingResults.empty())
        return true;
    if (auto done =
            m_outbox->complete(m_pendingResults, m_clock.nowUtc().toMSecsSinceEpoch(), m_claimant);
        !done)
        return false;
    qCInfo(lcDispatch) << m_channel.id() << m_pendingResults.size()
                       << "send results written after the register came back";
    m_pendingResults.clear();
    noteRegister({});
    return true;
}

void ChannelWorker::noteBreaker(qint64 mono)
{
    const CircuitBreaker::State now = m_breaker.state(mono);
    if (now == m_recordedBreaker)
        return;
    m_recordedBreaker = now;
    if (!m_recorder)
        return;
    const BreakerChange change = now == CircuitBreaker::State::Open       ? BreakerChange::Opened
                                 : now == CircuitBreaker::State::HalfOpen ? BreakerChange::HalfOpen
                                                                          : BreakerChange::Closed;
    if (auto recorded = m_recorder->breaker(m_channel, change, m_breaker.failures(),
                                            m_breaker.currentCooldownMs());
        !recorded)
        qCWarning(lcDispatch) << "breaker change of" << m_channel.id()
                              << "not recorded:" << recorded.errorMessage();
}

bool ChannelWorker::recordBatch(const std::vector<OutboxItem>& items,
                                const std::vector<OutboxResult>& results, qint64 durationMs)
{
    if (!m_recorder || items.empty())
        return true;
    bool decisions = false; // rows left to a person: recorded before they take effect
    for (size_t i = 0; i < items.size() && i < results.size(); ++i) {
        const OutboxItem& item = items[i];
        const OutboxResult& r = results[i];
        auto o = std::find_if(m_unrecorded.begin(), m_unrecorded.end(),
                              [&](const BatchOutcome& b) { return b.actionId == item.actionId; });
        if (o == m_unrecorded.end()) {
            m_unrecorded.append(BatchOutcome{item.actionId});
            o = m_unrecorded.end() - 1;
            o->batches = 0;
        }
        switch (r.state) {
        case OutboxState::Sent:
        case OutboxState::Delivered:
            ++o->sent;
            break;
        case OutboxState::Uncertain:
            ++o->uncertain;
            decisions = true;
            break;
        case OutboxState::Stale:
            ++o->stale;
            decisions = true;
            break;
        case OutboxState::Queued:
            ++o->requeued;
            break;
        default:
            ++o->failed;
            break;
        }
        if (r.attempted)
            o->attempt = std::max(o->attempt, item.attempts);
    }
    QSet<qint64> inBatch;
    for (const OutboxItem& item : items)
        inBatch.insert(item.actionId);
    for (BatchOutcome& o : m_unrecorded)
        if (inBatch.contains(o.actionId))
            ++o.batches;
    m_unrecordedMs += durationMs;
    const qint64 mono = m_clock.monotonicMs();
    if (m_unrecordedSince < 0)
        m_unrecordedSince = mono;
    if (!decisions && mono - m_unrecordedSince < m_config.recordEveryMs)
        return true;
    return flushBatches();
}

bool ChannelWorker::flushBatches()
{
    if (!m_recorder || m_unrecorded.isEmpty())
        return true;
    if (auto recorded = m_recorder->batch(m_channel, m_unrecorded, m_unrecordedMs); !recorded) {
        // Kept, to be recorded with the next ones.
        qCWarning(lcDispatch) << "batch of" << m_channel.id()
                              << "not recorded:" << recorded.errorMessage();
        return false;
    }
    m_unrecorded.clear();
    m_unrecordedMs = 0;
    m_unrecordedSince = -1;
    return true;
}

void ChannelWorker::measure(qint64 mono, int answered)
{
    std::lock_guard lock(m_statusMutex);
    if (answered > 0)
        m_samples.emplace_back(mono, answered);
    while (!m_samples.empty() && m_samples.front().first < mono - m_config.rateWindowMs)
        m_samples.pop_front();
    if (m_samples.empty()) {
        m_rate = -1;
        return;
    }
    qint64 n = 0;
    for (const auto& s : m_samples)
        n += s.second;
    // Over the time the samples span, but never less than a second: the first batch after a
    // pause would otherwise look infinitely fast.
    const qint64 span = std::max<qint64>(1000, mono - m_samples.front().first);
    m_rate = n * 1000.0 / double(span);
}

ChannelStatus ChannelWorker::status() const
{
    std::lock_guard lock(m_statusMutex);
    ChannelStatus s;
    s.channel = m_channel;
    s.ratePerSecond = m_rate;
    s.registerProblem = m_registerProblem;
    if (m_sender) {
        s.limitPerSecond = m_ratePerSecond;
        s.costPerMessage = m_descriptor.capabilities.costPerMessage;
    }
    if (!m_sender) {
        s.readiness = ChannelReadiness::NotConfigured;
    } else if (m_breakerOpen) {
        s.readiness = ChannelReadiness::BreakerOpen;
        s.detail = m_lastProblem;
    } else {
        s.readiness = ChannelReadiness::Ready;
    }
    return s;
}

qint64 ChannelWorker::sentCount() const
{
    std::lock_guard lock(m_statusMutex);
    return m_sent;
}

qint64 ChannelWorker::processOnce()
{
    if (!m_outbox || !m_sender || m_stopRequested)
        return -1;
    // What was sent is written before anything new is claimed.
    if (!flushPendingResults())
        return registerTrouble(QStringLiteral("cannot write send results yet"));
    applyReports();
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    const qint64 mono = m_clock.monotonicMs();
    if (m_config.staleAfterMs > 0)
        if (auto last = m_outbox->lastId(); last)
            m_clockJumps.observe(nowMs, mono, *last);
    sweepStale(nowMs, mono);
    sweepLeases(nowMs, mono);
    noteBreaker(mono); // an open breaker whose cooldown ran out lets one trial through now
    measure(mono, 0);
    qint64 wait = -1;
    auto due = m_outbox->dueAt(m_channel);
    if (!due) {
        wait = registerTrouble(due.errorMessage());
    } else if (!*due) {
        wait = -1;
    } else if (**due > nowMs) {
        wait = **due - nowMs;
    } else if (!m_breaker.allows(mono)) {
        wait = std::max<qint64>(1, m_breaker.openUntil() - mono);
    } else {
        int n = m_config.batchSize;
        if (m_breaker.trialOnly(mono))
            n = std::min(n, 1);
        wait = 0;
        const qint64 batchStart = m_clock.monotonicMs();
        ClaimTerms terms;
        terms.claimant = m_claimant;
        terms.leaseMs = m_config.leaseMs;
        terms.ratePerSecond = m_ratePerSecond;
        terms.burst = m_burst;
        auto claimedBatch = m_outbox->claim(m_channel, nowMs, n, terms);
        if (!claimedBatch) {
            wait = registerTrouble(QStringLiteral("claim failed: ") + claimedBatch.errorMessage());
            // A claim whose commit went through unanswered left rows in our name: they were
            // never sent, so they go back to the queue (now, if the register answers again).
            m_lastLeaseSweepMono = -1;
        } else if (claimedBatch->items.empty() && claimedBatch->waitMs > 0) {
            m_troubles = 0;
            noteRegister({});
            wait = claimedBatch->waitMs; // the register's rate for this channel is used up
        } else {
            m_troubles = 0;
            noteRegister({});
            const std::vector<OutboxItem>* claimed = &claimedBatch->items;
            std::vector<qint64> claimedIds;
            claimedIds.reserve(claimed->size());
            for (const OutboxItem& item : *claimed)
                claimedIds.push_back(item.id);
            std::vector<OutboxResult> results;
            results.reserve(claimed->size());
            bool holdBack = false; // the breaker opened or the lease was lost: the rest goes
                                   // back unsent
            int answered = 0;
            qint64 renewedMono = m_clock.monotonicMs();
            for (const OutboxItem& item : *claimed) {
                m_countsPending.insert(item.actionId);
                // A slow gateway: the claim is renewed while the batch lasts. A lease that
                // cannot be renewed (the register is away, or another worker already took the
                // rows as ours ran out) ends the batch: what is not sent yet is not sent.
                if (!holdBack && m_clock.monotonicMs() - renewedMono >= m_config.leaseMs / 3) {
                    renewedMono = m_clock.monotonicMs();
                    auto held = m_outbox->renewLeases(claimedIds, m_claimant, m_config.leaseMs);
                    if (!held)
                        noteRegister(QStringLiteral("lease renewal failed: ") +
                                     held.errorMessage());
                    if (!held || *held < qint64(claimedIds.size())) {
                        qCWarning(lcDispatch)
                            << m_channel.id() << "lease on the batch lost; the rest goes back";
                        holdBack = true;
                    }
                }
                if (!holdBack && !m_stopRequested && !awaitPace())
                    holdBack = true; // stopped, or the clock stands still: the rest goes back
                if (holdBack || m_stopRequested) {
                    OutboxResult r;
                    r.id = item.id;
                    r.state = OutboxState::Queued;
                    r.attempted = false;
                    r.nextAttemptAt = nowMs;
                    results.push_back(r);
                    continue;
                }
                results.push_back(sendOne(item, nowMs, &holdBack));
                if (results.back().attempted) {
                    ++answered;
                    m_pace.take(1);
                }
                noteBreaker(m_clock.monotonicMs());
            }
            if (!recordBatch(*claimed, results, m_clock.monotonicMs() - batchStart)) {
                // The sends have happened: their results still reach the outbox (a row left
                // `sending` would turn uncertain). Only holding a row back as stale waits
                // for its record: the row goes back to the queue, to be held back later.
                for (size_t i = 0; i < results.size(); ++i) {
                    OutboxResult& r = results[i];
                    if (r.state != OutboxState::Stale)
                        continue;
                    r.state = OutboxState::Queued;
                    r.attempted = false;
                    r.nextAttemptAt = nowMs + m_config.idlePollMs;
                    for (BatchOutcome& o : m_unrecorded)
                        if (o.actionId == (*claimed)[i].actionId) {
                            --o.stale;
                            ++o.requeued;
                        }
                }
            }
            if (auto done =
                    m_outbox->complete(results, m_clock.nowUtc().toMSecsSinceEpoch(), m_claimant);
                !done) {
                // Kept and written first thing next time, on a new connection if need be.
                m_pendingResults = std::move(results);
                wait = registerTrouble(QStringLiteral("recording results failed: ") +
                                       done.errorMessage());
            } else {
                noteRegister({});
            }
            measure(m_clock.monotonicMs(), answered);
            if (claimed->empty())
                wait = m_config.idlePollMs;
        }
    }
    // Nothing more to send now, or a second's batches gathered: recorded.
    if (!m_unrecorded.isEmpty() &&
        (wait < 0 || m_clock.monotonicMs() - m_unrecordedSince >= m_config.recordEveryMs))
        (void)flushBatches();
    if (!m_countsPending.isEmpty())
        Q_EMIT progressed(QList<qint64>(m_countsPending.cbegin(), m_countsPending.cend()));
    postCounts(wait != 0);
    return wait;
}

void ChannelWorker::postCounts(bool finalPass)
{
    const qint64 mono = m_clock.monotonicMs();
    for (auto it = m_countsPending.begin(); it != m_countsPending.end();) {
        const qint64 id = *it;
        if (!finalPass && mono - m_countsPostedAt.value(id, -1'000'000) < m_config.countsEveryMs) {
            ++it;
            continue;
        }
        if (auto counts = m_outbox->counts(id, m_channel); counts)
            Q_EMIT countsChanged(id, m_channel, *counts);
        m_countsPostedAt.insert(id, mono);
        it = m_countsPending.erase(it);
    }
}

void ChannelWorker::start(const DatabaseSpec& spec)
{
    m_stopRequested = false;
    m_spec = spec;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ChannelWorker::wake);
    }
    wake();
}

void ChannelWorker::scheduleNext(qint64 waitMs)
{
    if (!m_timer)
        return;
    const qint64 ms = waitMs < 0 ? m_config.idlePollMs : std::min(waitMs, m_config.idlePollMs);
    m_timer->start(int(ms));
}

void ChannelWorker::wake()
{
    if (!m_timer)
        return;
    // The register may be away when the worker starts (a failover, a restart): it keeps trying
    // rather than leaving its channel without a worker for the rest of the session.
    if (!m_outbox) {
        if (auto opened = open(m_spec); !opened) {
            m_timer->start(int(registerTrouble(QStringLiteral("worker cannot open the register "
                                                              "yet: ") +
                                               opened.errorMessage())));
            return;
        }
    }
    scheduleNext(processOnce());
}

void ChannelWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    if (!flushPendingResults())
        qCWarning(lcDispatch) << m_channel.id() << m_pendingResults.size()
                              << "send results could not be written; those rows become "
                                 "uncertain when their lease runs out";
    (void)flushBatches();
    delete m_timer;
    m_timer = nullptr;
    m_outbox.reset();
    m_actions.reset();
    m_ownDb.reset();
}

} // namespace burgernet
