#include "geo/PreparedPolygon.h"

#include <algorithm>
#include <cmath>

namespace burgernet {

PreparedPolygon::PreparedPolygon(const GeoArea& area, double south, double rowHeight, int firstRow,
                                 int lastRow)
    : m_south(south)
    , m_rowHeight(rowHeight)
    , m_firstRow(firstRow)
    , m_rings(1 + static_cast<int>(area.holes().size()))
{
    auto addRing = [&](const GeoRing& ring, int index) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QGeoCoordinate& a = ring[j];
            const QGeoCoordinate& b = ring[i];
            if (a.latitude() <= b.latitude())
                m_edges.push_back(
                    {a.latitude(), a.longitude(), b.latitude(), b.longitude(), index});
            else
                m_edges.push_back(
                    {b.latitude(), b.longitude(), a.latitude(), a.longitude(), index});
        }
    };
    addRing(area.outer(), 0);
    for (qsizetype h = 0; h < area.holes().size(); ++h)
        addRing(area.holes()[h], static_cast<int>(h) + 1);

    m_buckets.resize(static_cast<size_t>(std::max(0, lastRow - firstRow + 1)));
    for (size_t e = 0; e < m_edges.size(); ++e) {
        // Bands are closed on both sides here: a point exactly on a band's edge must see the
        // edges of either neighbour.
        const int r0 = std::max(
            firstRow, static_cast<int>(std::floor((m_edges[e].lat0 - south) / rowHeight)) - 1);
        const int r1 = std::min(
            lastRow, static_cast<int>(std::floor((m_edges[e].lat1 - south) / rowHeight)) + 1);
        for (int r = r0; r <= r1; ++r)
            m_buckets[static_cast<size_t>(r - firstRow)].push_back(static_cast<int>(e));
    }
}

bool PreparedPolygon::contains(double lat, double lon, int row) const
{
    // Per ring: inside by even-odd, or on an edge.
    bool inside[64] = {};
    bool onEdge[64] = {};
    std::vector<char> insideMany, onEdgeMany;
    bool* in = inside;
    bool* on = onEdge;
    if (m_rings > 64) {
        insideMany.assign(static_cast<size_t>(m_rings), 0);
        onEdgeMany.assign(static_cast<size_t>(m_rings), 0);
        in = reinterpret_cast<bool*>(insideMany.data());
        on = reinterpret_cast<bool*>(onEdgeMany.data());
    }
    for (int index : bucket(row)) {
        const Edge& e = m_edges[static_cast<size_t>(index)];
        if (lat < e.lat0 - 1e-12 || lat > e.lat1 + 1e-12)
            continue;
        if (!on[e.ring] && geo::onSegment(lat, lon, e.lat0, e.lon0, e.lat1, e.lon1))
            on[e.ring] = true;
        // Half-open in latitude, as in geo::ringContains: (lat0 <= lat < lat1) by (a > lat) != (b >
        // lat).
        if ((e.lat0 > lat) != (e.lat1 > lat)) {
            const double x = e.lon0 + (lat - e.lat0) * (e.lon1 - e.lon0) / (e.lat1 - e.lat0);
            if (lon < x)
                in[e.ring] = !in[e.ring];
        }
    }
    if (!(in[0] || on[0]))
        return false;
    for (int h = 1; h < m_rings; ++h)
        if (in[h] && !on[h])
            return false;
    return true;
}

void PreparedPolygon::markEdgeColumns(int row, double west, double colWidth, int firstCol,
                                      int lastCol, std::vector<char>& dirty) const
{
    const double bandSouth = m_south + row * m_rowHeight;
    const double bandNorth = bandSouth + m_rowHeight;
    for (int index : bucket(row)) {
        const Edge& e = m_edges[static_cast<size_t>(index)];
        if (e.lat1 < bandSouth || e.lat0 > bandNorth)
            continue;
        // The edge's longitudes within the band.
        auto lonAt = [&](double lat) {
            if (e.lat1 == e.lat0)
                return e.lon0;
            return e.lon0 + (lat - e.lat0) * (e.lon1 - e.lon0) / (e.lat1 - e.lat0);
        };
        const double a = lonAt(std::clamp(bandSouth, e.lat0, e.lat1));
        const double b = e.lat1 == e.lat0 ? e.lon1 : lonAt(std::clamp(bandNorth, e.lat0, e.lat1));
        const double lo = std::min(a, b), hi = std::max(a, b);
        const int c0 = std::max(firstCol, static_cast<int>(std::floor((lo - west) / colWidth)) - 1);
        const int c1 = std::min(lastCol, static_cast<int>(std::floor((hi - west) / colWidth)) + 1);
        for (int c = c0; c <= c1; ++c)
            dirty[static_cast<size_t>(c - firstCol)] = 1;
    }
}

} // namespace burgernet
