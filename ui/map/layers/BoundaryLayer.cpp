#include "ui/map/layers/BoundaryLayer.h"

#include "app/geo/WebMercator.h"
#include "ui/map/MapViewport.h"

#include <QPainter>

namespace burgernet {

namespace {
// Above the tiles and the participants, below the alert area.
constexpr int kBoundariesZ = MapLayer::LabelsZ - 10;
constexpr double kLabelZoom = 10;
} // namespace

BoundaryLayer::BoundaryLayer(QObject* parent)
    : MapLayer(QStringLiteral("boundaries"), tr("Municipal boundaries"), kBoundariesZ, parent)
{
    setVisible(false);
}

void BoundaryLayer::setBoundaries(const QList<MunicipalBoundary>& boundaries)
{
    m_outlines.clear();
    m_approximate = false;
    for (const MunicipalBoundary& b : boundaries) {
        Outline outline;
        outline.label = b.approximate ? tr("%1 (approximate)").arg(b.name) : b.name;
        m_approximate = m_approximate || b.approximate;
        // The outer rings: a municipality's holes are its neighbours' outlines.
        for (const GeoPolygon& part : b.area.parts()) {
            QPolygonF world;
            for (const QGeoCoordinate& c : part.outer)
                world << mercator::worldFromLonLat(c.longitude(), c.latitude());
            if (!world.isEmpty())
                world << world.front();
            outline.bounds = outline.bounds.united(world.boundingRect());
            outline.rings.push_back(std::move(world));
        }
        m_outlines.push_back(std::move(outline));
    }
    setName(m_approximate ? tr("Municipal boundaries (approximate)") : tr("Municipal boundaries"));
    emit changed();
}

void BoundaryLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    const QRectF view = viewport.visibleWorld();
    const QTransform toScreen = viewport.worldToScreen();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0x55, 0x3c, 0x7a), 1.4, m_approximate ? Qt::DashLine : Qt::SolidLine);
    pen.setCosmetic(true);
    const bool labels = viewport.zoom() >= kLabelZoom;
    QFont font = painter.font();
    font.setItalic(true);
    painter.setFont(font);
    for (const Outline& outline : m_outlines) {
        if (!outline.bounds.intersects(view))
            continue;
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (const QPolygonF& ring : outline.rings)
            painter.drawPolyline(toScreen.map(ring));
        if (labels && view.contains(outline.bounds.center())) {
            painter.setPen(QColor(0x55, 0x3c, 0x7a));
            const QPointF at = toScreen.map(outline.bounds.center());
            painter.drawText(QRectF(at - QPointF(120, 10), QSizeF(240, 20)), Qt::AlignCenter,
                             outline.label);
        }
    }
}

} // namespace burgernet
