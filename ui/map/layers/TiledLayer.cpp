#include "ui/map/layers/TiledLayer.h"

#include "app/geo/WebMercator.h"
#include "ui/map/MapViewport.h"

#include <QPainter>

#include <cmath>

namespace burgernet {

TiledLayer::TiledLayer(QString id, QString name, int zValue, QObject* parent)
    : MapLayer(std::move(id), std::move(name), zValue, parent)
{}

void TiledLayer::setZoomRange(int minZoom, int maxZoom)
{
    m_minZoom = minZoom;
    m_maxZoom = maxZoom;
}

void TiledLayer::insert(const TileKey& key, const QImage& image)
{
    m_tiles.insert(key, new QImage(image));
    Q_EMIT changed();
}

void TiledLayer::markMissing(const TileKey& key)
{
    m_missing.insert(key);
    Q_EMIT changed();
}

void TiledLayer::clearMissing()
{
    m_missing.clear();
    Q_EMIT changed();
}

void TiledLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    m_lastDrawn = 0;
    const int z = std::clamp(viewport.tileZoom(), m_minZoom, m_maxZoom);
    const int n = 1 << z;
    const QRectF view = viewport.visibleWorld();
    const int x0 = std::max(0, static_cast<int>(std::floor(view.left() * n)));
    const int x1 = std::min(n - 1, static_cast<int>(std::ceil(view.right() * n)) - 1);
    const int y0 = std::max(0, static_cast<int>(std::floor(view.top() * n)));
    const int y1 = std::min(n - 1, static_cast<int>(std::ceil(view.bottom() * n)) - 1);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const TileKey key{z, x, y};
            // One pixel of overlap hides the seams between scaled tiles.
            const QRectF target =
                QRectF(viewport.toScreen(QPointF(double(x) / n, double(y) / n)),
                       viewport.toScreen(QPointF(double(x + 1) / n, double(y + 1) / n)))
                    .adjusted(0, 0, 0.5, 0.5);
            if (const QImage* image = m_tiles.object(key)) {
                painter.drawImage(target, *image);
                ++m_lastDrawn;
                continue;
            }
            if (!m_missing.contains(key))
                fetch(key);
            // A parent tile, scaled, until this one arrives.
            for (int up = 1; up <= 4 && z - up >= m_minZoom; ++up) {
                const TileKey parent{z - up, x >> up, y >> up};
                if (const QImage* image = m_tiles.object(parent)) {
                    const int span = 1 << up;
                    const double size = double(image->width()) / span;
                    const QRectF source((x - (parent.x << up)) * size,
                                        (y - (parent.y << up)) * size, size, size);
                    painter.drawImage(target, *image, source);
                    ++m_lastDrawn;
                    break;
                }
            }
        }
}

} // namespace burgernet
