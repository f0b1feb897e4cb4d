#include "app/services/ReportTimeline.h"

#include "app/audit/AuditQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace burgernet::ReportTimeline {

namespace {

// A register step and its audit record are written in one transaction, a moment apart.
constexpr qint64 kSameStepMs = 5'000;

QString sourceOf(const QString& what)
{
    if (what == QLatin1String("first_message"))
        return QStringLiteral("outbox");
    if (what.startsWith(QLatin1String("tip")))
        return QStringLiteral("tips");
    return QStringLiteral("register");
}

// The details' counts, flags and codes: the guard let nothing personal into them, and free text
// stays out here as well.
QString detailOf(const AuditRecord& r)
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9_.:-]{1,24}$"));
    QStringList parts;
    if (r.result != QLatin1String("ok"))
        parts << r.result;
    const QJsonObject details = QJsonDocument::fromJson(r.details.toUtf8()).object();
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isDouble())
            parts << QStringLiteral("%1=%2").arg(it.key()).arg(v.toDouble());
        else if (v.isBool())
            parts << QStringLiteral("%1=%2").arg(it.key(), v.toBool() ? QStringLiteral("yes")
                                                                      : QStringLiteral("no"));
        else if (v.isString() && code.match(v.toString()).hasMatch())
            parts << QStringLiteral("%1=%2").arg(it.key(), v.toString());
    }
    return parts.join(QStringLiteral(", "));
}

bool leftOut(const QString& action)
{
    // Reading the action (the review itself, the docks) is not something that happened to it.
    return action.startsWith(QLatin1String("report.")) || action == QLatin1String("action.view");
}

struct Batches
{
    QDateTime last;
    qint64 records = 0;
    QMap<QString, qint64> counts;
};

} // namespace

QString areaText(const ReplayArea& a)
{
    const QString km2 = QStringLiteral("%1 km2").arg(a.km2, 0, 'f', 2);
    if (a.area.kind() == GeoArea::Kind::Circle)
        return QStringLiteral("circle %1 m, %2").arg(a.area.radiusMetres(), 0, 'f', 0).arg(km2);
    return QStringLiteral("polygon, %1").arg(km2);
}

void addAreas(ActionReport& report, const QList<ReplayArea>& areas)
{
    report.areas = areas;
    qsizetype next = 0;
    for (TimelineEntry& e : report.timeline) {
        if (e.what != QLatin1String("area") || next >= areas.size())
            continue;
        const ReplayArea& a = areas[next];
        if (next == 0) {
            e.detail = areaText(a);
        } else {
            e.what = QStringLiteral("area_grown");
            e.detail = QStringLiteral("%1 -> %2").arg(areaText(areas[next - 1]), areaText(a));
        }
        ++next;
    }
}

void mergeAudit(ActionReport& report, const std::vector<AuditRecord>& records)
{
    for (TimelineEntry& e : report.timeline)
        if (e.source.isEmpty())
            e.source = sourceOf(e.what);
    QList<TimelineEntry> added;
    QMap<QString, Batches> batches; // per channel
    for (const AuditRecord& r : records) {
        if (leftOut(r.action))
            continue;
        const QDateTime at = QDateTime::fromString(r.timeUtc, Qt::ISODateWithMs).toUTC();
        if (r.action == QLatin1String("dispatch.batch")) {
            const QJsonObject d = QJsonDocument::fromJson(r.details.toUtf8()).object();
            Batches& b = batches[d.value(QLatin1String("channel")).toString()];
            b.last = at;
            ++b.records;
            for (const char* key : {"sent", "failed", "uncertain", "stale", "requeued"})
                b.counts[QLatin1String(key)] += d.value(QLatin1String(key)).toInteger();
            continue;
        }
        const QString step = r.action.startsWith(QLatin1String("action."))
                                 ? r.action.mid(int(qstrlen("action.")))
                                 : QString();
        auto match = std::find_if(
            report.timeline.begin(), report.timeline.end(), [&](const TimelineEntry& e) {
                const bool same = step == QLatin1String("tip")
                                      ? e.source == QLatin1String("tips")
                                      : e.source == QLatin1String("register") && e.what == step;
                return same && e.seq == 0 && r.result == QLatin1String("ok") &&
                       std::abs(e.at.msecsTo(at)) <= kSameStepMs;
            });
        if (!step.isEmpty() && match != report.timeline.end()) {
            match->source += QStringLiteral("+audit");
            match->seq = r.seq;
            continue;
        }
        added.append({at, r.action, r.actor, detailOf(r), QStringLiteral("audit"), r.seq});
    }
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        QStringList parts;
        for (auto c = it->counts.cbegin(); c != it->counts.cend(); ++c)
            if (c.value() > 0)
                parts << QStringLiteral("%1=%2").arg(c.key()).arg(c.value());
        added.append({it->last, QStringLiteral("dispatch.batch"), QStringLiteral("system"),
                      QStringLiteral("%1: %2 (%3 records)")
                          .arg(it.key(), parts.join(QStringLiteral(", ")))
                          .arg(it->records),
                      QStringLiteral("audit"), 0});
    }
    report.timeline.append(added);
    std::stable_sort(report.timeline.begin(), report.timeline.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; });
}

Status mergeAudit(ActionReport& report, const AuditQuery& query)
{
    AuditFilter filter;
    filter.actionId = QString::number(report.row.id);
    filter.mode = report.row.mode; // the other mode's action of this number is another one
    std::vector<AuditRecord> records;
    if (auto s = query.forEach(filter,
                               [&](const AuditRecord& r) {
                                   records.push_back(r);
                                   return true;
                               });
        !s)
        return s;
    mergeAudit(report, records);
    return {};
}

} // namespace burgernet::ReportTimeline
