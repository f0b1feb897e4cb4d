#pragma once

#include "ui/map/tiles/TileSource.h"

#include <QHash>
#include <QImage>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace burgernet {

// Fetches tiles over HTTP, asynchronously, with an identifying User-Agent (as the OSM tile
// policy asks) and a disk cache (QNetworkDiskCache) that also answers when the network is gone.
// Only loads; the layer decides what to draw (Marble's TileLoader/DiscCache split).
class TileLoader : public QObject
{
    Q_OBJECT
public:
    TileLoader(TileSource source, const QString& cacheDirectory, QObject* parent = nullptr);
    ~TileLoader() override;

    const TileSource& source() const { return m_source; }
    void request(const TileKey& key);
    bool isPending(const TileKey& key) const { return m_pending.contains(key); }
    // True after a request failed without a cached copy, until the next success.
    bool isOffline() const { return m_offline; }
    // How many answers came from the network and from the disk cache.
    int networkLoads() const { return m_networkLoads; }
    int cacheLoads() const { return m_cacheLoads; }

    static QByteArray userAgent();

Q_SIGNALS:
    void loaded(const burgernet::TileKey& key, const QImage& image);
    void failed(const burgernet::TileKey& key, const QString& reason);

private:
    void finished(QNetworkReply* reply);

    TileSource m_source;
    QNetworkAccessManager* m_network;
    QHash<TileKey, QNetworkReply*> m_pending;
    bool m_offline = false;
    int m_networkLoads = 0;
    int m_cacheLoads = 0;
};

} // namespace burgernet
