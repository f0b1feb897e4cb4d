#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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

class PlaceTable
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PlaceTable)

public:
    static Result<PlaceTable> load(const QString& path = QStringLiteral(":/data/nl-places.tsv"));

    const std::vector<Place>& places() const { return m_places; }

private:
    std::vector<Place> m_places;
};

} // namespace burgernet
