#include "app/services/ReviewTypes.h"

#include <QCoreApplication>

#include <cmath>
#include <numbers>

namespace burgernet {

namespace {

// Shoelace over an equirectangular projection around the ring's first point: alert areas are a
// few kilometres across, where this is well within a percent.
double ringSquareMetres(const GeoRing& ring)
{
    if (ring.size() < 3)
        return 0;
    const double lat0 = ring.first().latitude() * std::numbers::pi / 180.0;
    const double metresPerDegree = geo::kEarthRadiusMetres * std::numbers::pi / 180.0;
    const auto x = [&](const QGeoCoordinate& c) {
        return (c.longitude() - ring.first().longitude()) * metresPerDegree * std::cos(lat0);
    };
    const auto y = [&](const QGeoCoordinate& c) {
        return (c.latitude() - ring.first().latitude()) * metresPerDegree;
    };
    double twice = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QGeoCoordinate& a = ring[i];
        const QGeoCoordinate& b = ring[(i + 1) % ring.size()];
        twice += x(a) * y(b) - x(b) * y(a);
    }
    return std::abs(twice) / 2.0;
}

} // namespace

Success successOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Arrested:
    case Outcome::PersonFound:
        return Success::Direct;
    case Outcome::UsefulInformation:
        return Success::Indirect;
    case Outcome::None:
    case Outcome::NoResult:
    case Outcome::Other:
        break;
    }
    return Success::None;
}

double areaSquareMetres(const GeoArea& area)
{
    switch (area.kind()) {
    case GeoArea::Kind::Empty:
        return 0;
    case GeoArea::Kind::Circle:
        return std::numbers::pi * area.radiusMetres() * area.radiusMetres();
    case GeoArea::Kind::Polygon:
        break;
    }
    double m2 = ringSquareMetres(area.outer());
    for (const GeoRing& hole : area.holes())
        m2 -= ringSquareMetres(hole);
    return std::max(0.0, m2);
}

qint64 ReviewRow::recipients() const
{
    qint64 n = 0;
    for (const ReviewChannel& c : channels)
        n += c.recipients;
    return n;
}

qint64 ReviewRow::reached() const
{
    qint64 n = 0;
    for (const ReviewChannel& c : channels)
        n += c.reached;
    return n;
}

double ReviewRow::deliveredPercent() const
{
    const qint64 all = recipients();
    return all > 0 ? 100.0 * double(reached()) / double(all) : -1;
}

void SuccessFigures::add(Success s, qint64 n)
{
    closed += n;
    switch (s) {
    case Success::Direct:
        direct += n;
        break;
    case Success::Indirect:
        indirect += n;
        break;
    case Success::None:
        none += n;
        break;
    }
}

QList<double> ReviewStats::sizeBuckets()
{
    return {1, 3, 10, 30};
}

QString ReviewStats::sizeBucketLabel(int bucket)
{
    const QList<double> bounds = sizeBuckets();
    if (bucket < 0)
        return QCoreApplication::translate("burgernet::ReviewStats", "unknown");
    if (bucket == 0)
        return QStringLiteral("< %1 km²").arg(bounds.first());
    if (bucket >= bounds.size())
        return QStringLiteral("≥ %1 km²").arg(bounds.last());
    return QStringLiteral("%1–%2 km²").arg(bounds[bucket - 1]).arg(bounds[bucket]);
}

} // namespace burgernet
