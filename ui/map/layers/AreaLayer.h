#pragma once

#include "ui/map/MapLayer.h"

#include <QColor>

namespace burgernet {

class AreaController;

// The alert area in use, its participant count, the incident marker and the call-back tips.
class AreaLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit AreaLayer(AreaController& controller, QObject* parent = nullptr);
    void paint(QPainter& painter, const MapViewport& viewport) override;
    static const QColor kTipColour;

private:
    AreaController& m_controller;
};

} // namespace burgernet
