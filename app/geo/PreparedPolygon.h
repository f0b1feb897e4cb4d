#pragma once

#include "app/geo/GeoArea.h"

#include <vector>

namespace burgernet {

// A polygon area (each part with its holes) made ready for many point tests against a grid of rows:
// each row band keeps only the edges that cross it, so that a point test looks at a handful of
// edges instead of all of them, and cells that no edge crosses are decided by one test of their
// centre. Same rules as GeoArea::contains: even-odd per ring, edges (of the outer ring and of the
// holes) belong to the area.
class PreparedPolygon
{
public:
    PreparedPolygon(const GeoArea& area, double south, double rowHeight, int firstRow, int lastRow);

    bool contains(double lat, double lon, int row) const;
    // Columns [west + c*colWidth, ...) of `row` that an edge passes through.
    void markEdgeColumns(int row, double west, double colWidth, int firstCol, int lastCol,
                         std::vector<char>& dirty) const;

private:
    struct Edge
    {
        double lat0, lon0, lat1, lon1; // lat0 <= lat1
        // Longitude per degree of latitude (0 for a level edge), and how far in longitude from
        // the edge a point may be and still be on it by geo::onSegment's tolerance: a point
        // test multiplies once and calls onSegment only for points that close.
        double slope, onEdgeLon;
        int ring; // numbered over all parts: each part's outer ring, then its holes
    };
    const std::vector<Edge>& bucket(int row) const
    {
        return m_buckets[static_cast<size_t>(row - m_firstRow)];
    }
    template <typename Rings>
    bool containsIn(double lat, double lon, int row, Rings& rings) const;

    // Per row: the edges overlapping its band, copied so that a point test reads one short run.
    std::vector<std::vector<Edge>> m_buckets;
    double m_south;
    double m_rowHeight;
    int m_firstRow;
    int m_rings = 0;
    // The number of each part's outer ring, and one past the last ring at the end.
    std::vector<int> m_partOuter;
};

} // namespace burgernet
