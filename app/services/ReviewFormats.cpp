#include "app/services/ReviewFormats.h"

#include <QJsonArray>

namespace burgernet::ReviewFormats {

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue orNull(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

QJsonValue orNull(double v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

QJsonObject successJson(const SuccessFigures& f)
{
    return {{QStringLiteral("closed"), f.closed},
            {QStringLiteral("direct"), f.direct},
            {QStringLiteral("indirect"), f.indirect},
            {QStringLiteral("none"), f.none},
            {QStringLiteral("direct_percent"), f.directPercent()},
            {QStringLiteral("indirect_percent"), f.indirectPercent()}};
}

QJsonArray bucketsJson(const QList<DelayBucket>& buckets)
{
    QJsonArray out;
    for (const DelayBucket& b : buckets)
        out.append(QJsonObject{{QStringLiteral("from"), b.lowMinutes},
                               {QStringLiteral("to"), orNull(qint64(b.highMinutes))},
                               {QStringLiteral("count"), b.count}});
    return out;
}

QJsonObject perPeriodJson(const QMap<QString, QMap<IncidentType, qint64>>& periods)
{
    QJsonObject out;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        QJsonObject types;
        for (auto t = it->cbegin(); t != it->cend(); ++t)
            types.insert(enumId(t.key()), t.value());
        out.insert(it.key(), types);
    }
    return out;
}

QString bucketText(const DelayBucket& b)
{
    return b.highMinutes < 0 ? QStringLiteral("%1+").arg(b.lowMinutes)
                             : QStringLiteral("%1-%2").arg(b.lowMinutes).arg(b.highMinutes);
}

QString number(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

QJsonObject filterJson(const ReviewFilter& f, Mode mode)
{
    QJsonObject out{{QStringLiteral("mode"), enumId(mode)},
                    {QStringLiteral("closing_limit_minutes"), f.closingLimitMinutes}};
    if (f.from.isValid())
        out.insert(QStringLiteral("from"), iso(f.from));
    if (f.to.isValid())
        out.insert(QStringLiteral("to"), iso(f.to));
    if (f.incident)
        out.insert(QStringLiteral("type"), enumId(*f.incident));
    if (f.outcome)
        out.insert(QStringLiteral("outcome"), enumId(*f.outcome));
    if (f.kind)
        out.insert(QStringLiteral("kind"), enumId(*f.kind));
    if (!f.dispatcher.isEmpty())
        out.insert(QStringLiteral("dispatcher"), f.dispatcher);
    if (!f.workstation.isEmpty())
        out.insert(QStringLiteral("workstation"), f.workstation);
    return out;
}

QJsonObject rowJson(const ReviewRow& r)
{
    QJsonObject channels;
    for (const ReviewChannel& c : r.channels)
        channels.insert(c.channel,
                        QJsonObject{{QStringLiteral("recipients"), c.recipients},
                                    {QStringLiteral("reached"), c.reached},
                                    {QStringLiteral("messages"), c.messages},
                                    {QStringLiteral("messages_reached"), c.messagesReached},
                                    {QStringLiteral("t90_seconds"),
                                     c.t90Ms < 0 ? QJsonValue() : QJsonValue(c.t90Ms / 1000.0)}});
    QJsonObject area{
        {QStringLiteral("kind"), r.areaKind == GeoArea::Kind::Circle    ? QStringLiteral("circle")
                                 : r.areaKind == GeoArea::Kind::Polygon ? QStringLiteral("polygon")
                                                                        : QStringLiteral("none")},
        {QStringLiteral("km2"), r.areaKm2}};
    if (r.areaKind == GeoArea::Kind::Circle)
        area.insert(QStringLiteral("radius_m"), r.radiusMetres);
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("kind"), enumId(r.kind)},
            {QStringLiteral("incident"), enumId(r.incident)},
            {QStringLiteral("mode"), enumId(r.mode)},
            {QStringLiteral("state"), enumId(r.state)},
            {QStringLiteral("outcome"), enumId(r.outcome)},
            {QStringLiteral("author"), r.author},
            {QStringLiteral("workstation"), r.workstation},
            {QStringLiteral("created"), iso(r.createdAt)},
            {QStringLiteral("sent"), iso(r.sentAt)},
            {QStringLiteral("closed"), iso(r.closedAt)},
            {QStringLiteral("area"), area},
            {QStringLiteral("channels"), channels},
            {QStringLiteral("delivered_percent"), orNull(r.deliveredPercent())},
            {QStringLiteral("tips"), r.tips},
            {QStringLiteral("useful_tips"), r.usefulTips},
            {QStringLiteral("first_tip_seconds"),
             r.firstTipMs < 0 ? QJsonValue() : QJsonValue(r.firstTipMs / 1000.0)},
            {QStringLiteral("closing_seconds"),
             r.closingMs < 0 ? QJsonValue() : QJsonValue(r.closingMs / 1000.0)},
            {QStringLiteral("closing_late"), r.closingLate}};
}

QJsonObject statsJson(const ReviewStats& s, Mode mode)
{
    QJsonObject perType;
    for (auto it = s.perType.cbegin(); it != s.perType.cend(); ++it)
        perType.insert(enumId(it.key()), it.value());
    QJsonObject byType;
    for (auto it = s.successByType.cbegin(); it != s.successByType.cend(); ++it)
        byType.insert(enumId(it.key()), successJson(it.value()));
    QJsonObject bySize;
    for (auto it = s.successBySize.cbegin(); it != s.successBySize.cend(); ++it)
        bySize.insert(ReviewStats::sizeBucketLabel(it.key()), successJson(it.value()));
    QJsonArray byHour, byWeekday;
    for (const SuccessFigures& f : s.successByHour)
        byHour.append(successJson(f));
    for (const SuccessFigures& f : s.successByWeekday)
        byWeekday.append(successJson(f));
    QJsonObject channels;
    for (const ChannelFigures& c : s.channels)
        channels.insert(
            c.channel,
            QJsonObject{{QStringLiteral("messages"), c.messages},
                        {QStringLiteral("messages_reached"), c.messagesReached},
                        {QStringLiteral("delivery_percent"), c.deliveryPercent()},
                        {QStringLiteral("recipients"), c.recipients},
                        {QStringLiteral("reached"), c.reached},
                        {QStringLiteral("actions_reaching_90"), c.actionsWith90},
                        {QStringLiteral("t90_average_seconds"), orNull(c.averageT90Seconds)},
                        {QStringLiteral("t90_max_seconds"), orNull(c.maxT90Seconds)}});
    return {{QStringLiteral("filter"), filterJson(s.filter, mode)},
            {QStringLiteral("actions"), s.actions},
            {QStringLiteral("per_type"), perType},
            {QStringLiteral("per_week"), perPeriodJson(s.perWeek)},
            {QStringLiteral("per_month"), perPeriodJson(s.perMonth)},
            {QStringLiteral("success"), successJson(s.success)},
            {QStringLiteral("success_by_type"), byType},
            {QStringLiteral("success_by_area_size"), bySize},
            {QStringLiteral("success_by_hour"), byHour},
            {QStringLiteral("success_by_weekday"), byWeekday},
            {QStringLiteral("tips"),
             QJsonObject{{QStringLiteral("total"), s.tips},
                         {QStringLiteral("useful"), s.usefulTips},
                         {QStringLiteral("actions_with_tips"), s.actionsWithTips},
                         {QStringLiteral("first_tip_minutes"), bucketsJson(s.firstTip)}}},
            {QStringLiteral("closing"),
             QJsonObject{{QStringLiteral("closed"), s.closed},
                         {QStringLiteral("on_time"), s.closedOnTime},
                         {QStringLiteral("on_time_percent"), s.closingOnTimePercent()},
                         {QStringLiteral("minutes"), bucketsJson(s.closing)}}},
            {QStringLiteral("channels"), channels},
            {QStringLiteral("reached"),
             QJsonObject{{QStringLiteral("actions"), s.actionsReaching},
                         {QStringLiteral("total"), s.reachedTotal},
                         {QStringLiteral("average"), s.averageReached()},
                         {QStringLiteral("max"), s.reachedMax},
                         {QStringLiteral("per_action"), bucketsJson(s.reachedPerAction)}}},
            {QStringLiteral("fatigue"),
             QJsonObject{{QStringLiteral("days"), 30},
                         {QStringLiteral("more_than_alerts"), s.filter.fatigueAlerts},
                         {QStringLiteral("alerted"), s.alertedLast30Days},
                         {QStringLiteral("fatigued"), s.fatiguedLast30Days}}}};
}

QJsonObject reportJson(const ActionReport& report)
{
    QJsonArray timeline;
    for (const TimelineEntry& e : report.timeline) {
        QJsonObject entry{{QStringLiteral("at"), iso(e.at)},
                          {QStringLiteral("what"), e.what},
                          {QStringLiteral("actor"), e.actor},
                          {QStringLiteral("detail"), e.detail},
                          {QStringLiteral("source"), e.source}};
        if (e.seq > 0)
            entry.insert(QStringLiteral("audit_seq"), e.seq);
        timeline.append(entry);
    }
    QJsonArray areas;
    for (const ReplayArea& a : report.areas) {
        QJsonObject area{{QStringLiteral("at"), iso(a.at)},
                         {QStringLiteral("kind"), a.area.kind() == GeoArea::Kind::Circle
                                                      ? QStringLiteral("circle")
                                                      : QStringLiteral("polygon")},
                         {QStringLiteral("km2"), a.km2}};
        if (a.area.kind() == GeoArea::Kind::Circle)
            area.insert(QStringLiteral("radius_m"), a.area.radiusMetres());
        areas.append(area);
    }
    QJsonObject curves;
    for (auto it = report.curves.cbegin(); it != report.curves.cend(); ++it) {
        QJsonArray points;
        for (const DeliveryPoint& p : *it)
            points.append(QJsonArray{p.minute, p.reached});
        curves.insert(it.key(), points);
    }
    QJsonObject out = rowJson(report.row);
    out.insert(QStringLiteral("timeline"), timeline);
    out.insert(QStringLiteral("areas"), areas);
    out.insert(QStringLiteral("delivery_curves"), curves);
    out.insert(QStringLiteral("approval_wait_seconds"),
               report.approvalWaitMs < 0 ? QJsonValue()
                                         : QJsonValue(report.approvalWaitMs / 1000.0));
    return out;
}

QStringList overviewHeader()
{
    return {QStringLiteral("id"),
            QStringLiteral("kind"),
            QStringLiteral("incident"),
            QStringLiteral("mode"),
            QStringLiteral("created_utc"),
            QStringLiteral("area_kind"),
            QStringLiteral("area_km2"),
            QStringLiteral("radius_m"),
            QStringLiteral("recipients"),
            QStringLiteral("delivered_percent"),
            QStringLiteral("tips"),
            QStringLiteral("useful_tips"),
            QStringLiteral("first_tip_minutes"),
            QStringLiteral("closing_minutes"),
            QStringLiteral("closing_late"),
            QStringLiteral("outcome"),
            QStringLiteral("author"),
            QStringLiteral("workstation")};
}

QStringList overviewCells(const ReviewRow& r)
{
    QStringList perChannel;
    for (const ReviewChannel& c : r.channels)
        perChannel << QStringLiteral("%1:%2").arg(c.channel).arg(c.recipients);
    const auto minutes = [](qint64 ms) {
        return ms < 0 ? QString() : QString::number(double(ms) / 60000.0, 'f', 1);
    };
    return {QString::number(r.id),
            enumId(r.kind),
            enumId(r.incident),
            enumId(r.mode),
            iso(r.createdAt),
            r.areaKind == GeoArea::Kind::Circle    ? QStringLiteral("circle")
            : r.areaKind == GeoArea::Kind::Polygon ? QStringLiteral("polygon")
                                                   : QString(),
            QString::number(r.areaKm2, 'f', 2),
            r.areaKind == GeoArea::Kind::Circle ? QString::number(r.radiusMetres, 'f', 0)
                                                : QString(),
            perChannel.join(QLatin1Char(' ')),
            r.deliveredPercent() < 0 ? QString() : number(r.deliveredPercent()),
            QString::number(r.tips),
            QString::number(r.usefulTips),
            minutes(r.firstTipMs),
            minutes(r.closingMs),
            r.closingLate ? QStringLiteral("yes") : QString(),
            enumId(r.outcome),
            r.author,
            r.workstation};
}

QList<QStringList> statsRows(const ReviewStats& s)
{
    QList<QStringList> rows{{QStringLiteral("section"), QStringLiteral("key"),
                             QStringLiteral("figure"), QStringLiteral("value")}};
    const auto add = [&](const QString& section, const QString& key, const QString& figure,
                         const QString& value) {
        rows.append({section, key, figure, value});
    };
    add(QStringLiteral("actions"), QString(), QStringLiteral("count"), QString::number(s.actions));
    for (auto it = s.perType.cbegin(); it != s.perType.cend(); ++it)
        add(QStringLiteral("per_type"), enumId(it.key()), QStringLiteral("count"),
            QString::number(it.value()));
    for (auto it = s.perMonth.cbegin(); it != s.perMonth.cend(); ++it)
        for (auto t = it->cbegin(); t != it->cend(); ++t)
            add(QStringLiteral("per_month"), it.key() + QLatin1Char('/') + enumId(t.key()),
                QStringLiteral("count"), QString::number(t.value()));
    for (auto it = s.perWeek.cbegin(); it != s.perWeek.cend(); ++it)
        for (auto t = it->cbegin(); t != it->cend(); ++t)
            add(QStringLiteral("per_week"), it.key() + QLatin1Char('/') + enumId(t.key()),
                QStringLiteral("count"), QString::number(t.value()));
    const auto success = [&](const QString& section, const QString& key, const SuccessFigures& f) {
        add(section, key, QStringLiteral("closed"), QString::number(f.closed));
        add(section, key, QStringLiteral("direct_percent"), number(f.directPercent()));
        add(section, key, QStringLiteral("indirect_percent"), number(f.indirectPercent()));
    };
    success(QStringLiteral("success"), QString(), s.success);
    for (auto it = s.successByType.cbegin(); it != s.successByType.cend(); ++it)
        success(QStringLiteral("success_by_type"), enumId(it.key()), it.value());
    for (auto it = s.successBySize.cbegin(); it != s.successBySize.cend(); ++it)
        success(QStringLiteral("success_by_area_size"), ReviewStats::sizeBucketLabel(it.key()),
                it.value());
    for (int h = 0; h < 24; ++h)
        success(QStringLiteral("success_by_hour"), QString::number(h),
                s.successByHour[std::size_t(h)]);
    for (int d = 0; d < 7; ++d)
        success(QStringLiteral("success_by_weekday"), QString::number(d + 1),
                s.successByWeekday[std::size_t(d)]);
    add(QStringLiteral("tips"), QString(), QStringLiteral("total"), QString::number(s.tips));
    add(QStringLiteral("tips"), QString(), QStringLiteral("useful"), QString::number(s.usefulTips));
    for (const DelayBucket& b : s.firstTip)
        add(QStringLiteral("first_tip_minutes"), bucketText(b), QStringLiteral("count"),
            QString::number(b.count));
    add(QStringLiteral("closing"), QString(), QStringLiteral("closed"), QString::number(s.closed));
    add(QStringLiteral("closing"), QString(), QStringLiteral("on_time_percent"),
        number(s.closingOnTimePercent()));
    for (const DelayBucket& b : s.closing)
        add(QStringLiteral("closing_minutes"), bucketText(b), QStringLiteral("count"),
            QString::number(b.count));
    for (const ChannelFigures& c : s.channels) {
        add(QStringLiteral("channel"), c.channel, QStringLiteral("messages"),
            QString::number(c.messages));
        add(QStringLiteral("channel"), c.channel, QStringLiteral("delivery_percent"),
            number(c.deliveryPercent()));
        add(QStringLiteral("channel"), c.channel, QStringLiteral("t90_average_seconds"),
            c.averageT90Seconds < 0 ? QString() : number(c.averageT90Seconds));
    }
    add(QStringLiteral("reached"), QString(), QStringLiteral("average"),
        number(s.averageReached()));
    add(QStringLiteral("reached"), QString(), QStringLiteral("max"), QString::number(s.reachedMax));
    for (const DelayBucket& b : s.reachedPerAction)
        add(QStringLiteral("reached_per_action"), bucketText(b), QStringLiteral("count"),
            QString::number(b.count));
    add(QStringLiteral("fatigue_30_days"), QString(), QStringLiteral("alerted"),
        QString::number(s.alertedLast30Days));
    add(QStringLiteral("fatigue_30_days"),
        QStringLiteral("more_than_%1").arg(s.filter.fatigueAlerts), QStringLiteral("count"),
        QString::number(s.fatiguedLast30Days));
    return rows;
}

} // namespace burgernet::ReviewFormats
