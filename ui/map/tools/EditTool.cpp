#include "ui/map/tools/EditTool.h"

#include "ui/map/AreaController.h"
#include "ui/map/MapViewport.h"

#include <QPainter>

#include <cmath>

namespace burgernet {

namespace {
constexpr double kGrabPixels = 8;
}

bool EditTool::mousePress(const MapMouseEvent& event)
{
    if (event.button != Qt::LeftButton)
        return false;
    const GeoArea& area = controller().area();
    const MapViewport& vp = viewport();
    m_original = area;
    m_start = event.coordinate;
    m_mode = Mode::None;
    if (area.kind() == GeoArea::Kind::Circle) {
        const double edgePixels = area.radiusMetres() / vp.metresPerPixel();
        const double fromCentre = pixels(vp.toScreen(area.centre()), event.screen);
        if (std::abs(fromCentre - edgePixels) <= kGrabPixels)
            m_mode = Mode::Radius;
        else if (fromCentre < edgePixels)
            m_mode = Mode::Move;
    } else if (area.kind() == GeoArea::Kind::Polygon) {
        double best = kGrabPixels;
        for (qsizetype p = 0; p < area.parts().size(); ++p) {
            QList<GeoRing> rings{area.parts()[p].outer};
            rings += area.parts()[p].holes;
            for (qsizetype r = 0; r < rings.size(); ++r)
                for (qsizetype i = 0; i < rings[r].size(); ++i) {
                    const double d = pixels(vp.toScreen(rings[r][i]), event.screen);
                    if (d <= best) {
                        best = d;
                        m_mode = Mode::Vertex;
                        m_part = p;
                        m_ring = r;
                        m_vertex = i;
                    }
                }
        }
        if (m_mode == Mode::None &&
            area.contains(event.coordinate.latitude(), event.coordinate.longitude()))
            m_mode = Mode::Move;
    }
    return m_mode != Mode::None;
}

bool EditTool::mouseMove(const MapMouseEvent& event)
{
    if (m_mode == Mode::None)
        return false;
    controller().setPreview(edited(event.coordinate));
    return true;
}

bool EditTool::mouseRelease(const MapMouseEvent& event)
{
    if (m_mode == Mode::None || event.button != Qt::LeftButton)
        return false;
    const Mode mode = m_mode;
    const GeoArea result = edited(event.coordinate);
    m_mode = Mode::None;
    if (event.coordinate == m_start) {
        controller().clearPreview();
        return true;
    }
    const QString text = mode == Mode::Vertex   ? tr("Move corner")
                         : mode == Mode::Radius ? tr("Change radius")
                                                : tr("Move area");
    controller().commit(result, text);
    return true;
}

GeoArea EditTool::edited(const QGeoCoordinate& to) const
{
    const double dLat = to.latitude() - m_start.latitude();
    const double dLon = to.longitude() - m_start.longitude();
    auto shifted = [&](GeoRing ring) {
        for (QGeoCoordinate& c : ring)
            c = QGeoCoordinate(c.latitude() + dLat, c.longitude() + dLon);
        return ring;
    };
    switch (m_mode) {
    case Mode::Radius:
        return GeoArea::circle(m_original.centre(), m_original.centre().distanceTo(to));
    case Mode::Move:
        if (m_original.kind() == GeoArea::Kind::Circle)
            return GeoArea::circle(QGeoCoordinate(m_original.centre().latitude() + dLat,
                                                  m_original.centre().longitude() + dLon),
                                   m_original.radiusMetres());
        else {
            QList<GeoPolygon> parts = m_original.parts();
            for (GeoPolygon& part : parts) {
                part.outer = shifted(part.outer);
                for (GeoRing& hole : part.holes)
                    hole = shifted(hole);
            }
            return GeoArea::multiPolygon(parts);
        }
    case Mode::Vertex: {
        QList<GeoPolygon> parts = m_original.parts();
        GeoPolygon& part = parts[m_part];
        GeoRing& ring = m_ring == 0 ? part.outer : part.holes[m_ring - 1];
        ring[m_vertex] = to;
        return GeoArea::multiPolygon(parts);
    }
    case Mode::None:
        break;
    }
    return m_original;
}

void EditTool::paintExtras(QPainter& painter, const MapViewport& viewport)
{
    // Handles on the corners of the area being edited.
    const GeoArea& area = controller().area();
    if (area.kind() != GeoArea::Kind::Polygon)
        return;
    painter.setPen(QPen(QColor(0xc8, 0x10, 0x2e), 1.5));
    painter.setBrush(Qt::white);
    for (const GeoPolygon& part : area.parts())
        for (const QGeoCoordinate& c : part.outer)
            painter.drawRect(QRectF(viewport.toScreen(c) - QPointF(4, 4), QSizeF(8, 8)));
}

} // namespace burgernet
