#pragma once

#include "ui/map/layers/TiledLayer.h"

namespace burgernet {

class TileLoader;

// Tiles from an online XYZ/WMTS service (PDOK, OpenStreetMap, a custom template), cached on
// disk; when the service cannot be reached the basemap below shows through and the credit line
// says so.
class OnlineTileLayer : public TiledLayer
{
    Q_OBJECT
public:
    OnlineTileLayer(const TileSource& source, const QString& cacheDirectory,
                    QObject* parent = nullptr);

    QString attribution() const override;
    TileLoader* loader() const { return m_loader; }

protected:
    void fetch(const TileKey& key) override;

private:
    TileLoader* m_loader;
};

} // namespace burgernet
