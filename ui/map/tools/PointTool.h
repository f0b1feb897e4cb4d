#pragma once

#include "ui/map/MapTool.h"

namespace burgernet {

// Picks one place with a click (a tip's place); Escape gives up. It draws nothing itself: what
// the place is for shows it.
class PointTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QString name() const override { return tr("Place"); }
    bool mousePress(const MapMouseEvent& event) override;
    bool mouseRelease(const MapMouseEvent& event) override;
    bool keyPress(QKeyEvent* event) override;

Q_SIGNALS:
    void picked(const QGeoCoordinate& coordinate);
    void cancelled();
};

} // namespace burgernet
