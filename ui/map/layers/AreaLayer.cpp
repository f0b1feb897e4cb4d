#include "ui/map/layers/AreaLayer.h"

#include "ui/map/AreaController.h"
#include "ui/map/AreaPainter.h"
#include "ui/map/MapViewport.h"

#include <QPainter>

namespace burgernet {

AreaLayer::AreaLayer(AreaController& controller, QObject* parent)
    : MapLayer(QStringLiteral("areas"), tr("Alert area and incident"), AreasZ, parent)
    , m_controller(controller)
{
    connect(&controller, &AreaController::alertAreaChanged, this, &MapLayer::changed);
    connect(&controller, &AreaController::incidentChanged, this, &MapLayer::changed);
    connect(&controller, &AreaController::previewChanged, this, &MapLayer::changed);
}

void AreaLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    const GeoArea& area = m_controller.area();
    if (!area.isEmpty()) {
        areapaint::paint(painter, area, viewport, areapaint::Style::Committed);
        // While a new area is drawn its own count is shown by the tool.
        if (!m_controller.isDrawing()) {
            const QRectF box = areapaint::path(area, viewport).boundingRect();
            areapaint::label(painter, QPointF(box.center().x(), box.top()),
                             m_controller.bubbleText(), m_controller.bubbleWarns());
        }
    }
    if (m_controller.incident().isValid()) {
        // A pin: a red drop with a white dot, its tip on the incident.
        const QPointF tip = viewport.toScreen(m_controller.incident());
        QPainterPath pin;
        pin.moveTo(tip);
        pin.cubicTo(tip + QPointF(-4, -8), tip + QPointF(-11, -14), tip + QPointF(-11, -22));
        pin.arcTo(QRectF(tip.x() - 11, tip.y() - 33, 22, 22), 180, -180);
        pin.cubicTo(tip + QPointF(11, -14), tip + QPointF(4, -8), tip);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x60, 0x00, 0x10), 1.2));
        painter.setBrush(QColor(0xd0, 0x10, 0x30));
        painter.drawPath(pin);
        painter.setBrush(Qt::white);
        painter.drawEllipse(tip + QPointF(0, -22), 4, 4);
    }
}

} // namespace burgernet
