#pragma once

#include "ui/map/tiles/TileSource.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace burgernet {

// Fetches and decodes tiles over HTTP, with an identifying User-Agent (as the OSM tile policy
// asks) and a disk cache (QNetworkDiskCache) that also answers when the network is gone. Lives
// on the network provider's thread: the disk cache's reads and the PNG decoding happen there.
class TileLoader : public QObject
{
    Q_OBJECT
public:
    TileLoader(TileSource source, QString cacheDirectory);
    ~TileLoader() override;

    void request(const burgernet::TileKey& key);

    static QByteArray userAgent();

Q_SIGNALS:
    void loaded(const burgernet::TileKey& key, const QImage& image, bool fromCache);
    // `unreachable`: the network or the server failed (not a bad image).
    void failed(const burgernet::TileKey& key, const QString& reason, bool unreachable);

private:
    void start(const TileKey& key);
    void finished(QNetworkReply* reply);

    TileSource m_source;
    QString m_cacheDirectory;
    QNetworkAccessManager* m_network = nullptr; // made on the loader's thread
    QHash<TileKey, QNetworkReply*> m_pending;
    QList<TileKey> m_waiting;
};

} // namespace burgernet
