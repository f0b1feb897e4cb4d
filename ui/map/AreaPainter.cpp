#include "ui/map/AreaPainter.h"

#include "ui/map/MapViewport.h"

#include <QPainter>

#include <cmath>

namespace burgernet::areapaint {

QGeoCoordinate destination(const QGeoCoordinate& from, double bearingDegrees, double metres)
{
    return geo::destination(from, bearingDegrees, metres);
}

QPolygonF circle(const QGeoCoordinate& centre, double radiusMetres, const MapViewport& viewport)
{
    QPolygonF polygon;
    polygon.reserve(73);
    for (int i = 0; i <= 72; ++i)
        polygon << viewport.toScreen(destination(centre, i * 5.0, radiusMetres));
    return polygon;
}

QPolygonF ring(const GeoRing& ring, const MapViewport& viewport)
{
    QPolygonF polygon;
    polygon.reserve(ring.size() + 1);
    for (const QGeoCoordinate& c : ring)
        polygon << viewport.toScreen(c);
    if (!polygon.isEmpty())
        polygon << polygon.first();
    return polygon;
}

QPainterPath path(const GeoArea& area, const MapViewport& viewport)
{
    QPainterPath p;
    p.setFillRule(Qt::OddEvenFill);
    if (area.kind() == GeoArea::Kind::Circle) {
        p.addPolygon(circle(area.centre(), area.radiusMetres(), viewport));
    } else if (area.kind() == GeoArea::Kind::Polygon) {
        for (const GeoPolygon& part : area.parts()) {
            p.addPolygon(ring(part.outer, viewport));
            for (const GeoRing& hole : part.holes)
                p.addPolygon(ring(hole, viewport));
        }
    }
    return p;
}

void paint(QPainter& painter, const GeoArea& area, const MapViewport& viewport, Style style)
{
    if (area.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor red(0xc8, 0x10, 0x2e);
    if (style == Style::Committed) {
        painter.setPen(QPen(red, 2.5));
        painter.setBrush(QColor(red.red(), red.green(), red.blue(), 45));
    } else {
        painter.setPen(QPen(red, 2, Qt::DashLine));
        painter.setBrush(QColor(red.red(), red.green(), red.blue(), 25));
    }
    painter.drawPath(path(area, viewport));
    if (area.kind() == GeoArea::Kind::Circle) {
        const QPointF c = viewport.toScreen(area.centre());
        painter.drawLine(c - QPointF(5, 0), c + QPointF(5, 0));
        painter.drawLine(c - QPointF(0, 5), c + QPointF(0, 5));
    }
    painter.restore();
}

void label(QPainter& painter, const QPointF& anchor, const QString& text, bool warning)
{
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    QRectF box(0, 0, metrics.horizontalAdvance(text) + 12, metrics.height() + 6);
    box.moveCenter(anchor - QPointF(0, box.height() / 2 + 4));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(warning ? QColor(0xc8, 0x10, 0x2e) : QColor(0x55, 0x55, 0x55), 1));
    painter.setBrush(warning ? QColor(0xff, 0xe5, 0xe5) : QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(warning ? QColor(0xa0, 0x00, 0x10) : Qt::black);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace burgernet::areapaint
