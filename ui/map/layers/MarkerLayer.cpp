#include "ui/map/layers/MarkerLayer.h"

#include "ui/map/MapViewport.h"

#include <QPainter>
#include <QPainterPath>

namespace burgernet {

namespace {
// Above the area (the call-back tips stay on top).
constexpr int kMarkersZ = MapLayer::AreasZ + 5;
} // namespace

MarkerLayer::MarkerLayer(QObject* parent)
    : MapLayer(QStringLiteral("markers"), tr("Shown places"), kMarkersZ, parent)
{}

void MarkerLayer::setMarkers(const QList<QGeoCoordinate>& places, const QString& label)
{
    m_places = places;
    m_label = label;
    emit changed();
}

void MarkerLayer::clear()
{
    setMarkers({}, {});
}

void MarkerLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(painter.font());
    for (const QGeoCoordinate& place : std::as_const(m_places)) {
        const QPointF at = viewport.toScreen(place);
        // A pin whose point is the place.
        QPainterPath pin;
        pin.moveTo(at);
        pin.cubicTo(at + QPointF(-4, -8), at + QPointF(-9, -14), at + QPointF(0, -22));
        pin.cubicTo(at + QPointF(9, -14), at + QPointF(4, -8), at);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawPath(pin);
        painter.setBrush(Qt::white);
        painter.drawEllipse(at + QPointF(0, -15), 3, 3);
        if (m_label.isEmpty())
            continue;
        QRectF box(at + QPointF(8, -30),
                   QSizeF(metrics.horizontalAdvance(m_label) + 6, metrics.height() + 2));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(QColor(0x7a, 0x10, 0x10));
        painter.drawText(box, Qt::AlignCenter, m_label);
    }
}

} // namespace burgernet
