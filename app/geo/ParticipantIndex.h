#pragma once

#include "app/core/Channel.h"
#include "app/geo/GeoArea.h"

#include <QDateTime>

#include <array>
#include <bit>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace burgernet {

// What the index is built from: the register's active participants and their locations.
struct IndexInput
{
    struct Participant
    {
        qint64 id = 0;            // register id
        ChannelMask channels = 0; // reachable and wanted
    };
    struct Location
    {
        quint32 participant = 0; // index into `participants`
        double lat = 0;
        double lon = 0;
        quint32 window = 0; // TimeWindow::packed()
    };
    std::vector<Participant> participants;
    std::vector<Location> locations;
};

struct SelectionCount
{
    qint64 participants = 0;
    qint64 locations = 0;
    // Participants reachable on each addressed channel, at the position of the channel's bit.
    std::array<qint64, kAddressedChannelBits> perChannelBit{};

    qint64 on(BuiltinChannel channel) const
    {
        return perChannelBit[static_cast<size_t>(std::countr_zero(channelBit(channel)))];
    }
};

// The in-memory spatial index over every active location: coordinates packed as 1e-7 degree
// integers, sorted into a grid of ~1 km cells. Cells wholly inside the area are counted from
// per-cell totals without touching their points; only cells on the edge are tested point by
// point. Locations that need more than a count (a time window, or a participant with more
// than one address inside) are kept at the end of their cell.
//
// The hot loops touch only the cell's own rows: each packed location carries its participant's
// channels and "has more than one location" bit, its register id sits in a parallel array, and
// participants are numbered in the order of their first location, so that the seen-bits of one
// area stay close together in memory instead of missing the cache once per location.
//
// Immutable once built and safe to query from several threads at once (the live count in the
// window, the selection in a dispatch worker). Rebuilt and swapped when the register changes.
class ParticipantIndex
{
public:
    // At most kMaxParticipants participants (2^28, far above any register).
    static std::shared_ptr<const ParticipantIndex> build(const IndexInput& input);
    static constexpr size_t kMaxParticipants = size_t(1) << 28;

    // Distinct participants with at least one location inside `area` whose hours include `at`.
    SelectionCount count(const GeoArea& area, const QDateTime& at) const;
    // Their register ids, each once, in no particular order.
    std::vector<qint64> select(const GeoArea& area, const QDateTime& at) const;

    qint64 participantCount() const { return static_cast<qint64>(m_participantCount); }
    qint64 locationCount() const { return static_cast<qint64>(m_locations.size()); }
    size_t memoryBytes() const;

    // For tests and the map layer: each location as stored.
    struct StoredLocation
    {
        double lat;
        double lon;
        qint64 participantId;
        quint32 window;
        quint8 channels;
    };
    StoredLocation location(qint64 i) const;

    // Read access for the map's participant layer, which draws every location at street zoom
    // and aggregates them in the background: the grid, a box of cells, and packed coordinates
    // (1e-7 degrees), with no copying. Locations are ordered by cell.
    struct Grid
    {
        double south = 0, west = 0;
        int rows = 0, cols = 0;
    };
    Grid grid() const { return {m_south, m_west, m_rows, m_cols}; }
    // Location indices [first, second) of the cell at (row, col); both in range.
    std::pair<quint32, quint32> cellRange(int row, int col) const
    {
        const size_t cell =
            static_cast<size_t>(row) * static_cast<size_t>(m_cols) + static_cast<size_t>(col);
        return {m_cellStart[cell], m_cellStart[cell + 1]};
    }
    qint32 lat7(size_t i) const { return m_locations[i].lat7; }
    qint32 lon7(size_t i) const { return m_locations[i].lon7; }

    static constexpr double kCellLat = 0.01;  // ~1.1 km
    static constexpr double kCellLon = 0.015; // ~1.0 km at 52 degrees north

private:
    static constexpr int kFlagBits = 4;
    static constexpr quint32 kFlagMask = 0xf;
    static constexpr quint8 kChannelMask = 0x7;
    static constexpr quint8 kMultiple = 0x8; // the participant has more than one location
    struct Packed
    {
        qint32 lat7;
        qint32 lon7;
        quint32 participantAndFlags; // dense participant number << 4 | ChannelMask | kMultiple
        quint32 window;

        quint32 participant() const { return participantAndFlags >> kFlagBits; }
        quint8 flags() const { return static_cast<quint8>(participantAndFlags & kFlagMask); }
        quint8 channels() const { return flags() & kChannelMask; }
        bool multiple() const { return participantAndFlags & kMultiple; }
    };
    static_assert(sizeof(Packed) == 16);

    struct Cells; // area-specific classification, see ParticipantIndex.cpp
    // The rows and columns of the cells that meet the area's bounding box (empty: r0 > r1).
    struct CellBox
    {
        int r0, r1, c0, c1;
    };
    CellBox cellsAround(const GeoArea& area) const;
    size_t upperBound(const GeoArea& area) const;
    template <typename Visitor>
    void visit(const GeoArea& area, const QDateTime& at, Visitor& visitor) const;

    std::vector<Packed> m_locations;   // sorted by cell; simple ones first within a cell
    std::vector<quint32> m_cellStart;  // rows*cols+1 offsets into m_locations
    std::vector<quint32> m_cellSimple; // per cell: how many simple locations lead it
    std::vector<std::array<quint32, kAddressedChannelBits>> m_cellSimpleChannels;
    // The register id of each location's participant, beside m_locations: selecting reads it
    // in the same order as the cell's rows instead of looking a dense number up at random.
    std::vector<qint64> m_locationParticipantIds;
    size_t m_participantCount = 0;
    double m_south = 0, m_west = 0;
    int m_rows = 0, m_cols = 0;

    friend struct IndexQuery;
};

} // namespace burgernet
