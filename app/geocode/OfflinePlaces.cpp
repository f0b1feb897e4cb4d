#include "app/geocode/OfflinePlaces.h"

#include <QRegularExpression>

#include <algorithm>

namespace burgernet {

OfflinePlaces::OfflinePlaces(PlaceTable places)
    : m_search(std::move(places))
{}

void OfflinePlaces::setPostcodeCentroids(std::vector<PostcodeCentroid> centroids)
{
    std::sort(centroids.begin(), centroids.end(),
              [](const PostcodeCentroid& a, const PostcodeCentroid& b) { return a.pc4 < b.pc4; });
    m_centroids = std::move(centroids);
}

QString OfflinePlaces::pc4In(const QString& text)
{
    // Four digits not starting with 0, alone or followed by two letters ("3511", "3511AB").
    static const QRegularExpression postcode(
        QStringLiteral("(?:^|[^0-9])([1-9][0-9]{3})(?:\\s?[A-Za-z]{2})?(?![0-9A-Za-z])"));
    const auto match = postcode.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

const PostcodeCentroid* OfflinePlaces::centroid(const QString& pc4) const
{
    auto it =
        std::lower_bound(m_centroids.begin(), m_centroids.end(), pc4,
                         [](const PostcodeCentroid& c, const QString& key) { return c.pc4 < key; });
    return it != m_centroids.end() && it->pc4 == pc4 ? &*it : nullptr;
}

std::vector<PlaceHit> OfflinePlaces::find(const QString& text, int limit) const
{
    std::vector<PlaceHit> hits;
    if (const QString pc4 = pc4In(text); !pc4.isEmpty()) {
        if (const PostcodeCentroid* c = centroid(pc4))
            hits.push_back({PlaceKind::Postcode,
                            tr("Postcode area %1 (centre of %2 addresses in the register)")
                                .arg(c->pc4)
                                .arg(c->addresses),
                            QGeoCoordinate(c->lat, c->lon),
                            {}});
    }
    bool placeFound = false;
    auto addPlaces = [&](const QString& name) {
        for (const Place* p : m_search.find(name, limit)) {
            if (static_cast<int>(hits.size()) >= limit)
                break;
            hits.push_back({PlaceKind::Place,
                            p->province.isEmpty()
                                ? PlaceSearch::displayName(*p)
                                : tr("%1 (%2)").arg(PlaceSearch::displayName(*p), p->province),
                            QGeoCoordinate(p->lat, p->lon),
                            {}});
            placeFound = true;
        }
    };
    addPlaces(text);
    // An address: the place after its last comma, without a postcode before it.
    if (!placeFound && text.contains(QLatin1Char(','))) {
        QString place = text.section(QLatin1Char(','), -1).trimmed();
        place.remove(QRegularExpression(QStringLiteral("^[1-9][0-9]{3}\\s?[A-Za-z]{2}\\s+")));
        addPlaces(place);
    }
    return hits;
}

} // namespace burgernet
