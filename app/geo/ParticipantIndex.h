#pragma once

#include "app/core/Channel.h"
#include "app/geo/CellOffsets.h"
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

// Whether a count may hand half of its work to a second core.
enum class QueryCores { One, Available };

// The register ids of the participants, by dense number: 32-bit offsets from the smallest id
// while the ids span less than 2^32 (always, for a register's sequence), else 64-bit ids.
class RegisterIds
{
public:
    RegisterIds() = default;
    explicit RegisterIds(const std::vector<qint64>& ids);
    qint64 operator[](quint32 dense) const
    {
        return m_wide.empty() ? m_base + m_offset[dense] : m_wide[dense];
    }
    size_t memoryBytes() const
    {
        return m_offset.capacity() * sizeof(quint32) + m_wide.capacity() * sizeof(qint64);
    }

private:
    qint64 m_base = 0;
    std::vector<quint32> m_offset;
    std::vector<qint64> m_wide;
};

// The in-memory spatial index over every active location, in a grid of cells about 250 m
// square. Cells wholly inside the area are counted from offsets without touching their points;
// only the cells on the edge are tested point by point, on 16-bit coordinates relative to the
// cell (1e-7 degree steps), stored as separate arrays so that the test runs down them.
//
// Most locations are "simple": the only address of its participant, wanted at all hours. They
// are numbered in cell order and their position is their participant's dense number, so a
// whole run of cells is a range of positions: counted by subtraction (per channel from
// checkpoints every 64 positions) and selected as a sequence. The rest (a time window, or one
// of a participant's several addresses) sit in a second set of arrays, also by cell, with
// their window and participant, each tested for its hours and counted once per participant.
//
// Immutable once built and safe to query from several threads at once (the live count in the
// window, the selection in a dispatch worker). Rebuilt and swapped when the register changes.
class ParticipantIndex
{
public:
    static std::shared_ptr<const ParticipantIndex> build(const IndexInput& input);
    static constexpr size_t kMaxParticipants = size_t(1) << 31;

    // Distinct participants with at least one location inside `area` whose hours include `at`.
    // Large areas (many edge cells) may be counted on two cores.
    SelectionCount count(const GeoArea& area, const QDateTime& at,
                         QueryCores cores = QueryCores::Available) const;
    // Their dense numbers, each once, in no particular order, into `out` (cleared first; its
    // capacity stays, so a caller that selects again and again allocates once).
    void select(const GeoArea& area, const QDateTime& at, std::vector<quint32>& out) const;
    // Their register ids.
    std::vector<qint64> select(const GeoArea& area, const QDateTime& at) const;
    qint64 registerId(quint32 dense) const { return m_registerIds[dense]; }

    qint64 participantCount() const { return static_cast<qint64>(m_participantCount); }
    qint64 locationCount() const
    {
        return static_cast<qint64>(m_simpleLat.size() + m_complexLat.size());
    }
    size_t memoryBytes() const;

    // For tests: each location as stored.
    struct StoredLocation
    {
        double lat;
        double lon;
        qint64 participantId;
        quint32 window;
        quint8 channels;
    };
    std::vector<StoredLocation> storedLocations() const;

    // Read access for the map's participant layer, which draws every location at street zoom
    // and aggregates them in the background: the grid, and every location of a box of cells
    // as packed coordinates (1e-7 degrees), with no copying.
    struct Grid
    {
        double south = 0, west = 0;
        int rows = 0, cols = 0;
    };
    Grid grid() const { return {m_south7 / kScale, m_west7 / kScale, m_rows, m_cols}; }
    // f(qint32 lat7, qint32 lon7) for each location in rows [r0, r1] and columns [c0, c1].
    template <typename F>
    void forEachLocation(int r0, int r1, int c0, int c1, F&& f) const
    {
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) {
                const size_t cell = cellOf(r, c);
                const qint32 south = m_south7 + r * kCellLat7, west = m_west7 + c * kCellLon7;
                for (quint32 i = m_simpleStart[cell]; i < m_simpleStart[cell + 1]; ++i)
                    f(south + m_simpleLat[i], west + m_simpleLon[i]);
                for (quint32 i = m_complexStart[cell]; i < m_complexStart[cell + 1]; ++i)
                    f(south + m_complexLat[i], west + m_complexLon[i]);
            }
    }
    template <typename F>
    void forEachLocation(F&& f) const
    {
        forEachLocation(0, m_rows - 1, 0, m_cols - 1, std::forward<F>(f));
    }

    static constexpr qint32 kCellLat7 = 22'500; // 250 m
    static constexpr qint32 kCellLon7 = 36'500; // 250 m at 52 degrees north
    static constexpr double kScale = 1e7;
    static constexpr double kCellLat = kCellLat7 / kScale;
    static constexpr double kCellLon = kCellLon7 / kScale;

private:
    friend class IndexQuery;
    friend struct QueryVisitors;
    size_t cellOf(int row, int col) const
    {
        return static_cast<size_t>(row) * static_cast<size_t>(m_cols) + static_cast<size_t>(col);
    }

    // Simple locations, by cell; position = dense participant number.
    std::vector<quint16> m_simpleLat, m_simpleLon; // 1e-7 degrees from the cell's corner
    std::vector<quint8> m_simpleChannels;
    // Per channel, how many simple locations before position 64 k have it.
    std::vector<std::array<quint32, kAddressedChannelBits>> m_channelCheckpoints;
    CellOffsets m_simpleStart;
    // The others, by cell.
    std::vector<quint16> m_complexLat, m_complexLon;
    std::vector<quint32> m_complexParticipant; // dense number
    std::vector<quint32> m_complexWindow;      // TimeWindow::packed()
    std::vector<quint8> m_complexChannels;
    CellOffsets m_complexStart;
    // Dense numbers: simple [0, m_simpleCount), single windowed addresses up to
    // m_firstMultiple, then participants with several addresses.
    quint32 m_simpleCount = 0;
    quint32 m_firstMultiple = 0;
    quint32 m_denseCount = 0;
    RegisterIds m_registerIds;
    size_t m_participantCount = 0;
    qint32 m_south7 = 0, m_west7 = 0;
    int m_rows = 0, m_cols = 0;
};

} // namespace burgernet
