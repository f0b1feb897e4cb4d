#include "ui/map/layers/OnlineTileLayer.h"

#include "ui/map/tiles/NetworkTileProvider.h"

#include <QTimer>

namespace burgernet {

OnlineTileLayer::OnlineTileLayer(const TileSource& source, const QString& cacheDirectory,
                                 QObject* parent)
    : TiledLayer(QStringLiteral("tiles"), source.name, TilesZ, parent)
    , m_provider(new NetworkTileProvider(source, cacheDirectory, this))
{
    setZoomRange(source.minZoom, source.maxZoom);
    connect(m_provider, &TileProvider::loaded, this, &OnlineTileLayer::insert);
    // A failed tile is not asked for again on every frame; once a minute the layer tries again.
    connect(m_provider, &TileProvider::failed, this,
            [this](const TileKey& key) { markMissing(key); });
    connect(m_provider, &TileProvider::offlineChanged, this, &OnlineTileLayer::offlineChanged);
    auto* retry = new QTimer(this);
    retry->setInterval(60'000);
    connect(retry, &QTimer::timeout, this, [this] {
        if (m_provider->isOffline()) {
            clearMissing();
            Q_EMIT changed(); // the next frame asks again
        }
    });
    retry->start();
}

OnlineTileLayer::~OnlineTileLayer() = default;

bool OnlineTileLayer::isOffline() const
{
    return m_provider->isOffline();
}

QString OnlineTileLayer::attribution() const
{
    const QString credit = m_provider->source().attribution;
    return m_provider->isOffline() ? tr("%1 (offline: basemap shown)").arg(credit) : credit;
}

void OnlineTileLayer::fetch(const TileKey& key)
{
    m_provider->request(key);
}

} // namespace burgernet
