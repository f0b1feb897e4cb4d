#include "ui/map/tiles/TileLoader.h"

#include "app/core/Logging.h"
#include "app/core/Version.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace burgernet {

namespace {
constexpr int kMaxParallel = 6;
}

TileLoader::TileLoader(TileSource source, const QString& cacheDirectory, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_network(new QNetworkAccessManager(this))
{
    auto* cache = new QNetworkDiskCache(m_network);
    cache->setCacheDirectory(cacheDirectory);
    cache->setMaximumCacheSize(512LL * 1024 * 1024);
    m_network->setCache(cache);
    connect(m_network, &QNetworkAccessManager::finished, this, &TileLoader::finished);
}

TileLoader::~TileLoader() = default;

QByteArray TileLoader::userAgent()
{
    return QByteArrayLiteral("BurgernetConsole/") + QByteArray(kVersion) +
           QByteArrayLiteral(" (+https://www.burgernet.nl; control-room map)");
}

void TileLoader::request(const TileKey& key)
{
    if (m_pending.contains(key) || m_pending.size() >= kMaxParallel * 8)
        return;
    QNetworkRequest request(m_source.url(key));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // A cached tile is used as it is, even when stale: tiles change rarely, and the disk copy
    // is what keeps the map up when the network is gone.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(15000);
    QNetworkReply* reply = m_network->get(request);
    reply->setProperty("tileZ", key.z);
    reply->setProperty("tileX", key.x);
    reply->setProperty("tileY", key.y);
    m_pending.insert(key, reply);
}

void TileLoader::finished(QNetworkReply* reply)
{
    reply->deleteLater();
    const TileKey key{reply->property("tileZ").toInt(), reply->property("tileX").toInt(),
                      reply->property("tileY").toInt()};
    m_pending.remove(key);
    if (reply->error() != QNetworkReply::NoError) {
        m_offline = true;
        qCDebug(lcUi) << "tile" << key.z << key.x << key.y << "failed:" << reply->errorString();
        Q_EMIT failed(key, reply->errorString());
        return;
    }
    QImage image;
    if (!image.loadFromData(reply->readAll())) {
        Q_EMIT failed(key, tr("not an image"));
        return;
    }
    if (reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool())
        ++m_cacheLoads;
    else {
        ++m_networkLoads;
        m_offline = false;
    }
    Q_EMIT loaded(key, image);
}

} // namespace burgernet
