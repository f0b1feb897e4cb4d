#include "app/services/ReplayStore.h"

#include "app/dispatch/ActionRepository.h"
#include "app/geo/WebMercator.h"
#include "app/services/ReviewTypes.h"
#include "app/storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace burgernet {

namespace {

// Cells of about 190 m (a zoom-9 pixel at Dutch latitudes), coarser for large areas so that an
// area spans at most this many cells.
constexpr int kFinestBinZoom = 9;
constexpr int kMaxCellsAcross = 60;

Error failed(const QSqlQuery& q, const QString& what)
{
    return Error{ReplayStore::tr("Replay (%1): %2").arg(what, q.lastError().text())};
}

QDateTime timeOf(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QPoint binOf(double lat, double lon, int zoom)
{
    const QPointF world = mercator::worldFromLonLat(lon, lat);
    const double pixels = mercator::worldPixels(zoom);
    return {int(std::floor(world.x() * pixels)), int(std::floor(world.y() * pixels))};
}

} // namespace

ReplayStore::ReplayStore(Database& db)
    : m_db(db)
{}

Result<QList<ReplayArea>> ReplayStore::areas(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, detail FROM action_events WHERE action_id = ? AND event "
                             "= 'area' ORDER BY at, id"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, tr("areas"));
    QList<ReplayArea> out;
    while (q.next())
        if (auto area = GeoArea::fromGeoJson(q.value(1).toString().toUtf8()))
            out.append({timeOf(q.value(0)), *area, areaSquareMetres(*area) / 1e6});
    if (!out.isEmpty())
        return out;
    auto action = ActionRepository(m_db).load(id);
    if (!action)
        return action.error();
    if (!action->area.isEmpty() && action->sentAt.isValid())
        out.append({action->sentAt, action->area, areaSquareMetres(action->area) / 1e6});
    return out;
}

Result<ReplayData> ReplayStore::replay(qint64 id, Mode mode) const
{
    auto action = ActionRepository(m_db).load(id);
    if (!action || action->mode != mode || !action->sentAt.isValid())
        return Error{tr("There is no action %1 to replay in %2 mode.").arg(id).arg(enumId(mode))};
    ReplayData data;
    data.actionId = id;
    data.mode = mode;
    data.state = action->state;
    data.outcome = action->outcome;
    data.incident = action->content.location;
    data.start = action->createdAt;
    data.sent = action->sentAt;
    if (action->state == ActionState::Closed || action->state == ActionState::Cancelled)
        data.closed = action->closedAt;
    auto areas = this->areas(id);
    if (!areas)
        return areas.error();
    data.areas = *areas;

    // The tips' words may name people: the replay keeps when, where and whether useful.
    QSqlQuery tips(m_db.connection());
    tips.setForwardOnly(true);
    tips.prepare(QStringLiteral(
        "SELECT at, lat, lon, useful FROM action_tips WHERE action_id = ? ORDER BY at, id"));
    tips.addBindValue(id);
    if (!tips.exec())
        return failed(tips, tr("tips"));
    while (tips.next()) {
        ReplayTip tip;
        tip.at = timeOf(tips.value(0));
        if (!tips.value(1).isNull() && !tips.value(2).isNull())
            tip.place = QGeoCoordinate(tips.value(1).toDouble(), tips.value(2).toDouble());
        tip.useful = tips.value(3).toInt() != 0;
        data.tips.append(tip);
    }
    if (auto s = addDeliveries(data); !s)
        return s.error();

    data.end = data.closed.isValid() ? data.closed : data.sent;
    for (const ReplayTip& tip : std::as_const(data.tips))
        data.end = std::max(data.end, tip.at);
    for (const ReplayArea& a : std::as_const(data.areas))
        data.end = std::max(data.end, a.at);
    if (!data.reachedAtMs.empty())
        data.end = std::max(data.end, timeOf(data.reachedAtMs.back()));
    return data;
}

Status ReplayStore::addDeliveries(ReplayData& data) const
{
    // Each recipient of the alert once, first reached on any channel (NULL: never), with the
    // places they registered; the one inside an area of the action is where they count.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT x.pid, x.first_at, l.lat, l.lon FROM (SELECT participant_id AS pid, "
        "MIN(CASE WHEN state IN ('sent', 'delivered') THEN updated_at END) AS first_at FROM "
        "outbox WHERE action_id = ? AND message_type = 'alert' AND participant_id IS NOT NULL "
        "GROUP BY participant_id) x LEFT JOIN locations l ON l.participant_id = x.pid "
        "ORDER BY x.pid"));
    q.addBindValue(data.actionId);
    if (!q.exec())
        return failed(q, tr("deliveries"));

    GeoArea::Box box{90, 180, -90, -180};
    for (const ReplayArea& a : std::as_const(data.areas)) {
        const GeoArea::Box b = a.area.boundingBox();
        box = {std::min(box.south, b.south), std::min(box.west, b.west),
               std::max(box.north, b.north), std::max(box.east, b.east)};
    }
    data.binZoom = kFinestBinZoom;
    if (!data.areas.isEmpty())
        while (data.binZoom > 4) {
            const QPoint a = binOf(box.north, box.west, data.binZoom);
            const QPoint b = binOf(box.south, box.east, data.binZoom);
            if (std::max(b.x() - a.x(), b.y() - a.y()) <= kMaxCellsAcross)
                break;
            --data.binZoom;
        }

    QHash<quint64, ReplayCell> cells;
    const auto inArea = [&](double lat, double lon) {
        for (const ReplayArea& a : std::as_const(data.areas))
            if (a.area.contains(lat, lon))
                return true;
        return false;
    };
    qint64 current = -1;
    bool placed = true;
    QVariant firstAt;
    const auto finish = [&] {
        if (current < 0)
            return;
        ++data.recipients;
        if (!firstAt.isNull())
            data.reachedAtMs.push_back(firstAt.toLongLong());
    };
    while (q.next()) {
        const qint64 pid = q.value(0).toLongLong();
        if (pid != current) {
            finish();
            current = pid;
            placed = false;
            firstAt = q.value(1);
        }
        if (placed || q.value(2).isNull())
            continue;
        const double lat = q.value(2).toDouble(), lon = q.value(3).toDouble();
        if (!inArea(lat, lon))
            continue;
        placed = true;
        const QPoint bin = binOf(lat, lon, data.binZoom);
        ReplayCell& cell = cells[(quint64(quint32(bin.x())) << 32) | quint32(bin.y())];
        cell.x = bin.x();
        cell.y = bin.y();
        ++cell.recipients;
        if (!firstAt.isNull())
            cell.reachedAtMs.push_back(firstAt.toLongLong());
    }
    finish();
    std::sort(data.reachedAtMs.begin(), data.reachedAtMs.end());
    for (ReplayCell& cell : cells) {
        if (cell.recipients < ReplayData::kMinCellRecipients)
            continue;
        std::sort(cell.reachedAtMs.begin(), cell.reachedAtMs.end());
        data.cells.push_back(std::move(cell));
    }
    std::sort(data.cells.begin(), data.cells.end(), [](const ReplayCell& a, const ReplayCell& b) {
        return std::pair(a.y, a.x) < std::pair(b.y, b.x);
    });
    return {};
}

} // namespace burgernet
