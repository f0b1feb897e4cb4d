#pragma once

#include <QGeoCoordinate>
#include <QObject>
#include <QPointF>

class QKeyEvent;
class QPainter;

namespace burgernet {

class MapCanvas;
class MapViewport;

// A mouse event on the map, with the map coordinate already worked out (QGIS QgsMapMouseEvent).
struct MapMouseEvent
{
    QPointF screen;
    QGeoCoordinate coordinate;
    Qt::MouseButton button = Qt::NoButton; // the button that changed (press/release)
    Qt::MouseButtons buttons;              // the buttons held
    Qt::KeyboardModifiers modifiers;
};

// The base of the map tools, as in QGIS QgsMapTool: the canvas forwards its events to the active
// tool and does nothing else with them; a tool returns true when it used the event, otherwise
// the canvas navigates (drag to pan, wheel to zoom, arrows). Tools draw their rubber band in
// paintOverlay() and nothing else.
class MapTool : public QObject
{
    Q_OBJECT
public:
    explicit MapTool(MapCanvas* canvas);

    MapCanvas* canvas() const { return m_canvas; }
    virtual QString name() const = 0;
    virtual Qt::CursorShape cursorShape() const { return Qt::CrossCursor; }

    virtual void activate() {}
    // Called when another tool takes over: what is half-drawn is dropped.
    virtual void deactivate() { cancel(); }
    virtual void cancel() {}

    virtual bool mousePress(const MapMouseEvent&) { return false; }
    virtual bool mouseMove(const MapMouseEvent&) { return false; }
    virtual bool mouseRelease(const MapMouseEvent&) { return false; }
    virtual bool mouseDoubleClick(const MapMouseEvent&) { return false; }
    virtual bool keyPress(QKeyEvent*) { return false; }

    virtual void paintOverlay(QPainter&, const MapViewport&) {}

Q_SIGNALS:
    // The rubber band changed: repaint.
    void changed();

protected:
    const MapViewport& viewport() const;

private:
    MapCanvas* m_canvas;
};

} // namespace burgernet
