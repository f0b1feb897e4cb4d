#pragma once

#include "ui/map/MapLayer.h"

#include <QColor>

namespace burgernet {

class AreaController;

// The call-back tips of the open actions: an amber diamond at each place with the time the call
// came in beside it, so that a route shows at a glance. Useful tips have a dark outline.
class TipLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit TipLayer(AreaController& controller, QObject* parent = nullptr);
    void paint(QPainter& painter, const MapViewport& viewport) override;
    static const QColor kColour;

private:
    AreaController& m_controller;
};

} // namespace burgernet
