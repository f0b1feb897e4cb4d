#include "ui/map/tools/PathTool.h"

#include "app/geo/AreaGeometry.h"
#include "ui/map/AreaController.h"
#include "ui/map/AreaPainter.h"
#include "ui/map/MapViewport.h"

#include <QKeyEvent>
#include <QPainter>

namespace burgernet {

bool PathTool::mousePress(const MapMouseEvent& event)
{
    if (event.button != Qt::LeftButton)
        return false;
    // The second press of a double-click lands on the point the first one added.
    if (!m_points.isEmpty() && pixels(viewport().toScreen(m_points.last()), event.screen) < 3)
        return true;
    m_points.append(event.coordinate);
    m_floating = event.coordinate;
    updatePreview();
    return true;
}

bool PathTool::mouseMove(const MapMouseEvent& event)
{
    if (m_points.isEmpty())
        return false;
    m_floating = event.coordinate;
    updatePreview();
    return true;
}

bool PathTool::mouseRelease(const MapMouseEvent& event)
{
    return event.button == Qt::LeftButton && !m_points.isEmpty();
}

bool PathTool::mouseDoubleClick(const MapMouseEvent& event)
{
    if (event.button != Qt::LeftButton || m_points.isEmpty())
        return false;
    finish();
    return true;
}

bool PathTool::keyPress(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_points.isEmpty())
            return false;
        finish();
        return true;
    case Qt::Key_Backspace:
        if (m_points.isEmpty())
            return false;
        m_points.removeLast();
        if (m_points.isEmpty())
            controller().clearPreview();
        else
            updatePreview();
        return true;
    default:
        return AreaTool::keyPress(event);
    }
}

void PathTool::reset()
{
    m_points.clear();
    m_floating = QGeoCoordinate();
}

void PathTool::updatePreview()
{
    GeoRing withFloating = m_points;
    if (m_floating.isValid() && (m_points.isEmpty() || m_floating != m_points.last()))
        withFloating.append(m_floating);
    if (withFloating.size() >= minimumPoints())
        controller().setPreview(shape(withFloating));
    else
        controller().clearPreview();
    Q_EMIT changed();
}

bool PathTool::finish()
{
    const GeoRing points = m_points;
    reset();
    if (points.size() < minimumPoints()) {
        controller().clearPreview();
        Q_EMIT changed();
        return false;
    }
    const bool done = controller().commit(shape(points), commitText());
    if (controller().declinedRepair()) {
        // The dispatcher chose to go on editing: the corners drawn so far stay.
        m_points = points;
        updatePreview();
    }
    Q_EMIT changed();
    return done;
}

void PathTool::paintExtras(QPainter& painter, const MapViewport& viewport)
{
    if (m_points.isEmpty())
        return;
    QPolygonF line;
    for (const QGeoCoordinate& c : m_points)
        line << viewport.toScreen(c);
    if (m_floating.isValid())
        line << viewport.toScreen(m_floating);
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(line);
    painter.setPen(QPen(QColor(0xc8, 0x10, 0x2e), 1.5));
    painter.setBrush(Qt::white);
    for (const QGeoCoordinate& c : m_points)
        painter.drawEllipse(viewport.toScreen(c), 4, 4);
}

GeoArea PolygonTool::shape(const GeoRing& points) const
{
    return GeoArea::polygon(points);
}

void CorridorTool::setWidthMetres(double metres)
{
    m_width = metres;
    if (!points().isEmpty())
        updatePreview();
}

GeoArea CorridorTool::shape(const GeoRing& points) const
{
    auto corridor = AreaGeometry::corridor(points, m_width);
    return corridor ? *corridor : GeoArea();
}

} // namespace burgernet
