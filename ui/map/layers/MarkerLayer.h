#pragma once

#include "ui/map/MapLayer.h"

#include <QGeoCoordinate>
#include <QList>

namespace burgernet {

// Places the map was asked to show (a participant's addresses, "Show on map"): a red pin each,
// with a label such as the pseudonym, never a name or an address.
class MarkerLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit MarkerLayer(QObject* parent = nullptr);
    void setMarkers(const QList<QGeoCoordinate>& places, const QString& label);
    void clear();
    const QList<QGeoCoordinate>& markers() const { return m_places; }
    QString label() const { return m_label; }
    void paint(QPainter& painter, const MapViewport& viewport) override;

private:
    QList<QGeoCoordinate> m_places;
    QString m_label;
};

} // namespace burgernet
