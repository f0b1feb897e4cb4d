#pragma once

#include "app/core/Result.h"
#include "app/geocode/PlaceHit.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace burgernet {

// The request and answer format of PDOK Locatieserver v3.1 (a Solr search over the BAG and
// the administrative areas): the `free` and `suggest` endpoints below a base URL, asked for
// the five kinds the console uses and for their WGS84 centroid, answered as JSON with
// response.docs[] holding type, weergavenaam, id and centroide_ll ("POINT(lon lat)").
class LocatieserverFormat
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::LocatieserverFormat)

public:
    enum class Endpoint { Free, Suggest };

    static QUrl requestUrl(const QUrl& base, Endpoint endpoint, const QString& text, int rows);
    // The hits of an answer body, in the service's order; documents of other types are left
    // out. A body that is not the documented JSON is an error that says what is wrong.
    static Result<std::vector<PlaceHit>> parse(const QByteArray& body);
    // "POINT(4.8936 52.3731)" (longitude first, as WKT has it).
    static std::optional<QGeoCoordinate> parsePoint(const QString& wkt);
    // adres, postcode, weg, woonplaats, gemeente.
    static std::optional<PlaceKind> kindFromType(const QString& type);
    // The explanation in an error answer (its detail, title or message), empty if none.
    static QString errorDetail(const QByteArray& body);
};

} // namespace burgernet
