#pragma once

#include "ui/map/MapLayer.h"
#include "ui/map/tiles/TileSource.h"

#include <QCache>
#include <QImage>
#include <QSet>

namespace burgernet {

// A layer of 256-pixel Web Mercator tiles: draws the tiles it holds in memory, asks for the
// missing ones (fetch(), answered later through insert()), and meanwhile fills their place with
// a scaled part of a parent tile when it has one. Never blocks: what is not there is not drawn,
// and the layers below (the basemap) show through.
class TiledLayer : public MapLayer
{
    Q_OBJECT
public:
    TiledLayer(QString id, QString name, int zValue, QObject* parent = nullptr);

    void paint(QPainter& painter, const MapViewport& viewport) override;
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    // Tiles drawn in the last frame (exact or from a parent).
    int lastDrawn() const { return m_lastDrawn; }
    bool hasTile(const TileKey& key) const { return m_tiles.contains(key); }

protected:
    void setZoomRange(int minZoom, int maxZoom);
    virtual void fetch(const TileKey& key) = 0;
    void insert(const TileKey& key, const QImage& image);
    void markMissing(const TileKey& key);
    void clearMissing();

private:
    QCache<TileKey, QImage> m_tiles{600};
    QSet<TileKey> m_missing; // asked and not there: not asked again in this session
    int m_minZoom = 0;
    int m_maxZoom = 19;
    int m_lastDrawn = 0;
};

} // namespace burgernet
