#pragma once

#include "app/geo/GeoArea.h"
#include "app/geo/ParticipantIndex.h"

#include <QDateTime>

#include <vector>

namespace burgernet::bench {

// The plain reference the index is measured against: every point sorted into 250 m cells, 12
// bytes a point (latitude, longitude in 1e-7 degrees, participant), with a table of cell
// offsets; a time window per point only where the register has windows. Cells wholly inside
// the area are counted from the offsets when no point has a window or a second address, else
// walked for the windows and for participants met twice; edge cells are tested point by point,
// with the same point tests and the same cell classification as the index.
class ReferenceGrid
{
public:
    explicit ReferenceGrid(const IndexInput& input);

    // Distinct participants inside with their hours including `at`.
    qint64 count(const GeoArea& area, const QDateTime& at) const;
    // Their numbers (positions in the input's participants), each once, into `out`.
    void ids(const GeoArea& area, const QDateTime& at, std::vector<quint32>& out) const;
    size_t memoryBytes() const;

private:
    struct Point
    {
        qint32 lat7, lon7;
        quint32 participant;
    };
    struct Cells
    {
        int row, first, last;
        bool inside;
    };
    std::vector<Cells> plan(const GeoArea& area) const;
    template <typename Visit>
    void walk(const GeoArea& area, const QDateTime& at, Visit&& visit) const;

    std::vector<Point> m_points;
    std::vector<quint32> m_windows; // empty when every point is always active
    std::vector<quint32> m_cellStart;
    bool m_plain = true; // no windows and one address per participant
    size_t m_participants = 0;
    qint32 m_south7 = 0, m_west7 = 0;
    int m_rows = 0, m_cols = 0;
};

} // namespace burgernet::bench
