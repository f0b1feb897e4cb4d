#include "ui/map/layers/ParticipantLayer.h"

#include "app/geo/ParticipantIndex.h"
#include "app/geo/WebMercator.h"
#include "ui/map/MapViewport.h"

#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace burgernet {

namespace {

constexpr double kBinScale = mercator::kTileSize * (1 << ParticipantLayer::kBinZoom);
constexpr int kClusterPixels = 64;

// Colour for a density: transparent violet to strong orange on a log scale.
QRgb densityColour(quint32 count, double logMax)
{
    if (count == 0)
        return 0;
    const double t = std::clamp(std::log1p(count) / logMax, 0.0, 1.0);
    const int alpha = static_cast<int>(60 + 170 * t);
    const int r = static_cast<int>(110 + 145 * t), g = static_cast<int>(40 + 90 * t),
              b = static_cast<int>(160 - 140 * t);
    return qPremultiply(qRgba(r, g, b, alpha));
}

QString shortCount(qint64 n)
{
    if (n >= 10000)
        return QStringLiteral("%1k").arg(n / 1000);
    if (n >= 1000)
        return QStringLiteral("%1k").arg(QLocale().toString(n / 1000.0, 'f', 1));
    return QString::number(n);
}

} // namespace

std::shared_ptr<const ParticipantLayer::Aggregate>
ParticipantLayer::aggregate(const ParticipantIndex& index)
{
    auto out = std::make_shared<Aggregate>();
    const auto n = static_cast<size_t>(index.locationCount());
    if (n == 0)
        return out;
    std::vector<QPoint> bins;
    bins.reserve(n);
    int x0 = INT_MAX, y0 = INT_MAX, x1 = INT_MIN, y1 = INT_MIN;
    index.forEachLocation([&](qint32 lat7, qint32 lon7) {
        const QPointF w = mercator::worldFromLonLat(lon7 * 1e-7, lat7 * 1e-7);
        const QPoint b(static_cast<int>(w.x() * kBinScale), static_cast<int>(w.y() * kBinScale));
        bins.push_back(b);
        x0 = std::min(x0, b.x());
        y0 = std::min(y0, b.y());
        x1 = std::max(x1, b.x());
        y1 = std::max(y1, b.y());
    });
    // Aligned to 8 bins, so that the zoom-6 image's pixels cover whole bins.
    x0 &= ~7;
    y0 &= ~7;
    x1 |= 7;
    y1 |= 7;
    out->bins = QRect(QPoint(x0, y0), QPoint(x1, y1));
    out->counts.assign(static_cast<size_t>(out->bins.width()) * out->bins.height(), 0);
    for (const QPoint& b : bins)
        ++out->counts[static_cast<size_t>(b.y() - y0) * out->bins.width() + (b.x() - x0)];
    out->total = static_cast<qint64>(n);

    for (int level = 0; level < 4; ++level) {
        const int factor = 1 << (3 - level); // bins per image pixel at zoom 6 + level
        const int w = out->bins.width() / factor, h = out->bins.height() / factor;
        std::vector<quint32> sums(static_cast<size_t>(w) * h, 0);
        quint32 max = 1;
        for (int y = 0; y < out->bins.height(); ++y)
            for (int x = 0; x < out->bins.width(); ++x) {
                quint32& s = sums[static_cast<size_t>(y / factor) * w + x / factor];
                s += out->counts[static_cast<size_t>(y) * out->bins.width() + x];
                max = std::max(max, s);
            }
        QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
        const double logMax = std::log1p(max);
        for (int y = 0; y < h; ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < w; ++x)
                line[x] = densityColour(sums[static_cast<size_t>(y) * w + x], logMax);
        }
        out->density[static_cast<size_t>(level)] = std::move(image);
    }
    return out;
}

ParticipantLayer::ParticipantLayer(QObject* parent)
    : MapLayer(QStringLiteral("participants"), tr("Participants"), ParticipantsZ, parent)
{}

ParticipantLayer::~ParticipantLayer() = default;

void ParticipantLayer::setIndex(std::shared_ptr<const ParticipantIndex> index)
{
    const quint64 generation = ++m_generation;
    QPointer<ParticipantLayer> self(this);
    QThreadPool::globalInstance()->start([self, index, generation] {
        auto built = aggregate(*index);
        QMetaObject::invokeMethod(
            self.data(),
            [self, index, built, generation] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_index = index;
                self->m_aggregate = built;
                self->m_drawnGeneration = generation;
                Q_EMIT self->changed();
                Q_EMIT self->ready();
            },
            Qt::QueuedConnection);
    });
}

void ParticipantLayer::setIndexNow(std::shared_ptr<const ParticipantIndex> index)
{
    m_drawnGeneration = ++m_generation;
    m_aggregate = aggregate(*index);
    m_index = std::move(index);
    Q_EMIT changed();
    Q_EMIT ready();
}

void ParticipantLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    m_lastItems = 0;
    m_lastMode.clear();
    if (!m_aggregate || m_aggregate->total == 0)
        return;
    if (viewport.zoom() >= kPointsZoom)
        paintPoints(painter, viewport);
    else if (viewport.zoom() >= kClusterZoom)
        paintClusters(painter, viewport);
    else
        paintDensity(painter, viewport);
}

void ParticipantLayer::paintDensity(QPainter& painter, const MapViewport& viewport)
{
    m_lastMode = QStringLiteral("density");
    const int level = std::clamp(static_cast<int>(std::lround(viewport.zoom())) - 6, 0, 3);
    const QImage& image = m_aggregate->density[static_cast<size_t>(level)];
    // The image's extent in world coordinates, then on screen.
    const QRectF world(m_aggregate->bins.left() / kBinScale, m_aggregate->bins.top() / kBinScale,
                       (m_aggregate->bins.width()) / kBinScale,
                       (m_aggregate->bins.height()) / kBinScale);
    const QRectF target(viewport.toScreen(world.topLeft()), viewport.toScreen(world.bottomRight()));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setOpacity(0.8);
    painter.drawImage(target, image);
    m_lastItems = image.width() * image.height();
}

void ParticipantLayer::paintClusters(QPainter& painter, const MapViewport& viewport)
{
    m_lastMode = QStringLiteral("clusters");
    const Aggregate& a = *m_aggregate;
    // Clusters are anchored to the world, not the screen, so they stay put while panning.
    const double binPixels = viewport.scale() / kBinScale;
    const int binsPerCluster =
        std::max(1, static_cast<int>(std::lround(kClusterPixels / binPixels)));
    const QRectF view = viewport.visibleWorld();
    const int bx0 = std::max(a.bins.left(), static_cast<int>(std::floor(view.left() * kBinScale)) /
                                                binsPerCluster * binsPerCluster);
    const int by0 = std::max(a.bins.top(), static_cast<int>(std::floor(view.top() * kBinScale)) /
                                               binsPerCluster * binsPerCluster);
    const int bx1 = std::min(a.bins.right(), static_cast<int>(std::ceil(view.right() * kBinScale)));
    const int by1 =
        std::min(a.bins.bottom(), static_cast<int>(std::ceil(view.bottom() * kBinScale)));
    if (bx0 > bx1 || by0 > by1)
        return;
    struct Sum
    {
        double x = 0, y = 0;
        qint64 n = 0;
    };
    const int cw = (bx1 - bx0) / binsPerCluster + 1, ch = (by1 - by0) / binsPerCluster + 1;
    std::vector<Sum> clusters(static_cast<size_t>(cw) * ch);
    for (int y = by0; y <= by1; ++y) {
        const quint32* row = &a.counts[static_cast<size_t>(y - a.bins.top()) * a.bins.width()];
        Sum* crow = &clusters[static_cast<size_t>((y - by0) / binsPerCluster) * cw];
        for (int x = bx0; x <= bx1; ++x) {
            const quint32 c = row[x - a.bins.left()];
            if (c == 0)
                continue;
            Sum& s = crow[(x - bx0) / binsPerCluster];
            s.x += (x + 0.5) * c;
            s.y += (y + 0.5) * c;
            s.n += c;
        }
    }
    QFont font = painter.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    font.setBold(true);
    for (const Sum& s : clusters) {
        if (s.n == 0)
            continue;
        const QPointF at = viewport.toScreen(QPointF(s.x / s.n / kBinScale, s.y / s.n / kBinScale));
        const QImage& sprite = clusterSprite(s.n, font);
        painter.drawImage(at - QPointF(sprite.width() / 2.0, sprite.height() / 2.0), sprite);
        ++m_lastItems;
    }
}

const QImage& ParticipantLayer::clusterSprite(qint64 count, const QFont& font)
{
    const QString text = shortCount(count);
    const int r = static_cast<int>(9 + 3.5 * std::log10(static_cast<double>(count)));
    const QString key = text + QLatin1Char('/') + QString::number(r) + QLatin1Char('/') +
                        QString::number(font.pointSizeF());
    if (const QImage* cached = m_clusterSprites.object(key))
        return *cached;
    auto* image = new QImage(2 * r + 4, 2 * r + 4, QImage::Format_ARGB32_Premultiplied);
    image->fill(Qt::transparent);
    {
        QPainter p(image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setFont(font);
        const QPointF c(r + 2, r + 2);
        p.setPen(QPen(QColor(255, 255, 255, 230), 1.5));
        p.setBrush(QColor(0x6a, 0x2c, 0x91, 190));
        p.drawEllipse(c, r, r);
        p.setPen(Qt::white);
        p.drawText(QRectF(2, 2, 2 * r, 2 * r), Qt::AlignCenter, text);
    }
    m_clusterSprites.insert(key, image);
    return *image;
}

void ParticipantLayer::paintPoints(QPainter& painter, const MapViewport& viewport)
{
    m_lastMode = QStringLiteral("points");
    const ParticipantIndex::Grid g = m_index->grid();
    const QPointF nw = mercator::lonLatFromWorld(viewport.visibleWorld().topLeft());
    const QPointF se = mercator::lonLatFromWorld(viewport.visibleWorld().bottomRight());
    const int r0 =
        std::max(0, static_cast<int>(std::floor((se.y() - g.south) / ParticipantIndex::kCellLat)));
    const int r1 = std::min(
        g.rows - 1, static_cast<int>(std::floor((nw.y() - g.south) / ParticipantIndex::kCellLat)));
    const int c0 =
        std::max(0, static_cast<int>(std::floor((nw.x() - g.west) / ParticipantIndex::kCellLon)));
    const int c1 = std::min(
        g.cols - 1, static_cast<int>(std::floor((se.x() - g.west) / ParticipantIndex::kCellLon)));
    // Project with a linear Mercator approximation per frame: exact enough over a few km, and
    // it keeps the per-point cost to two multiply-adds.
    const double scale = viewport.scale();
    const QPointF origin = viewport.toScreen(QPointF(0, 0));
    const double latMid = (nw.y() + se.y()) / 2;
    const double yMid = mercator::worldFromLonLat(0, latMid).y();
    const double dyPerLat = -1.0 / (360.0 * std::cos(latMid * M_PI / 180.0)); // world y per degree
    std::vector<QPointF> points;
    const double w = viewport.size().width(), h = viewport.size().height();
    m_index->forEachLocation(r0, r1, c0, c1, [&](qint32 lat7, qint32 lon7) {
        const double lon = lon7 * 1e-7, lat = lat7 * 1e-7;
        const double x = origin.x() + ((lon + 180.0) / 360.0) * scale;
        const double y = origin.y() + (yMid + (lat - latMid) * dyPerLat) * scale;
        if (x >= -4 && y >= -4 && x <= w + 4 && y <= h + 4)
            points.emplace_back(x, y);
    });
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(QColor(0x6a, 0x2c, 0x91, 220), 4, Qt::SolidLine, Qt::SquareCap));
    painter.drawPoints(points.data(), static_cast<int>(points.size()));
    m_lastItems = static_cast<qint64>(points.size());
}

} // namespace burgernet
