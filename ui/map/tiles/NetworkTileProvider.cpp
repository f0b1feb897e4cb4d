#include "ui/map/tiles/NetworkTileProvider.h"

#include "ui/map/tiles/TileLoader.h"

namespace burgernet {

NetworkTileProvider::NetworkTileProvider(TileSource source, const QString& cacheDirectory,
                                         QObject* parent)
    : TileProvider(parent)
    , m_source(std::move(source))
{
    auto* loader = new TileLoader(m_source, cacheDirectory);
    loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, loader, &QObject::deleteLater);
    connect(this, &TileProvider::requested, loader, &TileLoader::request);
    connect(loader, &TileLoader::loaded, this,
            [this](const TileKey& key, const QImage& image, bool fromCache) {
                if (fromCache) {
                    ++m_cacheLoads;
                } else {
                    ++m_networkLoads;
                    setOffline(false);
                }
                deliver(key, image);
            });
    connect(loader, &TileLoader::failed, this,
            [this](const TileKey& key, const QString& reason, bool unreachable) {
                if (unreachable)
                    setOffline(true);
                fail(key, reason);
            });
    m_thread.setObjectName(QStringLiteral("tiles-") + m_source.id);
    m_thread.start();
}

NetworkTileProvider::~NetworkTileProvider()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace burgernet
