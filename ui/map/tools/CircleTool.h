#pragma once

#include "ui/map/tools/AreaTool.h"

namespace burgernet {

// Click the centre and drag to the radius; or click the centre, type the radius in metres and
// press Enter.
class CircleTool : public AreaTool
{
    Q_OBJECT
public:
    using AreaTool::AreaTool;
    QString name() const override { return tr("Circle"); }

    bool mousePress(const MapMouseEvent& event) override;
    bool mouseMove(const MapMouseEvent& event) override;
    bool mouseRelease(const MapMouseEvent& event) override;
    bool keyPress(QKeyEvent* event) override;

    bool isTypingRadius() const { return m_state == State::Typing; }
    QString typedRadius() const { return m_typed; }

protected:
    void reset() override;
    void paintExtras(QPainter& painter, const MapViewport& viewport) override;

private:
    enum class State { Idle, Dragging, Typing };
    void previewRadius(double metres);
    void finish(double metres);

    State m_state = State::Idle;
    QGeoCoordinate m_centre;
    QPointF m_centreScreen;
    double m_radius = 0;
    QString m_typed;
};

} // namespace burgernet
