#include "ui/map/layers/MbtilesLayer.h"

#include "ui/map/tiles/MbtilesTileProvider.h"

#include <QFileInfo>

namespace burgernet {

Result<MbtilesLayer*> MbtilesLayer::open(const QString& path, QObject* parent)
{
    if (!QFileInfo(path).isFile())
        return Error(tr("The MBTiles file %1 does not exist.").arg(path));
    return new MbtilesLayer(path, parent);
}

MbtilesLayer::MbtilesLayer(const QString& path, QObject* parent)
    : TiledLayer(QStringLiteral("mbtiles"),
                 tr("Offline tiles: %1").arg(QFileInfo(path).completeBaseName()), OfflineTilesZ,
                 parent)
    , m_path(path)
    , m_provider(new MbtilesTileProvider(path, this))
{
    connect(m_provider, &MbtilesTileProvider::opened, this, &MbtilesLayer::opened);
    connect(m_provider, &MbtilesTileProvider::openFailed, this, &MbtilesLayer::openFailed);
    connect(m_provider, &TileProvider::loaded, this, &MbtilesLayer::insert);
    connect(m_provider, &TileProvider::failed, this,
            [this](const TileKey& key) { markMissing(key); });
}

MbtilesLayer::~MbtilesLayer() = default;

void MbtilesLayer::opened(const MbtilesInfo& info)
{
    setName(tr("Offline tiles: %1").arg(info.name));
    m_attribution = info.attribution;
    setZoomRange(info.minZoom, info.maxZoom);
    m_ready = true;
    Q_EMIT ready();
    Q_EMIT changed();
}

void MbtilesLayer::fetch(const TileKey& key)
{
    if (m_ready)
        m_provider->request(key);
}

} // namespace burgernet
