#include "ui/map/layers/PlaceLabelLayer.h"

#include "app/geo/WebMercator.h"
#include "app/register/PlaceSearch.h"
#include "ui/map/MapViewport.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace burgernet {

namespace {
constexpr int kMaxLabels = 160;
}

PlaceLabelLayer::PlaceLabelLayer(const std::vector<Place>& places, QObject* parent)
    : MapLayer(QStringLiteral("places"), tr("Place names"), LabelsZ, parent)
{
    m_labels.reserve(places.size());
    for (const Place& p : places) {
        // The Dutch name where GeoNames has the English one (The Hague -> Den Haag).
        m_labels.push_back({PlaceSearch::displayName(p), mercator::worldFromLonLat(p.lon, p.lat),
                            p.population, p.isSection});
    }
    std::stable_sort(m_labels.begin(), m_labels.end(),
                     [](const Label& a, const Label& b) { return a.population > b.population; });
}

qint64 PlaceLabelLayer::minimumPopulation(double zoom)
{
    if (zoom < 7)
        return 250000;
    if (zoom < 8)
        return 100000;
    if (zoom < 9)
        return 40000;
    if (zoom < 10)
        return 15000;
    if (zoom < 11)
        return 5000;
    return 0;
}

const QImage& PlaceLabelLayer::sprite(size_t index, const QFont& base)
{
    if (base != m_spriteFont) {
        m_sprites.clear();
        m_spriteFont = base;
    }
    auto it = m_sprites.find(index);
    if (it != m_sprites.end())
        return *it;
    const Label& label = m_labels[index];
    QFont font = base;
    font.setPointSizeF(label.population >= 200000  ? base.pointSizeF() + 3
                       : label.population >= 50000 ? base.pointSizeF() + 1.5
                                                   : base.pointSizeF());
    font.setBold(label.population >= 50000);
    const QFontMetricsF metrics(font);
    QImage image(QSize(static_cast<int>(metrics.horizontalAdvance(label.name)) + 6,
                       static_cast<int>(metrics.height()) + 4),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath text;
        text.addText(QPointF(3, 2 + metrics.ascent()), font, label.name);
        // Dark text with a white halo: readable on land, sea and tiles alike.
        p.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(text);
        p.fillPath(text, QColor(0x22, 0x22, 0x22));
    }
    return *m_sprites.insert(index, image);
}

void PlaceLabelLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    m_lastLabels.clear();
    const qint64 minimum = minimumPopulation(viewport.zoom());
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    std::vector<QRectF> taken;
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFont base = painter.font();
    painter.setPen(QPen(QColor(0x44, 0x44, 0x44), 1));
    painter.setBrush(QColor(0x44, 0x44, 0x44));
    for (size_t i = 0; i < m_labels.size(); ++i) {
        const Label& label = m_labels[i];
        if (label.population < minimum || static_cast<int>(taken.size()) >= kMaxLabels)
            break;
        if (label.section && viewport.zoom() < 12)
            continue; // parts of a city only when the city fills the screen
        const QPointF at = viewport.toScreen(label.world);
        if (!screen.contains(at))
            continue;
        const QImage& image = sprite(i, base);
        const QRectF box(at + QPointF(2, -image.height()), QSizeF(image.size()));
        const QRectF padded = box | QRectF(at - QPointF(3, 3), QSizeF(6, 6));
        if (std::any_of(taken.begin(), taken.end(),
                        [&](const QRectF& r) { return r.intersects(padded); }))
            continue;
        taken.push_back(padded);
        m_lastLabels << label.name;
        painter.drawEllipse(at, 2.5, 2.5);
        painter.drawImage(box.topLeft(), image);
    }
}

} // namespace burgernet
