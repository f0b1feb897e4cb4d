#include "ui/training/TruePathView.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace burgernet {

TruePathView::TruePathView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("truePathView"));
    setMinimumSize(200, 150);
}

void TruePathView::setScenario(const Scenario* scenario)
{
    m_scenario = scenario;
    clear();
}

void TruePathView::setMinute(double minute)
{
    m_minute = minute;
    update();
}

void TruePathView::setArea(const std::optional<GeoArea>& area)
{
    m_area = area;
    update();
}

void TruePathView::addTip(const QGeoCoordinate& at)
{
    m_tips << at;
    update();
}

void TruePathView::clear()
{
    m_tips.clear();
    m_area.reset();
    m_minute = 0;
    update();
}

void TruePathView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xf4, 0xf1, 0xf8));
    if (!m_scenario || m_scenario->path.isEmpty())
        return;
    p.setRenderHint(QPainter::Antialiasing);
    // The bounds of the path, with room around it; metres east and north of its first point.
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (const PathPoint& point : m_scenario->path) {
        minLat = std::min(minLat, point.position.latitude());
        maxLat = std::max(maxLat, point.position.latitude());
        minLon = std::min(minLon, point.position.longitude());
        maxLon = std::max(maxLon, point.position.longitude());
    }
    const double cosLat = std::cos((minLat + maxLat) / 2 * M_PI / 180);
    const double spanX = std::max(1e-4, (maxLon - minLon) * cosLat);
    const double spanY = std::max(1e-4, maxLat - minLat);
    const double margin = 24;
    const double scale =
        std::min((width() - 2 * margin) / spanX, (height() - 2 * margin) / spanY) * 0.9;
    const double cx = (minLon + maxLon) / 2;
    const double cy = (minLat + maxLat) / 2;
    const auto toPoint = [&](double lat, double lon) {
        return QPointF(width() / 2.0 + (lon - cx) * cosLat * scale,
                       height() / 2.0 - (lat - cy) * scale);
    };
    if (m_area) {
        QPainterPath outline;
        if (m_area->kind() == GeoArea::Kind::Circle) {
            const QPointF c = toPoint(m_area->centre().latitude(), m_area->centre().longitude());
            const double r = m_area->radiusMetres() / 111'320.0 * scale;
            outline.addEllipse(c, r, r);
        } else {
            const GeoRing ring = m_area->outer();
            for (qsizetype i = 0; i < ring.size(); ++i) {
                const QPointF q = toPoint(ring.at(i).latitude(), ring.at(i).longitude());
                i == 0 ? outline.moveTo(q) : outline.lineTo(q);
            }
            outline.closeSubpath();
        }
        p.setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 1.5));
        p.setBrush(QColor(0x6a, 0x1b, 0x9a, 40));
        p.drawPath(outline);
    }
    QPainterPath line;
    for (qsizetype i = 0; i < m_scenario->path.size(); ++i) {
        const QGeoCoordinate& c = m_scenario->path.at(i).position;
        const QPointF q = toPoint(c.latitude(), c.longitude());
        i == 0 ? line.moveTo(q) : line.lineTo(q);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0x80, 0x80, 0x80), 2, Qt::DashLine));
    p.drawPath(line);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1e, 0x88, 0xe5));
    for (const QGeoCoordinate& tip : std::as_const(m_tips))
        p.drawEllipse(toPoint(tip.latitude(), tip.longitude()), 4, 4);
    const QGeoCoordinate now = m_scenario->positionAt(m_minute);
    p.setBrush(QColor(0xd3, 0x2f, 0x2f));
    p.drawEllipse(toPoint(now.latitude(), now.longitude()), 6, 6);
}

} // namespace burgernet
