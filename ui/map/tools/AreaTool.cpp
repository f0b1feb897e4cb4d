#include "ui/map/tools/AreaTool.h"

#include "ui/map/AreaController.h"
#include "ui/map/AreaPainter.h"

#include <QKeyEvent>
#include <QPainter>

#include <cmath>

namespace burgernet {

AreaTool::AreaTool(MapCanvas* canvas, AreaController& controller)
    : MapTool(canvas)
    , m_controller(controller)
{
    connect(&m_controller, &AreaController::previewChanged, this, &MapTool::changed);
}

void AreaTool::cancel()
{
    reset();
    m_controller.clearPreview();
    Q_EMIT changed();
}

bool AreaTool::keyPress(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return true;
    }
    return false;
}

void AreaTool::paintOverlay(QPainter& painter, const MapViewport& viewport)
{
    const GeoArea& preview = m_controller.preview();
    areapaint::paint(painter, preview, viewport, areapaint::Style::Preview);
    paintExtras(painter, viewport);
    if (!preview.isEmpty()) {
        const QRectF box = areapaint::path(preview, viewport).boundingRect();
        areapaint::label(painter, QPointF(box.center().x(), box.top()), m_controller.bubbleText(),
                         m_controller.bubbleWarns());
    }
}

double AreaTool::pixels(const QPointF& a, const QPointF& b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace burgernet
