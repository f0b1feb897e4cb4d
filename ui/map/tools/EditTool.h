#pragma once

#include "ui/map/tools/AreaTool.h"

namespace burgernet {

// Changes the alert area: drag a polygon's corner, drag a circle's edge to change its radius,
// or drag inside the area to move all of it. Each drag is one undoable step.
class EditTool : public AreaTool
{
    Q_OBJECT
public:
    using AreaTool::AreaTool;
    QString name() const override { return tr("Edit area"); }
    Qt::CursorShape cursorShape() const override { return Qt::PointingHandCursor; }

    bool mousePress(const MapMouseEvent& event) override;
    bool mouseMove(const MapMouseEvent& event) override;
    bool mouseRelease(const MapMouseEvent& event) override;

protected:
    void reset() override { m_mode = Mode::None; }
    void paintExtras(QPainter& painter, const MapViewport& viewport) override;

private:
    enum class Mode { None, Vertex, Radius, Move };
    GeoArea edited(const QGeoCoordinate& to) const;

    Mode m_mode = Mode::None;
    GeoArea m_original;
    QGeoCoordinate m_start;
    qsizetype m_part = 0;
    qsizetype m_ring = 0; // 0 outer, 1.. holes
    qsizetype m_vertex = 0;
};

} // namespace burgernet
