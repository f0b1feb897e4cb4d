#pragma once

#include "app/geocode/PlaceHit.h"
#include "app/register/PlaceSearch.h"
#include "app/storage/PostcodeCentroids.h"

#include <QCoreApplication>

namespace burgernet {

// What search finds without the network: the shipped place table and the centres of the
// four-digit postcode areas computed from the register. An address is found by its postcode
// or, failing that, by its place ("Damrak 1, Amsterdam" finds Amsterdam).
class OfflinePlaces
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::OfflinePlaces)

public:
    explicit OfflinePlaces(PlaceTable places = {});

    void setPostcodeCentroids(std::vector<PostcodeCentroid> centroids);
    int postcodeCount() const { return static_cast<int>(m_centroids.size()); }

    std::vector<PlaceHit> find(const QString& text, int limit = 10) const;
    // The four digits of the first postcode in `text` ("3511 AB 12" -> 3511), or empty.
    static QString pc4In(const QString& text);

private:
    const PostcodeCentroid* centroid(const QString& pc4) const;

    PlaceSearch m_search;
    std::vector<PostcodeCentroid> m_centroids; // by pc4
};

} // namespace burgernet
