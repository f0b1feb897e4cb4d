#include "ui/map/tiles/TileLoader.h"

#include "app/core/Logging.h"
#include "app/core/Version.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace burgernet {

namespace {
// As many as a browser opens to one host; the rest wait their turn.
constexpr int kMaxParallel = 6;
} // namespace

TileLoader::TileLoader(TileSource source, QString cacheDirectory)
    : m_source(std::move(source))
    , m_cacheDirectory(std::move(cacheDirectory))
{}

TileLoader::~TileLoader() = default;

QByteArray TileLoader::userAgent()
{
    return QByteArrayLiteral("BurgernetConsole/") + QByteArray(kVersion) +
           QByteArrayLiteral(" (+https://www.burgernet.nl; control-room map)");
}

void TileLoader::request(const TileKey& key)
{
    if (m_pending.contains(key) || m_waiting.contains(key))
        return;
    if (m_pending.size() >= kMaxParallel) {
        m_waiting.append(key);
        return;
    }
    start(key);
}

void TileLoader::start(const TileKey& key)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        auto* cache = new QNetworkDiskCache(m_network);
        cache->setCacheDirectory(m_cacheDirectory);
        cache->setMaximumCacheSize(512LL * 1024 * 1024);
        m_network->setCache(cache);
        connect(m_network, &QNetworkAccessManager::finished, this, &TileLoader::finished);
    }
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
    if (!m_waiting.isEmpty())
        start(m_waiting.takeFirst());
    if (reply->error() != QNetworkReply::NoError) {
        qCDebug(lcUi) << "tile" << key.z << key.x << key.y << "failed:" << reply->errorString();
        Q_EMIT failed(key, reply->errorString(), true);
        return;
    }
    QImage image;
    if (!image.loadFromData(reply->readAll())) {
        Q_EMIT failed(key, tr("not an image"), false);
        return;
    }
    // Converted here, once, to what the painter draws fastest.
    image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    Q_EMIT loaded(key, image,
                  reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool());
}

} // namespace burgernet
