#pragma once

#include "ui/map/tools/AreaTool.h"

namespace burgernet {

// Clicks add points, the mouse is a floating last point, a double-click or Enter finishes,
// Backspace removes the last point, Esc cancels. Subclasses say what area the points make.
class PathTool : public AreaTool
{
    Q_OBJECT
public:
    using AreaTool::AreaTool;

    bool mousePress(const MapMouseEvent& event) override;
    bool mouseMove(const MapMouseEvent& event) override;
    bool mouseRelease(const MapMouseEvent& event) override;
    bool mouseDoubleClick(const MapMouseEvent& event) override;
    bool keyPress(QKeyEvent* event) override;

    const GeoRing& points() const { return m_points; }

protected:
    virtual int minimumPoints() const = 0;
    virtual GeoArea shape(const GeoRing& points) const = 0;
    virtual QString commitText() const = 0;
    void reset() override;
    void paintExtras(QPainter& painter, const MapViewport& viewport) override;
    void updatePreview();
    bool finish();

private:
    GeoRing m_points;
    QGeoCoordinate m_floating;
};

// A polygon: at least three corners.
class PolygonTool : public PathTool
{
    Q_OBJECT
public:
    using PathTool::PathTool;
    QString name() const override { return tr("Polygon"); }

protected:
    int minimumPoints() const override { return 3; }
    GeoArea shape(const GeoRing& points) const override;
    QString commitText() const override { return tr("Draw polygon"); }
};

// A corridor along an escape route: a polyline buffered to a width in metres (GEOS).
class CorridorTool : public PathTool
{
    Q_OBJECT
public:
    using PathTool::PathTool;
    QString name() const override { return tr("Corridor"); }
    double widthMetres() const { return m_width; }
    void setWidthMetres(double metres);

protected:
    int minimumPoints() const override { return 2; }
    GeoArea shape(const GeoRing& points) const override;
    QString commitText() const override { return tr("Draw corridor"); }

private:
    double m_width = 200;
};

} // namespace burgernet
