#pragma once

#include <QGeoCoordinate>
#include <QString>

#include <vector>

namespace burgernet {

// What a place search found, from the most to the least precise.
enum class PlaceKind { Address, Postcode, Street, Place, Municipality };

// One search result: what to show and where it is (WGS84).
struct PlaceHit
{
    PlaceKind kind = PlaceKind::Place;
    QString label; // "Damrak 1, 1012LG Amsterdam"
    QGeoCoordinate coordinate;
    QString id; // the service's id; empty for offline results
};

// The answer to one search or suggestion: the hits, and whether they came from the offline
// place list (and why) rather than from the geocoding service.
struct PlaceAnswer
{
    QString query;
    std::vector<PlaceHit> hits;
    bool offline = false;
    QString problem; // why the service was not used, for the user; empty when online
};

// The zoom level that shows a hit of this kind with its surroundings.
double zoomFor(PlaceKind kind);

} // namespace burgernet
