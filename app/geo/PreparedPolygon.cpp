#include "app/geo/PreparedPolygon.h"

#include <algorithm>
#include <cmath>

namespace burgernet {

PreparedPolygon::PreparedPolygon(const GeoArea& area, double south, double rowHeight, int firstRow,
                                 int lastRow)
    : m_south(south)
    , m_rowHeight(rowHeight)
    , m_firstRow(firstRow)
{
    std::vector<Edge> edges;
    auto addRing = [&](const GeoRing& ring, int index) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QGeoCoordinate& a = ring[j];
            const QGeoCoordinate& b = ring[i];
            Edge e =
                a.latitude() <= b.latitude()
                    ? Edge{a.latitude(), a.longitude(), b.latitude(), b.longitude(), 0, 0, index}
                    : Edge{b.latitude(), b.longitude(), a.latitude(), a.longitude(), 0, 0, index};
            const double dLat = e.lat1 - e.lat0;
            if (dLat > 0) {
                e.slope = (e.lon1 - e.lon0) / dLat;
                // onSegment: |dLon*(lat-lat0) - dLat*(lon-lon0)| <= 1e-12*max(1, |dLon|+|dLat|),
                // that is |lon - x(lat)| <= that / dLat; doubled for rounding.
                e.onEdgeLon =
                    2e-12 * std::max(1.0, std::abs(e.lon1 - e.lon0) + dLat) / dLat + 1e-15;
            }
            edges.push_back(e);
        }
    };
    for (const GeoPolygon& part : area.parts()) {
        m_partOuter.push_back(m_rings);
        addRing(part.outer, m_rings++);
        for (const GeoRing& hole : part.holes)
            addRing(hole, m_rings++);
    }
    m_partOuter.push_back(m_rings);

    m_buckets.resize(static_cast<size_t>(std::max(0, lastRow - firstRow + 1)));
    for (const Edge& e : edges) {
        // Bands are closed on both sides here: a point exactly on a band's edge must see the
        // edges of either neighbour.
        const int r0 =
            std::max(firstRow, static_cast<int>(std::floor((e.lat0 - south) / rowHeight)) - 1);
        const int r1 =
            std::min(lastRow, static_cast<int>(std::floor((e.lat1 - south) / rowHeight)) + 1);
        for (int r = r0; r <= r1; ++r)
            m_buckets[static_cast<size_t>(r - firstRow)].push_back(e);
    }
}

namespace {

// Per ring: inside by even-odd, and on an edge. Bits for up to 64 rings, bytes beyond.
struct RingBits
{
    quint64 in = 0, on = 0;
    bool isOn(int ring) const { return on >> ring & 1; }
    void setOn(int ring) { on |= quint64(1) << ring; }
    void flipIn(int ring) { in ^= quint64(1) << ring; }
    bool isIn(int ring) const { return in >> ring & 1; }
};
struct RingBytes
{
    std::vector<char> in, on;
    explicit RingBytes(int rings)
        : in(static_cast<size_t>(rings))
        , on(static_cast<size_t>(rings))
    {}
    bool isOn(int ring) const { return on[static_cast<size_t>(ring)]; }
    void setOn(int ring) { on[static_cast<size_t>(ring)] = 1; }
    void flipIn(int ring) { in[static_cast<size_t>(ring)] ^= 1; }
    bool isIn(int ring) const { return in[static_cast<size_t>(ring)]; }
};

} // namespace

template <typename Rings>
bool PreparedPolygon::containsIn(double lat, double lon, int row, Rings& rings) const
{
    for (const Edge& e : bucket(row)) {
        if (lat < e.lat0 - 1e-12 || lat > e.lat1 + 1e-12)
            continue;
        if (e.lat0 == e.lat1) {
            // A level edge is never crossed by the half-open rule; a point may lie on it.
            if (!rings.isOn(e.ring) && geo::onSegment(lat, lon, e.lat0, e.lon0, e.lat1, e.lon1))
                rings.setOn(e.ring);
            continue;
        }
        const double x = e.lon0 + (lat - e.lat0) * e.slope;
        if (std::abs(lon - x) <= e.onEdgeLon && !rings.isOn(e.ring) &&
            geo::onSegment(lat, lon, e.lat0, e.lon0, e.lat1, e.lon1))
            rings.setOn(e.ring);
        // Half-open in latitude, as in geo::ringContains: lat0 <= lat < lat1.
        if ((e.lat0 > lat) != (e.lat1 > lat) && lon < x)
            rings.flipIn(e.ring);
    }
    // Inside one part: within its outer ring (or on it) and not strictly inside a hole of it.
    for (size_t p = 0; p + 1 < m_partOuter.size(); ++p) {
        const int outer = m_partOuter[p];
        if (!(rings.isIn(outer) || rings.isOn(outer)))
            continue;
        bool inHole = false;
        for (int h = outer + 1; h < m_partOuter[p + 1] && !inHole; ++h)
            inHole = rings.isIn(h) && !rings.isOn(h);
        if (!inHole)
            return true;
    }
    return false;
}

bool PreparedPolygon::contains(double lat, double lon, int row) const
{
    if (m_rings <= 64) {
        RingBits rings;
        return containsIn(lat, lon, row, rings);
    }
    RingBytes rings(m_rings);
    return containsIn(lat, lon, row, rings);
}

void PreparedPolygon::markEdgeColumns(int row, double west, double colWidth, int firstCol,
                                      int lastCol, std::vector<char>& dirty) const
{
    const double bandSouth = m_south + row * m_rowHeight;
    const double bandNorth = bandSouth + m_rowHeight;
    for (const Edge& e : bucket(row)) {
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
