#include "ui/map/tiles/TileProvider.h"

namespace burgernet {

TileProvider::TileProvider(QObject* parent)
    : QObject(parent)
{}

void TileProvider::request(const TileKey& key)
{
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    Q_EMIT requested(key);
}

void TileProvider::deliver(const TileKey& key, const QImage& image)
{
    m_pending.remove(key);
    Q_EMIT loaded(key, image);
}

void TileProvider::fail(const TileKey& key, const QString& reason)
{
    m_pending.remove(key);
    Q_EMIT failed(key, reason);
}

void TileProvider::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

} // namespace burgernet
