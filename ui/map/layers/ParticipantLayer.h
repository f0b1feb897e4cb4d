#pragma once

#include "ui/map/MapLayer.h"

#include <QCache>
#include <QImage>
#include <QRect>

#include <array>
#include <memory>
#include <vector>

namespace burgernet {

class ParticipantIndex;

// Where the participants live, from the in-memory index: a density image at country zoom,
// clusters with counts at city zoom (below 15) and every address as a dot at street zoom.
// The density grid and its images are built in a worker thread whenever the index changes;
// until then the layer draws what it has (nothing at first). A frame never touches the disk.
class ParticipantLayer : public MapLayer
{
    Q_OBJECT
public:
    static constexpr int kBinZoom = 9;         // aggregate bins are zoom-9 pixels (~190 m)
    static constexpr double kPointsZoom = 14;  // every address from here on
    static constexpr double kClusterZoom = 11; // clusters from here on, density below

    // Counts per zoom-9 pixel over the index's extent, with density images per zoom 6..9.
    struct Aggregate
    {
        QRect bins; // in zoom-9 world pixels
        std::vector<quint32> counts;
        std::array<QImage, 4> density; // zoom 6, 7, 8, 9; image pixel = one pixel at that zoom
        qint64 total = 0;
        quint32 countAt(int x, int y) const
        {
            return bins.contains(x, y) ? counts[static_cast<size_t>(y - bins.top()) * bins.width() +
                                                static_cast<size_t>(x - bins.left())]
                                       : 0;
        }
    };
    static std::shared_ptr<const Aggregate> aggregate(const ParticipantIndex& index);

    explicit ParticipantLayer(QObject* parent = nullptr);
    ~ParticipantLayer() override;

    // Starts aggregating `index` in a worker thread; ready() is emitted when it is drawn.
    void setIndex(std::shared_ptr<const ParticipantIndex> index);
    // The same without a thread (tests, the benchmark).
    void setIndexNow(std::shared_ptr<const ParticipantIndex> index);
    // The last index given is aggregated and drawn.
    bool isReady() const { return m_aggregate != nullptr && m_drawnGeneration == m_generation; }

    void paint(QPainter& painter, const MapViewport& viewport) override;

    // What the last frame drew, for tests: "density", "clusters" or "points", and how many.
    QString lastMode() const { return m_lastMode; }
    qint64 lastItems() const { return m_lastItems; }

Q_SIGNALS:
    void ready();

private:
    void paintDensity(QPainter& painter, const MapViewport& viewport);
    void paintClusters(QPainter& painter, const MapViewport& viewport);
    void paintPoints(QPainter& painter, const MapViewport& viewport);

    // A cluster's disc with its count, drawn once and blitted after (text layout is slow).
    const QImage& clusterSprite(qint64 count, const QFont& font);

    QCache<QString, QImage> m_clusterSprites{3000};
    std::shared_ptr<const ParticipantIndex> m_index;
    std::shared_ptr<const Aggregate> m_aggregate;
    quint64 m_generation = 0;
    quint64 m_drawnGeneration = 0;
    QString m_lastMode;
    qint64 m_lastItems = 0;
};

} // namespace burgernet
