#pragma once

#include "ui/map/layers/TiledLayer.h"

namespace burgernet {

class NetworkTileProvider;

// Tiles from an online XYZ/WMTS service (PDOK, OpenStreetMap, a custom template), cached on
// disk; when the service cannot be reached the basemap below shows through and the credit line
// says so.
class OnlineTileLayer : public TiledLayer
{
    Q_OBJECT
public:
    OnlineTileLayer(const TileSource& source, const QString& cacheDirectory,
                    QObject* parent = nullptr);
    ~OnlineTileLayer() override;

    QString attribution() const override;
    NetworkTileProvider* provider() const { return m_provider; }
    bool isOffline() const;

Q_SIGNALS:
    void offlineChanged(bool offline);

protected:
    void fetch(const TileKey& key) override;

private:
    NetworkTileProvider* m_provider;
};

} // namespace burgernet
