#pragma once

#include "app/core/Result.h"
#include "app/geo/GeoArea.h"
#include "app/geo/PreparedPolygon.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace burgernet {

// What "inside the Netherlands" means for every coordinate the importer and the search accept:
// inside the Dutch land polygon of the embedded basemap (Natural Earth), buffered by 1 km
// (GEOS, in RD New metres) so that a beach, a harbour or a house on the border is not refused
// for the basemap's simplification. Brussels, Antwerp, Düsseldorf and the North Sea are out.
//
// Built once and immutable, so it is shared by the importer's worker threads. A point test
// is a grid lookup for the cells wholly inside or outside, and the prepared polygon's few
// edges near the point for cells on the line: fast enough for a million rows.
class NationalBorder
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::NationalBorder)

public:
    static constexpr double kMarginMetres = 1000;
    static constexpr const char* kNetherlands = "528"; // ISO 3166 numeric, as in the basemap

    // The Netherlands from the embedded basemap, built on first use (about 50 ms).
    static const NationalBorder& netherlands();
    // From a basemap's text (see resources/data/README.md): the land of one country, buffered.
    static Result<std::shared_ptr<const NationalBorder>>
    fromBasemap(const QByteArray& text, const QString& isoNumeric, double marginMetres);

    bool contains(double lat, double lon) const;
    // The same question asked slowly, from the definition (GEOS distance in RD New metres), for
    // tests: how far the point is from the land, 0 on it.
    double distanceToLandMetres(double lat, double lon) const;

    // The land as the basemap draws it, and the line that is checked.
    const GeoArea& land() const { return m_land; }
    const GeoArea& buffered() const { return m_buffered; }

    // "52.1, 3.9 lies outside the Netherlands (more than 1 km from its land)."
    static QString outsideMessage(double lat, double lon);

private:
    NationalBorder() = default;
    void prepare();

    enum Cell : quint8 { Outside, Inside, OnLine };
    GeoArea m_land;
    GeoArea m_buffered;
    std::unique_ptr<PreparedPolygon> m_prepared;
    double m_south = 0, m_west = 0;
    int m_rows = 0, m_cols = 0;
    std::vector<quint8> m_cells;
    static constexpr double kRowHeight = 0.01; // degrees: about 1.1 km
    static constexpr double kColWidth = 0.015; // about 1 km at 52 degrees north
};

} // namespace burgernet
