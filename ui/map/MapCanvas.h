#pragma once

#include "ui/map/MapTool.h"
#include "ui/map/MapViewport.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <vector>

namespace burgernet {

class MapLayer;

// The map widget: keeps the viewport, paints the layers from the bottom up, then the active
// tool's rubber band, the scale bar and the attributions. Mouse and key events go to the active
// tool first (QGIS's canvas/tool split); what the tool leaves is navigation: drag to pan (any
// button with the pan tool, the middle or right button with the others), the wheel zooms around
// the cursor, arrows pan, +/- zoom.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    const MapViewport& viewport() const { return m_viewport; }
    void setViewport(const MapViewport& viewport);

    // The canvas does not own the layers (their parent does).
    void addLayer(MapLayer* layer);
    const std::vector<MapLayer*>& layers() const { return m_layers; }
    MapLayer* layer(const QString& id) const;
    // Sorts the layers by z again (after the layer list changed their order).
    void restack();

    void setTool(MapTool* tool);
    MapTool* tool() const { return m_tool; }
    // The tool that only navigates; others fall back to it.
    void setPanTool(MapTool* tool) { m_panTool = tool; }
    bool isPanTool() const { return m_tool == m_panTool; }

    void zoomToNetherlands();
    void zoomToWorldRect(const QRectF& world);
    void centreOn(const QGeoCoordinate& coordinate, double zoom = -1);

    // The credits of the visible layers, as drawn in the map's corner.
    QString attributionText() const;

    // Paints one frame onto `painter` for `viewport` (the widget and the benchmark use it).
    void render(QPainter& painter, const MapViewport& viewport);

Q_SIGNALS:
    void cursorMoved(const QGeoCoordinate& coordinate);
    void viewportChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    MapMouseEvent toMapEvent(QMouseEvent* event) const;
    void viewportWasChanged();
    void paintScaleBar(QPainter& painter, const MapViewport& viewport) const;
    void paintAttribution(QPainter& painter, const MapViewport& viewport) const;

    MapViewport m_viewport;
    std::vector<MapLayer*> m_layers; // sorted by z
    QPointer<MapTool> m_tool;
    QPointer<MapTool> m_panTool;
    bool m_panning = false;
    // What the last "zoom to" asked for: fitted again on resizes until the user navigates,
    // so that the first layout of the window shows it whole.
    QRectF m_fitted;
    QPointF m_lastPan;
};

} // namespace burgernet
