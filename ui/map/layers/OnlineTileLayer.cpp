#include "ui/map/layers/OnlineTileLayer.h"

#include "ui/map/tiles/TileLoader.h"

#include <QTimer>

namespace burgernet {

OnlineTileLayer::OnlineTileLayer(const TileSource& source, const QString& cacheDirectory,
                                 QObject* parent)
    : TiledLayer(QStringLiteral("tiles"), source.name, TilesZ, parent)
    , m_loader(new TileLoader(source, cacheDirectory, this))
{
    setZoomRange(source.minZoom, source.maxZoom);
    connect(m_loader, &TileLoader::loaded, this, &OnlineTileLayer::insert);
    // A failed tile is not asked for again on every frame; once a minute the layer tries again.
    connect(m_loader, &TileLoader::failed, this, [this](const TileKey& key) { markMissing(key); });
    auto* retry = new QTimer(this);
    retry->setInterval(60'000);
    connect(retry, &QTimer::timeout, this, [this] {
        if (m_loader->isOffline())
            clearMissing();
    });
    retry->start();
}

QString OnlineTileLayer::attribution() const
{
    const QString credit = m_loader->source().attribution;
    return m_loader->isOffline() ? tr("%1 (offline: basemap shown)").arg(credit) : credit;
}

void OnlineTileLayer::fetch(const TileKey& key)
{
    if (!m_loader->isPending(key))
        m_loader->request(key);
}

} // namespace burgernet
