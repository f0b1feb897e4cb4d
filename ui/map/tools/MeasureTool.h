#pragma once

#include "ui/map/MapTool.h"

#include <QList>

namespace burgernet {

// Measures distances: click the points of a route, the total shows at the last one and the
// cursor's leg follows the mouse; double-click or Enter finishes, Backspace removes the last
// point, Esc starts over. Distances are along the WGS84 ellipsoid's mean sphere (within 0.5 %).
class MeasureTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QString name() const override { return tr("Measure"); }

    bool mousePress(const MapMouseEvent& event) override;
    bool mouseMove(const MapMouseEvent& event) override;
    bool mouseDoubleClick(const MapMouseEvent& event) override;
    bool keyPress(QKeyEvent* event) override;
    void cancel() override;
    void paintOverlay(QPainter& painter, const MapViewport& viewport) override;

    const QList<QGeoCoordinate>& points() const { return m_points; }
    // Along the points clicked (not the leg to the cursor).
    double totalMetres() const;
    static QString distanceText(double metres);

Q_SIGNALS:
    // The route's length after every point added or removed.
    void measured(double metres, const QString& text);

private:
    void report();

    QList<QGeoCoordinate> m_points;
    QGeoCoordinate m_cursor;
    bool m_finished = false;
};

} // namespace burgernet
