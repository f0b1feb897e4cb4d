#include "app/geo/ParticipantIndex.h"

#include "app/geo/TimeWindow.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <system_error>
#include <thread>

namespace burgernet {

RegisterIds::RegisterIds(const std::vector<qint64>& ids)
{
    if (ids.empty())
        return;
    const auto [low, high] = std::minmax_element(ids.begin(), ids.end());
    if (static_cast<quint64>(*high) - static_cast<quint64>(*low) > 0xffffffffULL) {
        m_wide = ids;
        return;
    }
    m_base = *low;
    m_offset.resize(ids.size());
    for (size_t i = 0; i < ids.size(); ++i)
        m_offset[i] = static_cast<quint32>(ids[i] - m_base);
}

namespace {

qint32 floorTo(qint32 value, qint32 step)
{
    const qint32 q = value / step;
    return (value % step != 0 && value < 0 ? q - 1 : q) * step;
}

// Below this many items a second thread costs more than it saves.
constexpr size_t kSplitFrom = 1 << 16;

// `work(begin, end, half)` over [0, n) in two halves at once: the build's passes over millions
// of locations are memory-bound, and the load is waited for at start. Everything the halves
// write is allocated before, so that nothing can throw on the second thread.
template <typename Work>
void inHalves(size_t n, Work&& work)
{
    if (n < kSplitFrom) {
        work(size_t{0}, n, 0);
        return;
    }
    const size_t mid = n / 2;
    std::thread second;
    try {
        second = std::thread([&] { work(mid, n, 1); });
    } catch (const std::system_error&) {
        // No thread to be had (a process at its limits): the halves one after the other.
        work(mid, n, 1);
    }
    work(size_t{0}, mid, 0);
    if (second.joinable())
        second.join();
}

} // namespace

std::shared_ptr<const ParticipantIndex> ParticipantIndex::build(const IndexInput& input)
{
    auto index = std::shared_ptr<ParticipantIndex>(new ParticipantIndex);
    const size_t participants = input.participants.size();
    if (participants > kMaxParticipants)
        qFatal("ParticipantIndex: %zu participants exceed the dense numbering", participants);
    index->m_participantCount = participants;
    const size_t n = input.locations.size();
    if (n == 0) {
        index->m_rows = index->m_cols = 1;
        index->m_simpleStart = CellOffsets({0, 0});
        index->m_complexStart = CellOffsets({0, 0});
        index->m_channelCheckpoints.assign(1, {});
        return index;
    }

    // Addresses per participant, counted up to two.
    std::vector<quint8> addresses(participants, 0);
    for (const auto& l : input.locations)
        if (addresses[l.participant] < 2)
            ++addresses[l.participant];
    auto isSimple = [&](const IndexInput::Location& l) {
        return l.window == TimeWindow::kAlways && addresses[l.participant] == 1;
    };

    // Rounded to 1e-7 degrees as lround would, without its call.
    auto fixed = [](double degrees) {
        return static_cast<qint32>(degrees * kScale + (degrees >= 0 ? 0.5 : -0.5));
    };
    std::vector<qint32> lat7(n), lon7(n);
    struct Bounds
    {
        qint32 south = std::numeric_limits<qint32>::max();
        qint32 north = std::numeric_limits<qint32>::min();
        qint32 west = std::numeric_limits<qint32>::max();
        qint32 east = std::numeric_limits<qint32>::min();
    };
    std::array<Bounds, 2> bounds{};
    inHalves(n, [&](size_t begin, size_t end, int half) {
        Bounds b;
        for (size_t i = begin; i < end; ++i) {
            lat7[i] = fixed(input.locations[i].lat);
            lon7[i] = fixed(input.locations[i].lon);
            b.south = std::min(b.south, lat7[i]);
            b.north = std::max(b.north, lat7[i]);
            b.west = std::min(b.west, lon7[i]);
            b.east = std::max(b.east, lon7[i]);
        }
        bounds[static_cast<size_t>(half)] = b;
    });
    const qint32 south = std::min(bounds[0].south, bounds[1].south);
    const qint32 north = std::max(bounds[0].north, bounds[1].north);
    const qint32 west = std::min(bounds[0].west, bounds[1].west);
    const qint32 east = std::max(bounds[0].east, bounds[1].east);
    index->m_south7 = floorTo(south, kCellLat7);
    index->m_west7 = floorTo(west, kCellLon7);
    index->m_rows = (north - index->m_south7) / kCellLat7 + 1;
    index->m_cols = (east - index->m_west7) / kCellLon7 + 1;
    const size_t cells = static_cast<size_t>(index->m_rows) * static_cast<size_t>(index->m_cols);

    // Counting sort by cell, simple and other locations apart (the others after the simple
    // ones in one sorted array, split into the columns after). Each half counts its own cells;
    // the second half's locations of a cell go after the first half's, so the order is the one
    // a single pass gives.
    std::vector<quint32> cellOfLocation(n);
    std::array<std::vector<quint32>, 2> simpleIn{std::vector<quint32>(cells, 0),
                                                 std::vector<quint32>(cells, 0)};
    std::array<std::vector<quint32>, 2> complexIn{std::vector<quint32>(cells, 0),
                                                  std::vector<quint32>(cells, 0)};
    inHalves(n, [&](size_t begin, size_t end, int half) {
        auto& simple = simpleIn[static_cast<size_t>(half)];
        auto& complex = complexIn[static_cast<size_t>(half)];
        for (size_t i = begin; i < end; ++i) {
            const auto r = static_cast<size_t>((lat7[i] - index->m_south7) / kCellLat7);
            const auto c = static_cast<size_t>((lon7[i] - index->m_west7) / kCellLon7);
            cellOfLocation[i] = static_cast<quint32>(r * static_cast<size_t>(index->m_cols) + c);
            ++(isSimple(input.locations[i]) ? simple : complex)[cellOfLocation[i]];
        }
    });
    // The counts become where each half writes next in each cell: the first half from the
    // cell's start, the second after the first half's locations there.
    std::vector<quint32> simpleStart(cells + 1, 0), complexStart(cells + 1, 0);
    for (size_t c = 0; c < cells; ++c) {
        simpleStart[c + 1] = simpleStart[c] + simpleIn[0][c] + simpleIn[1][c];
        simpleIn[1][c] = simpleStart[c] + simpleIn[0][c];
        simpleIn[0][c] = simpleStart[c];
        complexStart[c + 1] = complexStart[c] + complexIn[0][c] + complexIn[1][c];
        complexIn[1][c] = complexStart[c] + complexIn[0][c];
        complexIn[0][c] = complexStart[c];
    }
    const quint32 simpleCount = simpleStart[cells];
    const quint32 complexCount = complexStart[cells];

    // One random write per location into a packed array, then sequential passes into the
    // columns: scattering straight into six columns costs six cache misses a location.
    struct Sorted
    {
        qint64 key; // register id (simple) or participant (others)
        quint32 window;
        quint16 lat, lon;
        quint8 channels;
    };
    std::vector<Sorted> sorted(n);
    inHalves(n, [&](size_t begin, size_t end, int half) {
        auto& nextSimple = simpleIn[static_cast<size_t>(half)];
        auto& nextComplex = complexIn[static_cast<size_t>(half)];
        for (size_t i = begin; i < end; ++i) {
            const auto& l = input.locations[i];
            const quint32 cell = cellOfLocation[i];
            const bool simple = isSimple(l);
            const quint32 at = simple ? nextSimple[cell]++ : simpleCount + nextComplex[cell]++;
            sorted[at] = {simple ? input.participants[l.participant].id : l.participant, l.window,
                          static_cast<quint16>((lat7[i] - index->m_south7) % kCellLat7),
                          static_cast<quint16>((lon7[i] - index->m_west7) % kCellLon7),
                          static_cast<quint8>(input.participants[l.participant].channels & 0x7)};
        }
    });
    simpleIn = {};
    complexIn = {};
    cellOfLocation = {};
    lat7 = {};
    lon7 = {};
    index->m_simpleLat.resize(simpleCount);
    index->m_simpleLon.resize(simpleCount);
    index->m_simpleChannels.resize(simpleCount);
    std::vector<qint64> ids(simpleCount);
    index->m_complexLat.resize(complexCount);
    index->m_complexLon.resize(complexCount);
    index->m_complexParticipant.resize(complexCount);
    index->m_complexWindow.resize(complexCount);
    index->m_complexChannels.resize(complexCount);
    inHalves(simpleCount, [&](size_t begin, size_t end, int) {
        for (size_t k = begin; k < end; ++k) {
            index->m_simpleLat[k] = sorted[k].lat;
            index->m_simpleLon[k] = sorted[k].lon;
            index->m_simpleChannels[k] = sorted[k].channels;
            ids[k] = sorted[k].key;
        }
    });
    inHalves(complexCount, [&](size_t begin, size_t end, int) {
        for (size_t j = begin; j < end; ++j) {
            const Sorted& l = sorted[simpleCount + j];
            index->m_complexLat[j] = l.lat;
            index->m_complexLon[j] = l.lon;
            index->m_complexParticipant[j] = static_cast<quint32>(l.key); // numbered below
            index->m_complexWindow[j] = l.window;
            index->m_complexChannels[j] = l.channels;
        }
    });
    sorted = {};

    // The others' participants: single windowed addresses first, then those with several, each
    // group in the order of its first location, so that the seen-bits of one area lie close.
    quint32 singles = 0;
    for (quint32 j = 0; j < complexCount; ++j)
        singles += addresses[index->m_complexParticipant[j]] == 1;
    constexpr quint32 kUnnumbered = std::numeric_limits<quint32>::max();
    std::vector<quint32> number(participants, kUnnumbered);
    quint32 nextSingle = simpleCount, nextMultiple = simpleCount + singles;
    for (quint32 j = 0; j < complexCount; ++j) {
        const quint32 p = index->m_complexParticipant[j];
        if (number[p] == kUnnumbered) {
            number[p] = addresses[p] == 1 ? nextSingle++ : nextMultiple++;
            if (ids.size() <= number[p])
                ids.resize(std::max<size_t>(number[p] + 1, ids.size() * 5 / 4));
            ids[number[p]] = input.participants[p].id;
        }
        index->m_complexParticipant[j] = number[p];
    }
    ids.resize(nextMultiple);
    index->m_simpleCount = simpleCount;
    index->m_firstMultiple = simpleCount + singles;
    index->m_denseCount = nextMultiple;
    index->m_registerIds = RegisterIds(ids);

    index->m_channelCheckpoints.resize(simpleCount / 64 + 1);
    std::array<quint32, kAddressedChannelBits> running{};
    for (quint32 k = 0; k < simpleCount; ++k) {
        if (k % 64 == 0)
            index->m_channelCheckpoints[k / 64] = running;
        for (int ch = 0; ch < kAddressedChannelBits; ++ch)
            running[static_cast<size_t>(ch)] += (index->m_simpleChannels[k] >> ch) & 1;
    }
    if (simpleCount % 64 == 0)
        index->m_channelCheckpoints[simpleCount / 64] = running;

    index->m_simpleStart = CellOffsets(simpleStart);
    index->m_complexStart = CellOffsets(complexStart);
    return index;
}

size_t ParticipantIndex::memoryBytes() const
{
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    return bytes(m_simpleLat) + bytes(m_simpleLon) + bytes(m_simpleChannels) +
           bytes(m_channelCheckpoints) + m_simpleStart.memoryBytes() + bytes(m_complexLat) +
           bytes(m_complexLon) + bytes(m_complexParticipant) + bytes(m_complexWindow) +
           bytes(m_complexChannels) + m_complexStart.memoryBytes() + m_registerIds.memoryBytes();
}

std::vector<ParticipantIndex::StoredLocation> ParticipantIndex::storedLocations() const
{
    std::vector<StoredLocation> out;
    out.reserve(static_cast<size_t>(locationCount()));
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_cols; ++c) {
            const size_t cell = cellOf(r, c);
            const qint32 south = m_south7 + r * kCellLat7, west = m_west7 + c * kCellLon7;
            for (quint32 i = m_simpleStart[cell]; i < m_simpleStart[cell + 1]; ++i)
                out.push_back({(south + m_simpleLat[i]) / kScale, (west + m_simpleLon[i]) / kScale,
                               registerId(i), TimeWindow::kAlways, m_simpleChannels[i]});
            for (quint32 j = m_complexStart[cell]; j < m_complexStart[cell + 1]; ++j)
                out.push_back({(south + m_complexLat[j]) / kScale,
                               (west + m_complexLon[j]) / kScale,
                               registerId(m_complexParticipant[j]), m_complexWindow[j],
                               m_complexChannels[j]});
        }
    return out;
}

} // namespace burgernet
