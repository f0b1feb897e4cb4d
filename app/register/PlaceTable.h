#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace burgernet {

// The Dutch places shipped with the console (GeoNames, CC BY 4.0; resources/data): what the
// demo population is spread over and, later, what the map labels and place search use.
struct Place
{
    qint64 geonameId = 0;
    QString name;
    QStringList altNames;
    double lat = 0;
    double lon = 0;
    qint64 population = 0;
    QString province;
    QString municipality;
    bool isSection = false; // a part of a larger place (GeoNames PPLX), already in its population
};

// The places, immutable and shared: a copy of a table is another handle on the same places, so
// whatever keeps pointers into them (place search, demo population) keeps a copy of the table
// and cannot outlive them, and no copy can reallocate what another points into.
class PlaceTable
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PlaceTable)

public:
    PlaceTable() = default; // no places
    explicit PlaceTable(std::vector<Place> places);

    static Result<PlaceTable> load(const QString& path = QStringLiteral(":/data/nl-places.tsv"));

    const std::vector<Place>& places() const;

private:
    std::shared_ptr<const std::vector<Place>> m_places;
};

} // namespace burgernet
