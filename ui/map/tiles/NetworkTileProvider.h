#pragma once

#include "ui/map/tiles/TileProvider.h"

#include <QThread>

namespace burgernet {

// Tiles from an online XYZ/WMTS service (PDOK, OpenStreetMap, a custom template), through a
// TileLoader on a thread of its own. Offline when the service cannot be reached and the disk
// cache has no copy; online again with the next tile from the service.
class NetworkTileProvider : public TileProvider
{
    Q_OBJECT
public:
    NetworkTileProvider(TileSource source, const QString& cacheDirectory,
                        QObject* parent = nullptr);
    ~NetworkTileProvider() override;

    const TileSource& source() const { return m_source; }
    // How many answers came from the network and from the disk cache.
    int networkLoads() const { return m_networkLoads; }
    int cacheLoads() const { return m_cacheLoads; }
    // Where the loader fetches, reads the disk cache and decodes.
    const QThread* workerThread() const { return &m_thread; }

private:
    TileSource m_source;
    QThread m_thread;
    int m_networkLoads = 0;
    int m_cacheLoads = 0;
};

} // namespace burgernet
