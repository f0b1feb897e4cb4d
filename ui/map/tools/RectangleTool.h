#pragma once

#include "ui/map/tools/AreaTool.h"

namespace burgernet {

// Press one corner, drag to the opposite one, release.
class RectangleTool : public AreaTool
{
    Q_OBJECT
public:
    using AreaTool::AreaTool;
    QString name() const override { return tr("Rectangle"); }

    bool mousePress(const MapMouseEvent& event) override;
    bool mouseMove(const MapMouseEvent& event) override;
    bool mouseRelease(const MapMouseEvent& event) override;

    static GeoArea rectangle(const QGeoCoordinate& a, const QGeoCoordinate& b);

protected:
    void reset() override { m_dragging = false; }

private:
    bool m_dragging = false;
    QGeoCoordinate m_start;
    QPointF m_startScreen;
};

} // namespace burgernet
