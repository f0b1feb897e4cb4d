#pragma once

#include "ui/map/MapLayer.h"

namespace burgernet {

class AreaController;

// The alert area in use, its participant count and the incident marker.
class AreaLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit AreaLayer(AreaController& controller, QObject* parent = nullptr);
    void paint(QPainter& painter, const MapViewport& viewport) override;

private:
    AreaController& m_controller;
};

} // namespace burgernet
