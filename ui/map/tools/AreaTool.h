#pragma once

#include "app/geo/GeoArea.h"
#include "ui/map/MapTool.h"

namespace burgernet {

class AreaController;

// A tool that draws or edits the alert area through the AreaController: previews while the
// mouse moves (the controller counts them), commits when done, Esc cancels.
class AreaTool : public MapTool
{
    Q_OBJECT
public:
    AreaTool(MapCanvas* canvas, AreaController& controller);

    void cancel() override;
    bool keyPress(QKeyEvent* event) override;
    void paintOverlay(QPainter& painter, const MapViewport& viewport) override;

protected:
    AreaController& controller() const { return m_controller; }
    // Drops the tool's own state (points, centre); the base clears the preview.
    virtual void reset() = 0;
    // Extra drawing on top of the preview (vertices, the typed radius).
    virtual void paintExtras(QPainter&, const MapViewport&) {}
    // Pixels between two screen points, for "near" tests.
    static double pixels(const QPointF& a, const QPointF& b);

private:
    AreaController& m_controller;
};

} // namespace burgernet
