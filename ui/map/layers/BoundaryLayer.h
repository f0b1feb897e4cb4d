#pragma once

#include "app/geo/MunicipalBoundary.h"
#include "ui/map/MapLayer.h"

#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace burgernet {

// The municipal outlines from the register's boundaries, thin dashed lines with the names from
// zoom 10 on. The demo register's Voronoi cells are approximate: the layer's name and every
// label say so. Off until switched on in the layer list; the outlines are read when given.
class BoundaryLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit BoundaryLayer(QObject* parent = nullptr);
    void setBoundaries(const QList<MunicipalBoundary>& boundaries);
    bool isApproximate() const { return m_approximate; }
    qsizetype boundaryCount() const { return qsizetype(m_outlines.size()); }
    void paint(QPainter& painter, const MapViewport& viewport) override;

private:
    struct Outline
    {
        QString label;
        std::vector<QPolygonF> rings; // world coordinates
        QRectF bounds;
    };
    std::vector<Outline> m_outlines;
    bool m_approximate = false;
};

} // namespace burgernet
