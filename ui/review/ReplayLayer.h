#pragma once

#include "app/services/ReplayTypes.h"
#include "ui/map/MapLayer.h"

#include <QDateTime>

namespace burgernet {

// The review's replay on the map at one moment: the recipients reached by then as density
// (cells, never addresses), the area in force then (earlier ones dashed), the tips logged by
// then and, once it went, the closing message.
class ReplayLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit ReplayLayer(QObject* parent = nullptr);

    void setData(const ReplayData* data);
    void setTime(const QDateTime& time);
    QDateTime time() const { return m_time; }

    void paint(QPainter& painter, const MapViewport& viewport) override;

    static const QColor kDensityColour;

private:
    void paintCells(QPainter& painter, const MapViewport& viewport) const;
    void paintTips(QPainter& painter, const MapViewport& viewport) const;

    const ReplayData* m_data = nullptr;
    QDateTime m_time;
    qint64 m_maxCell = 1;
};

} // namespace burgernet
