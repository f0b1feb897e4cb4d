#include "app/dispatch/Outbox.h"

#include "app/dispatch/ChannelSender.h"
#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace burgernet {

namespace {

Error failed(const QSqlQuery& query, const QString& what)
{
    return Error{QStringLiteral("%1: %2").arg(what, query.lastError().text())};
}

QString idList(const std::vector<qint64>& ids, size_t from, size_t to)
{
    QString list;
    for (size_t i = from; i < to; ++i) {
        if (i > from)
            list += QLatin1Char(',');
        list += QString::number(ids[i]);
    }
    return list;
}

// Enum ids and channel ids are plain tokens ([a-z0-9_-]), so they can go into SQL text as
// literals: a statement per state list would otherwise need a bind value per element.
template <typename E>
QString quotedIds(const QList<E>& values)
{
    QStringList out;
    for (const E& v : values)
        out << QLatin1Char('\'') + enumId(v) + QLatin1Char('\'');
    return out.join(QLatin1Char(','));
}

QString sqlLiteral(const Channel& channel)
{
    // Channel::fromId only accepts [a-z0-9-]; built-in ids are fixed.
    return QLatin1Char('\'') + channel.id() + QLatin1Char('\'');
}

QString addressFor(const Channel& channel, const QString& mobile, const QString& phone,
                   const QString& email)
{
    if (channel.is(BuiltinChannel::Sms))
        return mobile;
    if (channel.is(BuiltinChannel::Voice))
        return phone.isEmpty() ? mobile : phone;
    if (channel.is(BuiltinChannel::Email))
        return email;
    return {};
}

} // namespace

Outbox::Outbox(Database& db)
    : m_db(db)
{}

namespace {
bool isLanguageId(const QString& id)
{
    return id.size() >= 2 && id.size() <= 8 &&
           std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}
} // namespace

Status Outbox::enqueue(qint64 actionId, qint64 messageId, MessageType type, bool urgent,
                       const std::vector<OutboxEntry>& entries, qint64 nowMs, qint64 dueMs)
{
    // Many rows per statement with the values in the text: 100,000 recipients are one
    // dispatch, and binding a QVariant per value would be most of the cost.
    constexpr size_t kRowsPerStatement = 500;
    QSqlQuery q(m_db.connection());
    const QString head = QStringLiteral(
        "INSERT INTO outbox (action_id, message_id, message_type, urgent, channel, "
        "participant_id, language, state, attempts, next_attempt_at, created_at, updated_at) "
        "VALUES ");
    const QString common = QStringLiteral("%1,%2,'%3',%4,")
                               .arg(actionId)
                               .arg(messageId)
                               .arg(enumId(type))
                               .arg(urgent ? 1 : 0);
    const QString tail =
        QStringLiteral(",'queued',0,%1,%2,%2)").arg(std::max(nowMs, dueMs)).arg(nowMs);
    for (size_t start = 0; start < entries.size(); start += kRowsPerStatement) {
        const size_t end = std::min(entries.size(), start + kRowsPerStatement);
        QString sql = head;
        sql.reserve(head.size() + int(end - start) * 90);
        for (size_t i = start; i < end; ++i) {
            const OutboxEntry& e = entries[i];
            if (!e.channel.isValid() || !isLanguageId(e.language))
                return Error{tr("Invalid channel or language in the outbox.")};
            if (i > start)
                sql += QLatin1Char(',');
            sql +=
                QLatin1Char('(') + common + sqlLiteral(e.channel) + QLatin1Char(',') +
                (e.participantId > 0 ? QString::number(e.participantId) : QStringLiteral("NULL")) +
                QStringLiteral(",'") + e.language + QLatin1Char('\'') + tail;
        }
        if (!q.exec(sql))
            return failed(q, tr("Cannot write the outbox"));
    }
    return {};
}

QString Outbox::claimantOrDefault(const QString& claimant) const
{
    return claimant.isEmpty() ? Database::processInstance() : claimant;
}

Result<std::vector<OutboxItem>> Outbox::claim(const Channel& channel, qint64 nowMs, int limit)
{
    auto batch = claim(channel, nowMs, limit, ClaimTerms{});
    if (!batch)
        return batch.error();
    return std::move(batch->items);
}

Result<ClaimedBatch> Outbox::claim(const Channel& channel, qint64 nowMs, int limit,
                                   const ClaimTerms& terms)
{
    QSqlDatabase db = m_db.connection();
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{tr("Cannot claim outbox rows: %1").arg(transaction.errorMessage())};
    QSqlQuery q(db);
    const bool pg = m_db.kind() == DatabaseKind::PostgreSql;
    ClaimedBatch batch;

    // The channel's bucket is shared by every workstation: its row is locked for the length of
    // this short transaction, and the tokens not used by the rows found go back at the end.
    const bool limited = terms.ratePerSecond > 0;
    const int burst = std::max(1, terms.burst);
    double tokens = 0;
    qint64 refilledAt = nowMs;
    if (limited) {
        q.prepare(QStringLiteral("INSERT INTO dispatch_rates (channel, tokens, refilled_at) "
                                 "VALUES (?, ?, ?) ON CONFLICT (channel) DO NOTHING"));
        q.addBindValue(channel.id());
        q.addBindValue(double(burst));
        q.addBindValue(nowMs);
        if (!q.exec())
            return failed(q, tr("Cannot read the channel's rate"));
        q.prepare(QStringLiteral("SELECT tokens, refilled_at FROM dispatch_rates WHERE channel = "
                                 "?%1")
                      .arg(pg ? QStringLiteral(" FOR UPDATE") : QString()));
        q.addBindValue(channel.id());
        if (!q.exec() || !q.next())
            return failed(q, tr("Cannot read the channel's rate"));
        tokens = q.value(0).toDouble();
        refilledAt = q.value(1).toLongLong();
        // Clocks of several workstations differ a little: time only ever moves forward here,
        // so that no clock behind the others takes tokens twice.
        if (nowMs > refilledAt) {
            tokens += double(nowMs - refilledAt) * terms.ratePerSecond / 1000.0;
            refilledAt = nowMs;
        }
        tokens = std::min(tokens, double(burst));
        limit = std::min(limit, int(std::max(0.0, tokens)));
        if (limit <= 0) {
            batch.waitMs = std::max<qint64>(
                1, qint64(std::ceil((1.0 - tokens) * 1000.0 / terms.ratePerSecond)));
            return batch; // rolled back: nothing changed
        }
    }

    // Several workstations may share one PostgreSQL register: skip rows another one holds.
    q.prepare(QStringLiteral("SELECT id FROM outbox WHERE state = 'queued' AND channel = ? AND "
                             "next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT %1%2")
                  .arg(limit)
                  .arg(pg ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()));
    q.addBindValue(channel.id());
    q.addBindValue(nowMs);
    if (!q.exec())
        return failed(q, tr("Cannot read the outbox"));
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    if (ids.empty())
        return batch;
    const QString list = idList(ids, 0, ids.size());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                             "claimed_by = ?, lease_until = %1 + %2, updated_at = %3 WHERE id IN "
                             "(%4)")
                  .arg(m_db.nowMsSql())
                  .arg(terms.leaseMs)
                  .arg(nowMs)
                  .arg(list));
    q.addBindValue(claimantOrDefault(terms.claimant));
    if (!q.exec())
        return failed(q, tr("Cannot mark outbox rows as sending"));
    if (limited) {
        q.prepare(QStringLiteral(
            "UPDATE dispatch_rates SET tokens = ?, refilled_at = ? WHERE channel = ?"));
        q.addBindValue(tokens - double(ids.size()));
        q.addBindValue(refilledAt);
        q.addBindValue(channel.id());
        if (!q.exec())
            return failed(q, tr("Cannot write the channel's rate"));
    }
    if (!q.exec(QStringLiteral(
                    "SELECT o.id, o.action_id, o.message_id, o.message_type, o.participant_id, "
                    "o.language, o.attempts, a.mode, o.urgent, o.decided, o.created_at, p.mobile, "
                    "p.phone, p.email, p.pseudonym, p.status FROM outbox o JOIN actions a ON a.id "
                    "= o.action_id LEFT JOIN participants p ON p.id = o.participant_id WHERE o.id "
                    "IN (%1) ORDER BY o.next_attempt_at, o.id")
                    .arg(list)))
        return failed(q, tr("Cannot read the outbox"));
    std::vector<OutboxItem>& items = batch.items;
    items.reserve(ids.size());
    while (q.next()) {
        OutboxItem item;
        item.id = q.value(0).toLongLong();
        item.actionId = q.value(1).toLongLong();
        item.messageId = q.value(2).toLongLong();
        enumFromId(q.value(3).toString(), &item.messageType);
        item.channel = channel;
        item.participantId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
        item.language = q.value(5).toString();
        item.attempts = q.value(6).toInt();
        enumFromId(q.value(7).toString(), &item.mode);
        item.urgent = q.value(8).toInt() != 0;
        item.decided = q.value(9).toInt() != 0;
        item.createdAtMs = q.value(10).toLongLong();
        if (item.participantId > 0) {
            item.pseudonym = q.value(14).toString();
            item.participantGone =
                q.value(14).isNull() || q.value(15).toString() == QLatin1String("unsubscribed");
            item.address = addressFor(channel, q.value(11).toString(), q.value(12).toString(),
                                      q.value(13).toString());
        }
        items.push_back(std::move(item));
    }
    // The `sending` mark must be on disk before the first send: that is what makes a crash
    // visible as `uncertain` instead of a silent second send.
    if (auto committed = transaction.commit(); !committed)
        return Error{tr("Cannot claim outbox rows: %1").arg(committed.errorMessage())};
    return batch;
}

Result<qint64> Outbox::renewLeases(const std::vector<qint64>& ids, const QString& claimant,
                                   qint64 leaseMs)
{
    if (ids.empty())
        return qint64(0);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET lease_until = %1 + %2 WHERE claimed_by = ? AND "
                             "state = 'sending' AND id IN (%3)")
                  .arg(m_db.nowMsSql())
                  .arg(leaseMs)
                  .arg(idList(ids, 0, ids.size())));
    q.addBindValue(claimantOrDefault(claimant));
    if (!q.exec())
        return failed(q, tr("Cannot renew the claim on outbox rows"));
    return q.numRowsAffected();
}

Result<qint64> Outbox::releaseClaims(const Channel& channel, const QString& claimant)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', attempts = attempts - 1, "
                             "claimed_by = NULL, lease_until = 0 WHERE state = 'sending' AND "
                             "channel = ? AND claimed_by = ?"));
    q.addBindValue(channel.id());
    q.addBindValue(claimantOrDefault(claimant));
    if (!q.exec())
        return failed(q, tr("Cannot hand back outbox rows"));
    return q.numRowsAffected();
}

Result<QHash<qint64, qint64>> Outbox::expireLeases(const Channel& channel, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    // One cut-off for both statements: a lease renewed in between is not taken.
    if (!q.exec(QStringLiteral("SELECT %1").arg(m_db.nowMsSql())) || !q.next())
        return failed(q, tr("Cannot read the database's clock"));
    const qint64 cutoff = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT action_id, COUNT(*) FROM outbox WHERE state = 'sending' AND "
                             "channel = ? AND lease_until < ? GROUP BY action_id"));
    q.addBindValue(channel.id());
    q.addBindValue(cutoff);
    if (!q.exec())
        return failed(q, tr("Cannot read the outbox"));
    QHash<qint64, qint64> byAction;
    while (q.next())
        byAction.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    if (byAction.isEmpty())
        return byAction;
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'uncertain', last_error = 'lease ran out "
                             "while sending', updated_at = ? WHERE state = 'sending' AND channel "
                             "= ? AND lease_until < ?"));
    q.addBindValue(nowMs);
    q.addBindValue(channel.id());
    q.addBindValue(cutoff);
    if (!q.exec())
        return failed(q, tr("Cannot mark outbox rows as uncertain"));
    return byAction;
}

Status Outbox::complete(const std::vector<OutboxResult>& results, qint64 nowMs,
                        const QString& claimant)
{
    if (results.empty())
        return {};
    QSqlDatabase db = m_db.connection();
    SqlTransaction transaction(db, SqlTransaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{tr("Cannot record send results: %1").arg(transaction.errorMessage())};
    QSqlQuery q(db);
    const QString owner = claimantOrDefault(claimant);
    // Only the claimant's rows, still sending, or made uncertain by another worker because the
    // lease ran out meanwhile: the true result replaces the guess. A row a person decided on
    // since has another state (or another claimant) and keeps it.
    const QString mine = QStringLiteral("claimed_by = ? AND state IN ('sending', 'uncertain')");
    // The common case (accepted, no gateway id to keep) in one statement per outcome; the rest
    // row by row.
    QMap<OutboxState, std::vector<qint64>> plain;
    std::vector<const OutboxResult*> individual;
    for (const OutboxResult& r : results) {
        if (r.attempted && r.providerId.isEmpty() && r.error.isEmpty() && r.nextAttemptAt == 0 &&
            r.reach < 0)
            plain[r.state].push_back(r.id);
        else
            individual.push_back(&r);
    }
    for (auto it = plain.cbegin(); it != plain.cend(); ++it) {
        q.prepare(QStringLiteral("UPDATE outbox SET state = '%1', next_attempt_at = %2, "
                                 "updated_at = %2 WHERE %3 AND id IN (%4)")
                      .arg(enumId(it.key()))
                      .arg(nowMs)
                      .arg(mine)
                      .arg(idList(it.value(), 0, it.value().size())));
        q.addBindValue(owner);
        if (!q.exec())
            return failed(q, tr("Cannot record send results"));
    }
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts - ?, next_attempt_at = ?, "
                       "provider_id = COALESCE(?, provider_id), last_error = ?, updated_at = ? "
                       "WHERE id = ? AND %1")
            .arg(mine));
    for (const OutboxResult* row : individual) {
        const OutboxResult& r = *row;
        q.bindValue(0, enumId(r.state));
        q.bindValue(1, r.attempted ? 0 : 1);
        q.bindValue(2, r.nextAttemptAt > 0 ? r.nextAttemptAt : nowMs);
        q.bindValue(3, r.providerId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(r.providerId));
        q.bindValue(4, r.error.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(r.error.left(500)));
        q.bindValue(5, nowMs);
        q.bindValue(6, r.id);
        q.bindValue(7, owner);
        if (!q.exec())
            return failed(q, tr("Cannot record send results"));
    }
    for (const OutboxResult* row : individual) {
        if (row->reach < 0 || row->actionId <= 0)
            continue;
        QSqlQuery event(db);
        event.prepare(QStringLiteral("INSERT INTO action_events (action_id, at, actor, event, "
                                     "detail) VALUES (?, ?, 'system', 'platform-reach', ?)"));
        event.addBindValue(row->actionId);
        event.addBindValue(nowMs);
        event.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("channel"), row->channel.id()},
                                      {QStringLiteral("reach"), row->reach}})
                .toJson(QJsonDocument::Compact)));
        if (!event.exec())
            return failed(event, tr("Cannot record send results"));
    }
    return transaction.commit();
}

Result<std::vector<FailedRow>> Outbox::failedRows(qint64 actionId,
                                                  const std::optional<Channel>& channel) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "SELECT o.id, o.channel, o.message_type, p.pseudonym, p.mobile, p.phone, "
                  "p.email, o.last_error, o.attempts, o.updated_at FROM outbox o LEFT JOIN "
                  "participants p ON p.id = o.participant_id WHERE o.action_id = ? AND o.state = "
                  "'%1'%2 ORDER BY o.channel, o.id")
                  .arg(enumId(OutboxState::Failed),
                       channel ? QStringLiteral(" AND o.channel = ?") : QString()));
    q.addBindValue(actionId);
    if (channel)
        q.addBindValue(channel->id());
    if (!q.exec())
        return failed(q, tr("Cannot read the failed messages"));
    std::vector<FailedRow> rows;
    while (q.next()) {
        FailedRow r;
        r.id = q.value(0).toLongLong();
        r.channel = Channel::fromId(q.value(1).toString()).value_or(Channel());
        enumFromId(q.value(2).toString(), &r.messageType);
        r.pseudonym = q.value(3).toString();
        r.address = addressFor(r.channel, q.value(4).toString(), q.value(5).toString(),
                               q.value(6).toString());
        r.reason = q.value(7).toString();
        r.attempts = q.value(8).toInt();
        r.updatedAtMs = q.value(9).toLongLong();
        rows.push_back(std::move(r));
    }
    return rows;
}

Status Outbox::applyDeliveryReport(const DeliveryReport& report, qint64 nowMs,
                                   const Channel& channel)
{
    if (report.status == DeliveryReport::Status::Buffered)
        return {};
    QSqlQuery q(m_db.connection());
    const bool byId = !report.messageId.isEmpty();
    const bool delivered = report.status == DeliveryReport::Status::Delivered;
    // A report may also settle an uncertain row: the gateway did take it. Delivered wins in
    // whatever order the reports come: the person has the message, and a failed row would be
    // offered for sending again.
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, updated_at = ? "
                             "WHERE %1 = ? AND channel = %2 AND state IN (%3)")
                  .arg(byId ? QStringLiteral("id") : QStringLiteral("provider_id"),
                       sqlLiteral(channel),
                       delivered ? QStringLiteral("'sent', 'uncertain', 'delivered', 'failed'")
                                 : QStringLiteral("'sent', 'uncertain'")));
    q.addBindValue(enumId(delivered ? OutboxState::Delivered : OutboxState::Failed));
    q.addBindValue(delivered ? QVariant(QMetaType::fromType<QString>())
                             : QVariant(report.detail.left(500)));
    q.addBindValue(nowMs);
    q.addBindValue(byId ? QVariant(report.messageId.toLongLong()) : QVariant(report.providerId));
    if (!q.exec())
        return failed(q, tr("Cannot record a delivery report"));
    return {};
}

Result<qint64> Outbox::markStale(qint64 nowMs, qint64 staleBeforeMs,
                                 const std::optional<Channel>& channel,
                                 const QString& createdAtShift)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("UPDATE outbox SET state = 'stale', updated_at = %1 WHERE state = "
                           "'queued'%3 AND urgent = 1 AND decided = 0 AND created_at%4 < %2")
                .arg(nowMs)
                .arg(staleBeforeMs)
                .arg(channel ? QStringLiteral(" AND channel = ") + sqlLiteral(*channel) : QString(),
                     createdAtShift.isEmpty() ? QString()
                                              : QStringLiteral(" + ") + createdAtShift)))
        return failed(q, tr("Cannot hold back stale messages"));
    return q.numRowsAffected();
}

Result<QHash<qint64, qint64>> Outbox::markStaleByAction(qint64 nowMs, qint64 staleBeforeMs,
                                                        const Channel& channel,
                                                        const QString& createdAtShift)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT action_id, COUNT(*) FROM outbox WHERE state = 'queued' AND "
                               "channel = %1 AND urgent = 1 AND decided = 0 AND created_at%3 < %2 "
                               "GROUP BY action_id")
                    .arg(sqlLiteral(channel))
                    .arg(staleBeforeMs)
                    .arg(createdAtShift.isEmpty() ? QString()
                                                  : QStringLiteral(" + ") + createdAtShift)))
        return failed(q, tr("Cannot hold back stale messages"));
    QHash<qint64, qint64> byAction;
    qint64 counted = 0;
    while (q.next()) {
        byAction.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        counted += q.value(1).toLongLong();
    }
    q.finish();
    if (byAction.isEmpty())
        return byAction;
    auto moved = markStale(nowMs, staleBeforeMs, channel, createdAtShift);
    if (!moved)
        return moved.error();
    if (*moved != counted)
        return Error{tr("Stale messages changed while they were held back; nothing was moved.")};
    return byAction;
}

Result<std::pair<qint64, qint64>> Outbox::recover(qint64 nowMs, qint64 staleBeforeMs)
{
    QSqlQuery q(m_db.connection());
    // A SQLite register has one dispatching process (its claims hold the file's write lock), so
    // whatever is `sending` at a start was interrupted. On a shared PostgreSQL register only rows
    // whose lease ran out are: the others belong to workers still running elsewhere.
    const bool shared = m_db.kind() == DatabaseKind::PostgreSql;
    if (!q.exec(
            QStringLiteral("UPDATE outbox SET state = 'uncertain', last_error = "
                           "'interrupted while sending', updated_at = %1 WHERE state = "
                           "'sending'%2")
                .arg(nowMs)
                .arg(shared ? QStringLiteral(" AND lease_until < ") + m_db.nowMsSql() : QString())))
        return failed(q, tr("Cannot recover the outbox"));
    const qint64 uncertain = q.numRowsAffected();
    auto stale = markStale(nowMs, staleBeforeMs);
    if (!stale)
        return stale.error();
    return std::pair{uncertain, *stale};
}

Result<qint64> Outbox::move(qint64 actionId, OutboxState from, OutboxState to, qint64 nowMs,
                            const std::optional<Channel>& channel)
{
    QSqlQuery q(m_db.connection());
    // Back to the queue by a person's decision: a fresh start for the retry policy, and not held
    // back as stale again.
    const bool requeue = to == OutboxState::Queued;
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?%1 WHERE action_id = ? "
                             "AND state = ?%2")
                  .arg(requeue ? QStringLiteral(", attempts = 0, decided = 1, next_attempt_at = %1")
                                     .arg(nowMs)
                               : QString(),
                       channel ? QStringLiteral(" AND channel = ?") : QString()));
    q.addBindValue(enumId(to));
    q.addBindValue(nowMs);
    q.addBindValue(actionId);
    q.addBindValue(enumId(from));
    if (channel)
        q.addBindValue(channel->id());
    if (!q.exec())
        return failed(q, tr("Cannot change outbox rows"));
    return q.numRowsAffected();
}

Result<OutboxCounts> Outbox::counts(qint64 actionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT channel, state, COUNT(*) FROM outbox WHERE action_id = ? "
                             "GROUP BY channel, state"));
    q.addBindValue(actionId);
    if (!q.exec())
        return failed(q, tr("Cannot count the outbox"));
    OutboxCounts counts;
    while (q.next()) {
        const auto channel = Channel::fromId(q.value(0).toString());
        const auto state = enumFromId<OutboxState>(q.value(1).toString());
        if (channel && state)
            counts[*channel][*state] = q.value(2).toLongLong();
    }
    return counts;
}

Result<StateCounts> Outbox::counts(qint64 actionId, const Channel& channel) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT state, COUNT(*) FROM outbox WHERE action_id = ? AND channel "
                             "= ? GROUP BY state"));
    q.addBindValue(actionId);
    q.addBindValue(channel.id());
    if (!q.exec())
        return failed(q, tr("Cannot count the outbox"));
    StateCounts counts;
    while (q.next())
        if (const auto state = enumFromId<OutboxState>(q.value(0).toString()))
            counts[*state] = q.value(1).toLongLong();
    return counts;
}

Result<std::optional<qint64>> Outbox::dueAt(const Channel& channel) const
{
    // Asked per channel, so that the database answers MIN() from the index instead of walking
    // every queued row.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'queued' AND "
                             "channel = ?"));
    q.addBindValue(channel.id());
    if (!q.exec())
        return failed(q, tr("Cannot read the outbox"));
    if (q.next() && !q.value(0).isNull())
        return std::optional<qint64>(q.value(0).toLongLong());
    return std::optional<qint64>();
}

Result<std::vector<qint64>> Outbox::participants(qint64 actionId, const Channel& channel,
                                                 const QList<MessageType>& types,
                                                 const QList<OutboxState>& states) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT participant_id FROM outbox WHERE action_id = ? AND "
                             "channel = ? AND participant_id IS NOT NULL AND message_type IN "
                             "(%1) AND state IN (%2)")
                  .arg(quotedIds(types), quotedIds(states)));
    q.addBindValue(actionId);
    q.addBindValue(channel.id());
    if (!q.exec())
        return failed(q, tr("Cannot read the outbox"));
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

Result<QHash<qint64, int>> Outbox::alertsSince(const std::vector<qint64>& participantIds,
                                               qint64 sinceMs) const
{
    QHash<qint64, int> counts;
    QSqlQuery q(m_db.connection());
    constexpr size_t kChunk = 900;
    for (size_t start = 0; start < participantIds.size(); start += kChunk) {
        const size_t end = std::min(participantIds.size(), start + kChunk);
        if (!q.exec(QStringLiteral("SELECT participant_id, COUNT(DISTINCT action_id) FROM outbox "
                                   "WHERE message_type = 'alert' AND created_at >= %1 AND state "
                                   "NOT IN ('cancelled', 'dropped', 'failed') AND participant_id "
                                   "IN (%2) GROUP BY participant_id")
                        .arg(sinceMs)
                        .arg(idList(participantIds, start, end))))
            return failed(q, tr("Cannot count earlier messages"));
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return counts;
}

Result<bool> Outbox::hasPendingWork(qint64 actionId, const std::optional<MessageType>& type) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE action_id = ? AND state IN ('queued', "
                             "'sending')%1 LIMIT 1")
                  .arg(type ? QStringLiteral(" AND message_type = ?") : QString()));
    q.addBindValue(actionId);
    if (type)
        q.addBindValue(enumId(*type));
    if (!q.exec())
        return failed(q, tr("Cannot read the outbox"));
    return q.next();
}

Result<QHash<qint64, QString>> Outbox::alertLanguages(qint64 actionId) const
{
    QHash<qint64, QString> languages;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT participant_id, language FROM outbox WHERE action_id = ? AND "
                             "message_type = 'alert' AND participant_id IS NOT NULL"));
    q.addBindValue(actionId);
    if (!q.exec())
        return failed(q, tr("Cannot read the outbox"));
    while (q.next())
        languages.insert(q.value(0).toLongLong(), q.value(1).toString());
    return languages;
}

Result<qint64> Outbox::lastId() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM outbox")) || !q.next())
        return failed(q, tr("Cannot read the outbox"));
    return q.value(0).toLongLong();
}

} // namespace burgernet
