#include "app/reports/AreaMapImage.h"

#include "app/geo/WebMercator.h"
#include "app/register/PlaceTable.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace burgernet {

namespace {

QPainterPath ringPath(const GeoRing& ring, const std::function<QPointF(double, double)>& at)
{
    QPainterPath path;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF p = at(ring[i].latitude(), ring[i].longitude());
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace

QImage AreaMapImage::render(const GeoArea& area, const QList<TipPlace>& tips,
                            const PlaceTable* places, const QSize& size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xf2, 0xef, 0xe6));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double px = std::max(1.0, double(size.width()) / 600.0); // a line's width
    if (area.isEmpty()) {
        p.drawText(image.rect(), Qt::AlignCenter, tr("The action has no area."));
        return image;
    }

    // The view: the area's box and the tips, with a margin, in Web Mercator.
    const GeoArea::Box box = area.boundingBox();
    QRectF world(mercator::worldFromLonLat(box.west, box.north),
                 mercator::worldFromLonLat(box.east, box.south));
    for (const TipPlace& t : tips)
        world = world.united(QRectF(mercator::worldFromLonLat(t.lon, t.lat), QSizeF(0, 0)));
    const double margin = std::max(world.width(), world.height()) * 0.35 + 1e-7;
    world.adjust(-margin, -margin, margin, margin);
    const double scale =
        std::min(double(size.width()) / world.width(), double(size.height()) / world.height());
    const QPointF centre = world.center();
    const auto at = [&](double lat, double lon) {
        const QPointF w = mercator::worldFromLonLat(lon, lat);
        return QPointF(size.width() / 2.0 + (w.x() - centre.x()) * scale,
                       size.height() / 2.0 + (w.y() - centre.y()) * scale);
    };

    // The places around it, the larger ones named.
    if (places) {
        QFont font = p.font();
        font.setPixelSize(int(11 * px));
        p.setFont(font);
        for (const Place& place : places->places()) {
            const QPointF q = at(place.lat, place.lon);
            if (!image.rect().contains(q.toPoint()) || place.isSection)
                continue;
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x77, 0x77, 0x77));
            p.drawEllipse(q, 2.5 * px, 2.5 * px);
            p.setPen(QColor(0x44, 0x44, 0x44));
            p.drawText(q + QPointF(4 * px, -3 * px), place.name);
        }
    }

    // The area.
    QPainterPath path;
    if (area.kind() == GeoArea::Kind::Circle) {
        const QPointF c = at(area.centre().latitude(), area.centre().longitude());
        const double metresPerWorld =
            2 * M_PI * 6378137.0 * std::cos(area.centre().latitude() * M_PI / 180.0);
        const double r = area.radiusMetres() / metresPerWorld * scale;
        path.addEllipse(c, r, r);
    } else {
        for (const GeoPolygon& part : area.parts()) {
            path.addPath(ringPath(part.outer, at));
            for (const GeoRing& hole : part.holes)
                path.addPath(ringPath(hole, at));
        }
        path.setFillRule(Qt::OddEvenFill);
    }
    p.setBrush(QColor(0x15, 0x65, 0xc0, 60));
    p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2.5 * px));
    p.drawPath(path);

    // The tips: where they place what they saw, useful ones green.
    for (const TipPlace& t : tips) {
        p.setPen(QPen(Qt::white, 1.5 * px));
        p.setBrush(t.useful ? QColor(0x2e, 0x7d, 0x32) : QColor(0xef, 0x6c, 0x00));
        p.drawEllipse(at(t.lat, t.lon), 6 * px, 6 * px);
    }

    // Scale bar (a round length near a fifth of the width) and north.
    const double lat = (box.north + box.south) / 2;
    const double metresPerPixel = 2 * M_PI * 6378137.0 * std::cos(lat * M_PI / 180.0) / scale;
    const double rough = metresPerPixel * size.width() / 5;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double metres = power;
    for (double f : {1.0, 2.0, 5.0})
        if (f * power <= rough)
            metres = f * power;
    const double length = metres / metresPerPixel;
    const QPointF left(12 * px, size.height() - 14 * px);
    p.setPen(QPen(Qt::black, 2 * px));
    p.drawLine(left, left + QPointF(length, 0));
    p.drawLine(left, left - QPointF(0, 5 * px));
    p.drawLine(left + QPointF(length, 0), left + QPointF(length, -5 * px));
    QFont font = p.font();
    font.setPixelSize(int(12 * px));
    p.setFont(font);
    p.drawText(left + QPointF(0, -8 * px), metres >= 1000
                                               ? QStringLiteral("%1 km").arg(metres / 1000)
                                               : QStringLiteral("%1 m").arg(metres));
    p.drawText(QRectF(size.width() - 30 * px, 6 * px, 24 * px, 16 * px), Qt::AlignCenter,
               QStringLiteral("N ↑"));
    font.setPixelSize(int(9 * px));
    p.setFont(font);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QRectF(0, 0, size.width() - 6 * px, size.height() - 4 * px),
               Qt::AlignRight | Qt::AlignBottom, tr("Places: GeoNames (CC BY 4.0)"));
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), px));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(0, 0, size.width() - 1, size.height() - 1));
    return image;
}

} // namespace burgernet
