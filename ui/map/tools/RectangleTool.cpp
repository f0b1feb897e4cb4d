#include "ui/map/tools/RectangleTool.h"

#include "ui/map/AreaController.h"

namespace burgernet {

GeoArea RectangleTool::rectangle(const QGeoCoordinate& a, const QGeoCoordinate& b)
{
    const double south = std::min(a.latitude(), b.latitude());
    const double north = std::max(a.latitude(), b.latitude());
    const double west = std::min(a.longitude(), b.longitude());
    const double east = std::max(a.longitude(), b.longitude());
    return GeoArea::polygon({{south, west}, {south, east}, {north, east}, {north, west}});
}

bool RectangleTool::mousePress(const MapMouseEvent& event)
{
    if (event.button != Qt::LeftButton)
        return false;
    m_dragging = true;
    m_start = event.coordinate;
    m_startScreen = event.screen;
    return true;
}

bool RectangleTool::mouseMove(const MapMouseEvent& event)
{
    if (!m_dragging)
        return false;
    controller().setPreview(rectangle(m_start, event.coordinate));
    return true;
}

bool RectangleTool::mouseRelease(const MapMouseEvent& event)
{
    if (!m_dragging || event.button != Qt::LeftButton)
        return false;
    m_dragging = false;
    const QPointF d = event.screen - m_startScreen;
    if (std::abs(d.x()) < 4 || std::abs(d.y()) < 4) { // a click, not a rectangle
        controller().clearPreview();
        return true;
    }
    controller().commit(rectangle(m_start, event.coordinate), tr("Draw rectangle"));
    return true;
}

} // namespace burgernet
