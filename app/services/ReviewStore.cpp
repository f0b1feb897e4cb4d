#include "app/services/ReviewStore.h"

#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace burgernet {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kMinuteMs = 60'000;
const QString kReached = QStringLiteral("('sent', 'delivered')");

Error failed(const QSqlQuery& q, const QString& what)
{
    return Error{ReviewStore::tr("Review (%1): %2").arg(what, q.lastError().text())};
}

Result<QSqlQuery> run(Database& db, const QString& sql, const QVariantList& values,
                      const QString& what)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failed(q, what);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed(q, what);
    return q;
}

QDateTime timeOf(const QVariant& v)
{
    if (v.isNull() || v.toLongLong() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Histogram bars in minutes; the last one is open.
QList<DelayBucket> bars(std::initializer_list<int> edges)
{
    QList<DelayBucket> out;
    const std::vector<int> e(edges);
    for (std::size_t i = 0; i < e.size(); ++i)
        out.append({e[i], i + 1 < e.size() ? e[i + 1] : -1, 0});
    return out;
}

void addTo(QList<DelayBucket>& buckets, qint64 value, qint64 n)
{
    for (DelayBucket& b : buckets)
        if (value >= b.lowMinutes && (b.highMinutes < 0 || value < b.highMinutes)) {
            b.count += n;
            return;
        }
}

// The area size bucket in SQL: -1 unknown, then one per bound of ReviewStats::sizeBuckets().
QString sizeBucketSql()
{
    QString sql = QStringLiteral("CASE WHEN r.area_m2 IS NULL THEN -1");
    const QList<double> bounds = ReviewStats::sizeBuckets();
    for (qsizetype i = 0; i < bounds.size(); ++i)
        sql += QStringLiteral(" WHEN r.area_m2 < %1 THEN %2").arg(qint64(bounds[i] * 1e6)).arg(i);
    return sql + QStringLiteral(" ELSE %1 END").arg(bounds.size());
}

QString isoWeek(const QDate& d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace

ReviewStore::ReviewStore(Database& db)
    : m_db(db)
{}

ReviewStore::Where ReviewStore::whereOf(const ReviewFilter& f, Mode mode, qint64 onlyId)
{
    Where w;
    // Only actions whose alert went out: a draft withdrawn before sending reached nobody.
    QStringList parts{QStringLiteral("a.mode = ?"), QStringLiteral("a.sent_at IS NOT NULL")};
    w.values << enumId(mode);
    if (onlyId) {
        parts << QStringLiteral("a.id = ?");
        w.values << onlyId;
    }
    if (f.from.isValid()) {
        parts << QStringLiteral("a.created_at >= ?");
        w.values << f.from.toMSecsSinceEpoch();
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("a.created_at < ?");
        w.values << f.to.toMSecsSinceEpoch();
    }
    if (f.incident) {
        parts << QStringLiteral("a.incident_type = ?");
        w.values << enumId(*f.incident);
    }
    if (f.outcome) {
        parts << QStringLiteral("COALESCE(a.outcome, 'none') = ?");
        w.values << enumId(*f.outcome);
    }
    if (f.kind) {
        parts << QStringLiteral("a.kind = ?");
        w.values << enumId(*f.kind);
    }
    if (!f.dispatcher.isEmpty()) {
        parts << QStringLiteral("a.author = ?");
        w.values << f.dispatcher;
    }
    if (!f.workstation.isEmpty()) {
        parts << QStringLiteral("a.workstation = ?");
        w.values << f.workstation;
    }
    w.sql = parts.join(QStringLiteral(" AND "));
    return w;
}

Result<QList<ReviewRow>> ReviewStore::overview(const ReviewFilter& filter, Mode mode,
                                               int limit) const
{
    return rowsOf(whereOf(filter, mode), filter.closingLimitMinutes, limit);
}

Result<QList<ReviewRow>> ReviewStore::rowsOf(const Where& w, int closingLimitMinutes,
                                             int limit) const
{
    auto q = run(m_db,
                 QStringLiteral(
                     "SELECT a.id, a.kind, a.incident_type, a.mode, a.state, a.outcome, a.author, "
                     "a.created_at, a.sent_at, a.closed_at, r.area_kind, r.area_m2, r.radius_m, "
                     "a.area_geojson, t.n, t.useful, t.first_at, a.workstation "
                     "FROM actions a "
                     "LEFT JOIN review_actions r ON r.action_id = a.id "
                     "LEFT JOIN (SELECT action_id, COUNT(*) AS n, SUM(useful) AS useful, "
                     "MIN(at) AS first_at FROM action_tips GROUP BY action_id) t "
                     "ON t.action_id = a.id WHERE ") +
                     w.sql + QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC LIMIT ?"),
                 w.values + QVariantList{limit}, QStringLiteral("overview"));
    if (!q)
        return q.error();
    QList<ReviewRow> rows;
    const qint64 limitMs = qint64(closingLimitMinutes) * kMinuteMs;
    while (q->next()) {
        ReviewRow r;
        r.id = q->value(0).toLongLong();
        enumFromId(q->value(1).toString(), &r.kind);
        enumFromId(q->value(2).toString(), &r.incident);
        enumFromId(q->value(3).toString(), &r.mode);
        enumFromId(q->value(4).toString(), &r.state);
        enumFromId(q->value(5).toString(), &r.outcome);
        r.author = q->value(6).toString();
        r.workstation = q->value(17).toString();
        r.createdAt = timeOf(q->value(7));
        r.sentAt = timeOf(q->value(8));
        r.closedAt = timeOf(q->value(9));
        if (!q->value(10).isNull()) {
            r.areaKind = q->value(10).toString() == QLatin1String("circle")
                             ? GeoArea::Kind::Circle
                             : GeoArea::Kind::Polygon;
            r.areaKm2 = q->value(11).toDouble() / 1e6;
            r.radiusMetres = q->value(12).toDouble();
        } else if (const QString json = q->value(13).toString(); !json.isEmpty()) {
            if (auto area = GeoArea::fromGeoJson(json.toUtf8())) {
                r.areaKind = area->kind();
                r.radiusMetres = area->radiusMetres();
                r.areaKm2 = areaSquareMetres(*area) / 1e6;
            }
        }
        r.tips = q->value(14).toLongLong();
        r.usefulTips = q->value(15).toLongLong();
        if (r.tips > 0 && r.sentAt.isValid())
            r.firstTipMs = q->value(16).toLongLong() - r.sentAt.toMSecsSinceEpoch();
        if (r.closedAt.isValid() && r.sentAt.isValid() && r.state == ActionState::Closed) {
            r.closingMs = r.closedAt.toMSecsSinceEpoch() - r.sentAt.toMSecsSinceEpoch();
            r.closingLate = r.closingMs > limitMs;
        }
        rows << r;
    }
    if (auto s = addChannels(rows); !s)
        return s.error();
    return rows;
}

Status ReviewStore::addChannels(QList<ReviewRow>& rows) const
{
    if (rows.isEmpty())
        return {};
    QStringList ids;
    QHash<qint64, ReviewRow*> byId;
    for (ReviewRow& r : rows) {
        ids << QString::number(r.id);
        byId.insert(r.id, &r);
    }
    const QString in = ids.join(QLatin1Char(','));
    // Summarised actions read their summary; the others (still running) their outbox.
    auto q = run(
        m_db,
        QStringLiteral("SELECT c.action_id, c.channel, c.recipients, c.reached, c.messages, "
                       "c.messages_reached, c.t90_ms FROM review_channels c WHERE c.action_id IN "
                       "(%1) UNION ALL "
                       "SELECT o.action_id, o.channel, "
                       "SUM(CASE WHEN o.message_type = 'alert' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN o.message_type = 'alert' AND o.state IN %2 THEN 1 ELSE 0 "
                       "END), COUNT(*), SUM(CASE WHEN o.state IN %2 THEN 1 ELSE 0 END), NULL "
                       "FROM outbox o WHERE o.action_id IN (%1) AND NOT EXISTS (SELECT 1 FROM "
                       "review_actions r WHERE r.action_id = o.action_id) "
                       "GROUP BY o.action_id, o.channel ORDER BY 1, 2")
            .arg(in, kReached),
        {}, QStringLiteral("channels"));
    if (!q)
        return q.error();
    while (q->next()) {
        ReviewRow* row = byId.value(q->value(0).toLongLong());
        if (!row)
            continue;
        ReviewChannel c;
        c.channel = q->value(1).toString();
        c.recipients = q->value(2).toLongLong();
        c.reached = q->value(3).toLongLong();
        c.messages = q->value(4).toLongLong();
        c.messagesReached = q->value(5).toLongLong();
        c.t90Ms = q->value(6).isNull() ? -1 : q->value(6).toLongLong();
        row->channels << c;
    }
    return {};
}

Result<ReviewStats> ReviewStore::stats(const ReviewFilter& filter, Mode mode,
                                       const QDateTime& now) const
{
    ReviewStats s;
    s.filter = filter;
    const Where w = whereOf(filter, mode);
    auto q = run(m_db,
                 QStringLiteral("SELECT a.incident_type, COALESCE(a.outcome, 'none'), a.kind, "
                                "a.state, a.created_at / %1, %2, COUNT(*) "
                                "FROM actions a LEFT JOIN review_actions r ON r.action_id = a.id "
                                "WHERE ")
                         .arg(kHourMs)
                         .arg(sizeBucketSql()) +
                     w.sql + QStringLiteral(" GROUP BY 1, 2, 3, 4, 5, 6"),
                 w.values, QStringLiteral("statistics"));
    if (!q)
        return q.error();
    QHash<qint64, QDateTime> localHours;
    while (q->next()) {
        IncidentType type = IncidentType::Other;
        Outcome outcome = Outcome::None;
        ActionKind kind = ActionKind::Urgent;
        ActionState state = ActionState::Draft;
        enumFromId(q->value(0).toString(), &type);
        enumFromId(q->value(1).toString(), &outcome);
        enumFromId(q->value(2).toString(), &kind);
        enumFromId(q->value(3).toString(), &state);
        // Converting to local time is the slow part of a year's figures: once per hour.
        const qint64 hour = q->value(4).toLongLong();
        auto cached = localHours.constFind(hour);
        if (cached == localHours.constEnd())
            cached = localHours.insert(
                hour, QDateTime::fromMSecsSinceEpoch(hour * kHourMs).toLocalTime());
        const QDateTime& local = *cached;
        const qint64 n = q->value(6).toLongLong();
        s.actions += n;
        s.perType[type] += n;
        s.perWeek[isoWeek(local.date())][type] += n;
        s.perMonth[local.date().toString(QStringLiteral("yyyy-MM"))][type] += n;
        if (kind != ActionKind::Urgent || state != ActionState::Closed)
            continue;
        const Success success = successOf(outcome);
        s.success.add(success, n);
        s.successByType[type].add(success, n);
        s.successBySize[q->value(5).toInt()].add(success, n);
        s.successByHour[std::size_t(local.time().hour())].add(success, n);
        s.successByWeekday[std::size_t(local.date().dayOfWeek() - 1)].add(success, n);
    }
    if (auto d = addDelays(s, w); !d)
        return d.error();
    if (auto c = addChannelStats(s, w); !c)
        return c.error();
    if (auto f = addFatigue(s, mode, now); !f)
        return f.error();
    return s;
}

Status ReviewStore::addFatigue(ReviewStats& s, Mode mode, const QDateTime& now) const
{
    // The 30 days before the period's end (or now), over every action of the mode: fatigue is
    // what a participant gets, whatever the filter picks out.
    const QDateTime until = s.filter.to.isValid() ? s.filter.to : now;
    if (!until.isValid())
        return {};
    const qint64 end = until.toMSecsSinceEpoch();
    const qint64 begin = end - 30LL * 24 * 3600 * 1000;
    auto q = run(m_db,
                 QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN x.n > ? THEN 1 ELSE 0 END) FROM "
                                "(SELECT o.participant_id, COUNT(DISTINCT o.action_id) AS n FROM "
                                "outbox o JOIN actions a ON a.id = o.action_id WHERE a.mode = ? "
                                "AND o.message_type = 'alert' AND o.participant_id IS NOT NULL "
                                "AND o.created_at >= ? AND o.created_at < ? AND o.state IN %1 "
                                "GROUP BY o.participant_id) x")
                     .arg(kReached),
                 {s.filter.fatigueAlerts, enumId(mode), begin, end}, QStringLiteral("fatigue"));
    if (!q)
        return q.error();
    if (q->next()) {
        s.alertedLast30Days = q->value(0).toLongLong();
        s.fatiguedLast30Days = q->value(1).toLongLong();
    }
    return {};
}

Status ReviewStore::addDelays(ReviewStats& s, const Where& w) const
{
    s.firstTip = bars({0, 5, 10, 15, 20, 30, 45, 60, 90, 120});
    s.closing = bars({0, 15, 30, 45, 60, 90, 120, 180});
    auto tips = run(m_db,
                    QStringLiteral("SELECT CASE WHEN t.sent_at IS NULL OR t.first_at < t.sent_at "
                                   "THEN -1 ELSE (t.first_at - t.sent_at) / %1 END, "
                                   "COUNT(*), SUM(t.n), SUM(t.useful) FROM (SELECT a.id, "
                                   "a.sent_at, COUNT(*) AS n, SUM(x.useful) AS useful, "
                                   "MIN(x.at) AS first_at FROM actions a JOIN action_tips x ON "
                                   "x.action_id = a.id WHERE ")
                            .arg(kMinuteMs) +
                        w.sql + QStringLiteral(" GROUP BY a.id, a.sent_at) t GROUP BY 1"),
                    w.values, QStringLiteral("tips"));
    if (!tips)
        return tips.error();
    while (tips->next()) {
        const qint64 minute = tips->value(0).toLongLong();
        const qint64 actions = tips->value(1).toLongLong();
        s.actionsWithTips += actions;
        s.tips += tips->value(2).toLongLong();
        s.usefulTips += tips->value(3).toLongLong();
        if (minute >= 0)
            addTo(s.firstTip, minute, actions);
    }
    const qint64 limitMs = qint64(s.filter.closingLimitMinutes) * kMinuteMs;
    auto closing = run(m_db,
                       QStringLiteral("SELECT (a.closed_at - a.sent_at) / %1, "
                                      "SUM(CASE WHEN a.closed_at - a.sent_at <= %2 THEN 1 ELSE 0 "
                                      "END), COUNT(*) FROM actions a WHERE ")
                               .arg(kMinuteMs)
                               .arg(limitMs) +
                           w.sql +
                           QStringLiteral(" AND a.state = 'closed' AND a.sent_at IS NOT NULL "
                                          "AND a.closed_at IS NOT NULL GROUP BY 1"),
                       w.values, QStringLiteral("closing"));
    if (!closing)
        return closing.error();
    while (closing->next()) {
        const qint64 n = closing->value(2).toLongLong();
        s.closed += n;
        s.closedOnTime += closing->value(1).toLongLong();
        addTo(s.closing, closing->value(0).toLongLong(), n);
    }
    return {};
}

Status ReviewStore::addChannelStats(ReviewStats& s, const Where& w) const
{
    auto q = run(
        m_db,
        QStringLiteral(
            "SELECT c.channel, SUM(c.messages), SUM(c.messages_reached), SUM(c.recipients), "
            "SUM(c.reached), SUM(CASE WHEN c.t90_ms IS NULL THEN 0 ELSE 1 END), SUM(c.t90_ms), "
            "MAX(c.t90_ms) FROM review_channels c JOIN actions a ON a.id = c.action_id WHERE ") +
            w.sql +
            QStringLiteral(
                " GROUP BY c.channel UNION ALL "
                "SELECT o.channel, COUNT(*), SUM(CASE WHEN o.state IN %1 THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN o.message_type = 'alert' THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN o.message_type = 'alert' AND o.state IN %1 THEN 1 ELSE 0 END), "
                "0, NULL, NULL FROM outbox o JOIN actions a ON a.id = o.action_id WHERE ")
                .arg(kReached) +
            w.sql +
            QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM review_actions r WHERE r.action_id = "
                           "a.id) GROUP BY o.channel"),
        w.values + w.values, QStringLiteral("channels"));
    if (!q)
        return q.error();
    QMap<QString, ChannelFigures> byChannel;
    QMap<QString, double> t90Sum;
    while (q->next()) {
        ChannelFigures& c = byChannel[q->value(0).toString()];
        c.channel = q->value(0).toString();
        c.messages += q->value(1).toLongLong();
        c.messagesReached += q->value(2).toLongLong();
        c.recipients += q->value(3).toLongLong();
        c.reached += q->value(4).toLongLong();
        c.actionsWith90 += q->value(5).toLongLong();
        t90Sum[c.channel] += q->value(6).toDouble();
        if (!q->value(7).isNull())
            c.maxT90Seconds = std::max(c.maxT90Seconds, q->value(7).toDouble() / 1000.0);
    }
    for (ChannelFigures& c : byChannel) {
        if (c.actionsWith90 > 0)
            c.averageT90Seconds = t90Sum.value(c.channel) / 1000.0 / double(c.actionsWith90);
        s.channels << c;
    }

    s.reachedPerAction = bars({0, 100, 250, 500, 1000, 2500, 5000, 10000});
    auto reached =
        run(m_db,
            QStringLiteral("SELECT x.reached, COUNT(*) FROM (SELECT c.action_id, SUM(c.reached) "
                           "AS reached FROM review_channels c JOIN actions a ON a.id = "
                           "c.action_id WHERE ") +
                w.sql + QStringLiteral(" GROUP BY c.action_id) x GROUP BY x.reached"),
            w.values, QStringLiteral("reached"));
    if (!reached)
        return reached.error();
    while (reached->next()) {
        const qint64 value = reached->value(0).toLongLong();
        const qint64 n = reached->value(1).toLongLong();
        s.actionsReaching += n;
        s.reachedTotal += value * n;
        s.reachedMax = std::max(s.reachedMax, value);
        addTo(s.reachedPerAction, value, n);
    }
    return {};
}

Result<qint64> ReviewStore::summariseFinished(const QDateTime& now) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT a.id, a.area_geojson FROM actions a WHERE a.state IN "
                                "('closed', 'cancelled') AND NOT EXISTS (SELECT 1 FROM "
                                "review_actions r WHERE r.action_id = a.id) AND NOT EXISTS "
                                "(SELECT 1 FROM outbox o WHERE o.action_id = a.id AND o.state IN "
                                "('queued', 'sending')) ORDER BY a.id"),
                 {}, QStringLiteral("finished actions"));
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> todo;
    while (q->next())
        todo.append({q->value(0).toLongLong(), q->value(1).toString()});
    if (todo.isEmpty())
        return qint64(0);
    SqlTransaction transaction(m_db.connection());
    for (const auto& [id, area] : todo)
        if (auto s = summarise(id, area, now.toMSecsSinceEpoch()); !s)
            return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return qint64(todo.size());
}

Status ReviewStore::forget(qint64 id) const
{
    for (const char* table : {"review_channels", "review_actions"})
        if (auto q =
                run(m_db,
                    QStringLiteral("DELETE FROM %1 WHERE action_id = ?").arg(QLatin1String(table)),
                    {id}, QStringLiteral("summary"));
            !q)
            return q.error();
    return {};
}

Status ReviewStore::summarise(qint64 id, const QString& areaJson, qint64 nowMs) const
{
    QVariant kind(QMetaType::fromType<QString>());
    QVariant m2(QMetaType::fromType<double>());
    QVariant radius(QMetaType::fromType<double>());
    if (!areaJson.isEmpty())
        if (auto area = GeoArea::fromGeoJson(areaJson.toUtf8())) {
            kind = area->kind() == GeoArea::Kind::Circle ? QStringLiteral("circle")
                                                         : QStringLiteral("polygon");
            m2 = areaSquareMetres(*area);
            if (area->kind() == GeoArea::Kind::Circle)
                radius = area->radiusMetres();
        }
    if (auto ins = run(m_db,
                       QStringLiteral("INSERT INTO review_actions (action_id, area_kind, area_m2, "
                                      "radius_m, made_at) VALUES (?, ?, ?, ?, ?)"),
                       {id, kind, m2, radius, nowMs}, QStringLiteral("summary"));
        !ins)
        return ins.error();
    auto counts = run(m_db,
                      QStringLiteral("SELECT channel, COUNT(*), SUM(CASE WHEN state IN %1 THEN 1 "
                                     "ELSE 0 END), SUM(CASE WHEN message_type = 'alert' THEN 1 "
                                     "ELSE 0 END), SUM(CASE WHEN message_type = 'alert' AND state "
                                     "IN %1 THEN 1 ELSE 0 END), MIN(CASE WHEN message_type = "
                                     "'alert' THEN created_at END) FROM outbox WHERE action_id = "
                                     "? GROUP BY channel")
                          .arg(kReached),
                      {id}, QStringLiteral("summary"));
    if (!counts)
        return counts.error();
    struct Row
    {
        QString channel;
        qint64 messages, messagesReached, recipients, reached;
        QVariant firstAt;
    };
    QList<Row> rows;
    while (counts->next())
        rows.append({counts->value(0).toString(), counts->value(1).toLongLong(),
                     counts->value(2).toLongLong(), counts->value(3).toLongLong(),
                     counts->value(4).toLongLong(), counts->value(5)});
    for (const Row& r : rows) {
        QVariant t90(QMetaType::fromType<qint64>());
        const qint64 needed = (r.recipients * 9 + 9) / 10; // 90 %, rounded up
        if (r.recipients > 0 && r.reached >= needed && !r.firstAt.isNull()) {
            auto nth = run(m_db,
                           QStringLiteral("SELECT updated_at FROM outbox WHERE action_id = ? AND "
                                          "channel = ? AND message_type = 'alert' AND state IN "
                                          "%1 ORDER BY updated_at LIMIT 1 OFFSET ?")
                               .arg(kReached),
                           {id, r.channel, needed - 1}, QStringLiteral("summary"));
            if (!nth)
                return nth.error();
            if (nth->next())
                t90 = std::max<qint64>(0, nth->value(0).toLongLong() - r.firstAt.toLongLong());
        }
        if (auto ins = run(m_db,
                           QStringLiteral("INSERT INTO review_channels (action_id, channel, "
                                          "messages, messages_reached, recipients, reached, "
                                          "first_at, t90_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {id, r.channel, r.messages, r.messagesReached, r.recipients, r.reached,
                            r.firstAt.isNull() ? QVariant(QMetaType::fromType<qint64>())
                                               : QVariant(r.firstAt.toLongLong()),
                            t90},
                           QStringLiteral("summary"));
            !ins)
            return ins.error();
    }
    return {};
}

Result<ActionReport> ReviewStore::action(qint64 id, Mode mode, int closingLimitMinutes) const
{
    auto rows = rowsOf(whereOf({}, mode, id), closingLimitMinutes, 1);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{tr("There is no action %1 to review in %2 mode.").arg(id).arg(enumId(mode))};
    ActionReport report;
    report.row = rows->first();
    if (auto placed = addPlaces(report); !placed)
        return placed.error();
    auto events = run(m_db,
                      QStringLiteral("SELECT at, actor, event, from_state, to_state, detail FROM "
                                     "action_events WHERE action_id = ? ORDER BY at, id"),
                      {id}, QStringLiteral("events"));
    if (!events)
        return events.error();
    QDateTime submitted;
    while (events->next()) {
        const QDateTime at = timeOf(events->value(0));
        const QString event = events->value(2).toString();
        if (event == QLatin1String("submit"))
            submitted = at;
        if (event == QLatin1String("approve") && submitted.isValid())
            report.approvalWaitMs = submitted.msecsTo(at);
        // The events' details are row counts; nothing else is shown.
        QString detail = events->value(4).toString();
        bool isCount = false;
        events->value(5).toString().toLongLong(&isCount);
        if (isCount)
            detail += QStringLiteral(" (%1)").arg(events->value(5).toString());
        report.timeline.append({at, event, events->value(1).toString(), detail});
    }
    // The tips' words may name people: the report keeps when and whether useful.
    auto tips = run(m_db,
                    QStringLiteral("SELECT at, useful, author FROM action_tips WHERE action_id = "
                                   "? ORDER BY at, id"),
                    {id}, QStringLiteral("tips"));
    if (!tips)
        return tips.error();
    while (tips->next())
        report.timeline.append(
            {timeOf(tips->value(0)),
             tips->value(1).toInt() ? QStringLiteral("tip_useful") : QStringLiteral("tip"),
             tips->value(2).toString(), QString()});
    auto firsts = run(m_db,
                      QStringLiteral("SELECT channel, message_type, MIN(updated_at), COUNT(*) FROM "
                                     "outbox WHERE action_id = ? AND state IN %1 GROUP BY "
                                     "channel, message_type")
                          .arg(kReached),
                      {id}, QStringLiteral("messages"));
    if (!firsts)
        return firsts.error();
    while (firsts->next())
        report.timeline.append({timeOf(firsts->value(2)), QStringLiteral("first_message"),
                                QStringLiteral("system"),
                                QStringLiteral("%1 %2 (%3)")
                                    .arg(firsts->value(0).toString(), firsts->value(1).toString(),
                                         firsts->value(3).toString())});
    std::stable_sort(report.timeline.begin(), report.timeline.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; });
    auto curve = run(m_db,
                     QStringLiteral("SELECT o.channel, (o.updated_at - f.first_at) / %1, COUNT(*) "
                                    "FROM outbox o JOIN (SELECT channel, MIN(created_at) AS "
                                    "first_at FROM outbox WHERE action_id = ? AND message_type = "
                                    "'alert' GROUP BY channel) f ON f.channel = o.channel WHERE "
                                    "o.action_id = ? AND o.message_type = 'alert' AND o.state IN "
                                    "%2 GROUP BY 1, 2 ORDER BY 1, 2")
                         .arg(kMinuteMs)
                         .arg(kReached),
                     {id, id}, QStringLiteral("delivery"));
    if (!curve)
        return curve.error();
    while (curve->next()) {
        QList<DeliveryPoint>& points = report.curves[curve->value(0).toString()];
        const qint64 before = points.isEmpty() ? 0 : points.last().reached;
        points.append({std::max<qint64>(0, curve->value(1).toLongLong()),
                       before + curve->value(2).toLongLong()});
    }
    return report;
}

Status ReviewStore::addPlaces(ActionReport& report) const
{
    const QVariantList id{report.row.id};
    auto area = run(m_db, QStringLiteral("SELECT area_geojson FROM actions WHERE id = ?"), id,
                    QStringLiteral("area"));
    if (!area)
        return area.error();
    if (area->next())
        if (auto parsed = GeoArea::fromGeoJson(area->value(0).toString().toUtf8()))
            report.area = *parsed;
    auto tips = run(m_db,
                    QStringLiteral("SELECT at, useful, lat, lon FROM action_tips WHERE action_id = "
                                   "? AND lat IS NOT NULL AND lon IS NOT NULL ORDER BY at, id"),
                    id, QStringLiteral("tip places"));
    if (!tips)
        return tips.error();
    while (tips->next())
        report.tipPlaces.append({timeOf(tips->value(0)), tips->value(1).toInt() != 0,
                                 tips->value(2).toDouble(), tips->value(3).toDouble()});
    return {};
}

} // namespace burgernet
