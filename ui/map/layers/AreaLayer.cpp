#include "ui/map/layers/AreaLayer.h"

#include "ui/map/AreaController.h"
#include "ui/map/AreaPainter.h"
#include "ui/map/MapViewport.h"

#include <QLocale>
#include <QPainter>

namespace burgernet {

const QColor AreaLayer::kTipColour(0xf0, 0xa8, 0x00);

AreaLayer::AreaLayer(AreaController& controller, QObject* parent)
    : MapLayer(QStringLiteral("areas"), tr("Alert area, incident and tips"), AreasZ, parent)
    , m_controller(controller)
{
    connect(&controller, &AreaController::alertAreaChanged, this, &MapLayer::changed);
    connect(&controller, &AreaController::incidentChanged, this, &MapLayer::changed);
    connect(&controller, &AreaController::previewChanged, this, &MapLayer::changed);
    connect(&controller, &AreaController::tipsChanged, this, &MapLayer::changed);
}

void AreaLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    const GeoArea& area = m_controller.area();
    if (!area.isEmpty()) {
        areapaint::paint(painter, area, viewport, areapaint::Style::Committed);
        // While a new area is drawn its own count is shown by the tool.
        if (!m_controller.isDrawing()) {
            const QRectF box = areapaint::path(area, viewport).boundingRect();
            areapaint::label(
                painter, QPointF(box.center().x(), box.top()),
                tr("%1 participants").arg(QLocale().toString(m_controller.count().participants)),
                m_controller.exceedsThreshold());
        }
    }
    // Call-back tips: amber diamonds, under the incident pin.
    painter.setRenderHint(QPainter::Antialiasing);
    for (const AreaController::Tip& tip : m_controller.tips()) {
        const QPointF at = viewport.toScreen(tip.at);
        const QPolygonF diamond{at + QPointF(0, -7), at + QPointF(7, 0), at + QPointF(0, 7),
                                at + QPointF(-7, 0)};
        painter.setPen(QPen(QColor(0x5a, 0x3a, 0x00), 1.2));
        painter.setBrush(kTipColour);
        painter.drawPolygon(diamond);
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
