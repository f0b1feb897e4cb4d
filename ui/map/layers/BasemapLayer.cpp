#include "ui/map/layers/BasemapLayer.h"

#include "app/geo/WebMercator.h"
#include "ui/map/MapViewport.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QTextStream>

namespace burgernet {

namespace {

const QString kNetherlands = QStringLiteral("528");
// The box the converter clipped the data to: edges on it are not borders.
constexpr double kBoxWest = -1.0, kBoxEast = 12.0, kBoxSouth = 48.0, kBoxNorth = 56.0;

bool onBox(double lon, double lat)
{
    return lon <= kBoxWest + 1e-6 || lon >= kBoxEast - 1e-6 || lat <= kBoxSouth + 1e-6 ||
           lat >= kBoxNorth - 1e-6;
}

template <typename Inside, typename Cross>
QPolygonF clipEdge(const QPolygonF& in, Inside inside, Cross cross)
{
    QPolygonF out;
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF& cur = in[i];
        const QPointF& prev = in[(i + n - 1) % n];
        const bool ci = inside(cur), pi = inside(prev);
        if (ci) {
            if (!pi)
                out << cross(prev, cur);
            out << cur;
        } else if (pi) {
            out << cross(prev, cur);
        }
    }
    return out;
}

} // namespace

QPolygonF clipPolygon(const QPolygonF& polygon, const QRectF& r)
{
    auto atX = [](double x) {
        return [x](const QPointF& a, const QPointF& b) {
            return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
        };
    };
    auto atY = [](double y) {
        return [y](const QPointF& a, const QPointF& b) {
            return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
        };
    };
    QPolygonF p = clipEdge(
        polygon, [&](const QPointF& q) { return q.x() >= r.left(); }, atX(r.left()));
    p = clipEdge(
        p, [&](const QPointF& q) { return q.x() <= r.right(); }, atX(r.right()));
    p = clipEdge(
        p, [&](const QPointF& q) { return q.y() >= r.top(); }, atY(r.top()));
    return clipEdge(
        p, [&](const QPointF& q) { return q.y() <= r.bottom(); }, atY(r.bottom()));
}

BasemapLayer::BasemapLayer(QObject* parent)
    : MapLayer(QStringLiteral("basemap"), tr("Basemap (offline)"), BasemapZ, parent)
{}

Status BasemapLayer::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(tr("The basemap %1 cannot be read: %2").arg(path, file.errorString()));
    m_countries.clear();
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(QLatin1String("C "))) {
            Country country;
            country.isoNumeric = line.section(QLatin1Char(' '), 1, 1);
            m_countries.push_back(std::move(country));
        } else if (line.startsWith(QLatin1String("R ")) && !m_countries.empty()) {
            Country& country = m_countries.back();
            QPolygonF ring;
            QPolygonF border;
            const auto points =
                QStringView(line).mid(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            double prevLon = 0, prevLat = 0;
            bool prevOnBox = false;
            for (qsizetype i = 0; i <= points.size(); ++i) {
                const auto& text = points[i % points.size()];
                const qsizetype comma = text.indexOf(QLatin1Char(','));
                const double lon = text.left(comma).toDouble();
                const double lat = text.mid(comma + 1).toDouble();
                const QPointF world = mercator::worldFromLonLat(lon, lat);
                if (i < points.size())
                    ring << world;
                const bool thisOnBox = onBox(lon, lat);
                // An edge along the clip box is not a border: break the line there.
                if (i > 0 && prevOnBox && thisOnBox && (prevLon == lon || prevLat == lat)) {
                    if (border.size() > 1)
                        country.borders.push_back(border);
                    border.clear();
                }
                border << world;
                prevLon = lon;
                prevLat = lat;
                prevOnBox = thisOnBox;
            }
            if (border.size() > 1)
                country.borders.push_back(border);
            country.bounds = country.bounds.united(ring.boundingRect());
            country.rings.push_back(std::move(ring));
        }
    }
    if (m_countries.empty())
        return Error(tr("The basemap %1 holds no countries.").arg(path));
    Q_EMIT changed();
    return {};
}

void BasemapLayer::paint(QPainter& painter, const MapViewport& viewport)
{
    const QRectF view = viewport.visibleWorld();
    const QRectF clip(QPointF(-8, -8), QSizeF(viewport.size()) + QSizeF(16, 16));
    const QTransform toScreen = viewport.worldToScreen();
    // Smooth coasts where they matter; at street zoom the 1:10m coast is coarse anyway and a
    // full-screen antialiased fill is the frame's most expensive step.
    painter.setRenderHint(QPainter::Antialiasing, viewport.zoom() < 12);

    // Land: the Netherlands lighter than its neighbours. Rings of one country are filled
    // together (odd-even), so the holes stay open.
    for (const Country& country : m_countries) {
        if (!country.bounds.intersects(view))
            continue;
        QPainterPath land;
        land.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF& ring : country.rings) {
            if (!ring.boundingRect().intersects(view))
                continue;
            const QPolygonF screen = clipPolygon(toScreen.map(ring), clip);
            if (screen.size() >= 3)
                land.addPolygon(screen);
        }
        const bool home = country.isoNumeric == kNetherlands;
        painter.fillPath(land, home ? QColor(0xfa, 0xf8, 0xf2) : QColor(0xe4, 0xe1, 0xda));
    }
    // Borders and coasts on top of all land, so that a neighbour's fill does not hide them.
    for (const Country& country : m_countries) {
        if (!country.bounds.intersects(view))
            continue;
        const bool home = country.isoNumeric == kNetherlands;
        QPen pen(home ? QColor(0x7a, 0x6a, 0x8a) : QColor(0x9a, 0x96, 0x90), home ? 1.6 : 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        for (const QPolygonF& border : country.borders) {
            if (!border.boundingRect().intersects(view))
                continue;
            painter.drawPolyline(toScreen.map(border));
        }
    }
}

} // namespace burgernet
