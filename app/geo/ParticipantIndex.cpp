#include "app/geo/ParticipantIndex.h"

#include "app/geo/PreparedPolygon.h"
#include "app/geo/TimeWindow.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace burgernet {

namespace {

constexpr double kScale = 1e7;
constexpr double kDegToRad = M_PI / 180.0;

inline double toDegrees(qint32 fixed)
{
    return fixed / kScale;
}

enum class CellClass { Outside, Inside, Partial };

// Circle tests: a cheap planar estimate decides points well inside or outside; the exact
// haversine decides the thin band around the edge. Cells whose four corners are inside are
// wholly inside (on a sphere, the distance over a lat/lon cell peaks at a corner).
class CircleTest
{
public:
    explicit CircleTest(const GeoArea& area)
        : m_lat(area.centre().latitude())
        , m_lon(area.centre().longitude())
        , m_threshold(geo::circleThreshold(area.radiusMetres()))
        , m_cos(std::cos(m_lat * kDegToRad))
    {
        const double angular = area.radiusMetres() / geo::kEarthRadiusMetres;
        // The planar estimate's relative error grows with tan(latitude) and the angular radius.
        const double worstLat = std::min(89.0, std::abs(m_lat) + angular / kDegToRad);
        const double delta = 2.0 * std::tan(worstLat * kDegToRad) * angular + 1e-9;
        m_inner = angular * angular * (1 - delta) * (1 - delta);
        m_outer = angular * angular * (1 + delta) * (1 + delta);
    }

    bool contains(double lat, double lon) const
    {
        const double dy = (lat - m_lat) * kDegToRad;
        const double dx = (lon - m_lon) * kDegToRad * m_cos;
        const double d2 = dx * dx + dy * dy;
        if (d2 < m_inner)
            return true;
        if (d2 > m_outer)
            return false;
        return geo::haversineTerm(m_lat, m_lon, lat, lon) <= m_threshold;
    }

    CellClass classify(double south, double west, double north, double east) const
    {
        const bool all =
            exact(south, west) && exact(south, east) && exact(north, west) && exact(north, east);
        if (all)
            return CellClass::Inside;
        // The nearest point of the cell by the planar estimate: clearly beyond the edge, skip.
        const double lat = std::clamp(m_lat, south, north);
        const double lon = std::clamp(m_lon, west, east);
        const double dy = (lat - m_lat) * kDegToRad;
        const double dx = (lon - m_lon) * kDegToRad * m_cos;
        return dx * dx + dy * dy > 4 * m_outer ? CellClass::Outside : CellClass::Partial;
    }

private:
    bool exact(double lat, double lon) const
    {
        return geo::haversineTerm(m_lat, m_lon, lat, lon) <= m_threshold;
    }

    double m_lat, m_lon, m_threshold, m_cos, m_inner = 0, m_outer = 0;
};

} // namespace

std::shared_ptr<const ParticipantIndex> ParticipantIndex::build(const IndexInput& input)
{
    auto index = std::shared_ptr<ParticipantIndex>(new ParticipantIndex);
    const size_t participants = input.participants.size();
    if (participants > kMaxParticipants)
        qFatal("ParticipantIndex: %zu participants exceed the packed limit", participants);
    std::vector<quint8> flags(participants);
    std::vector<quint32> locationsPerParticipant(participants, 0);
    for (size_t p = 0; p < participants; ++p)
        flags[p] = input.participants[p].channels & kChannelMask;
    for (const auto& l : input.locations)
        ++locationsPerParticipant[l.participant];
    for (size_t p = 0; p < participants; ++p)
        if (locationsPerParticipant[p] > 1)
            flags[p] |= kMultiple;
    locationsPerParticipant = {};

    index->m_participantCount = participants;
    if (input.locations.empty()) {
        index->m_rows = index->m_cols = 1;
        index->m_cellStart.assign(2, 0);
        index->m_cellSimple.assign(1, 0);
        index->m_cellSimpleChannels.assign(1, {});
        return index;
    }
    double south = 90, north = -90, west = 180, east = -180;
    for (const auto& l : input.locations) {
        south = std::min(south, l.lat);
        north = std::max(north, l.lat);
        west = std::min(west, l.lon);
        east = std::max(east, l.lon);
    }
    index->m_south = std::floor(south / kCellLat) * kCellLat;
    index->m_west = std::floor(west / kCellLon) * kCellLon;
    index->m_rows = static_cast<int>((north - index->m_south) / kCellLat) + 1;
    index->m_cols = static_cast<int>((east - index->m_west) / kCellLon) + 1;
    const size_t cells = static_cast<size_t>(index->m_rows) * static_cast<size_t>(index->m_cols);

    auto cellOf = [&](double lat, double lon) {
        const int r =
            std::clamp(static_cast<int>((lat - index->m_south) / kCellLat), 0, index->m_rows - 1);
        const int c =
            std::clamp(static_cast<int>((lon - index->m_west) / kCellLon), 0, index->m_cols - 1);
        return static_cast<size_t>(r) * static_cast<size_t>(index->m_cols) + static_cast<size_t>(c);
    };
    auto isSimple = [&](const IndexInput::Location& l) {
        return l.window == TimeWindow::kAlways && !(flags[l.participant] & kMultiple);
    };

    // Counting sort by cell, simple locations first within each cell.
    std::vector<quint32> simple(cells, 0), other(cells, 0);
    std::vector<quint32> cellOfLocation(input.locations.size());
    for (size_t i = 0; i < input.locations.size(); ++i) {
        const auto& l = input.locations[i];
        cellOfLocation[i] = static_cast<quint32>(cellOf(l.lat, l.lon));
        ++(isSimple(l) ? simple : other)[cellOfLocation[i]];
    }
    index->m_cellStart.resize(cells + 1);
    index->m_cellSimple = simple;
    index->m_cellSimpleChannels.assign(cells, {});
    quint32 offset = 0;
    for (size_t c = 0; c < cells; ++c) {
        index->m_cellStart[c] = offset;
        offset += simple[c] + other[c];
    }
    index->m_cellStart[cells] = offset;
    std::vector<quint32> nextSimple(index->m_cellStart.begin(), index->m_cellStart.end() - 1);
    std::vector<quint32> nextOther(cells);
    for (size_t c = 0; c < cells; ++c)
        nextOther[c] = index->m_cellStart[c] + simple[c];

    index->m_locations.resize(input.locations.size());
    index->m_locationParticipantIds.resize(input.locations.size());
    for (size_t i = 0; i < input.locations.size(); ++i) {
        const auto& l = input.locations[i];
        const size_t cell = cellOfLocation[i];
        const bool s = isSimple(l);
        const quint32 slot = s ? nextSimple[cell]++ : nextOther[cell]++;
        index->m_locations[slot] =
            Packed{static_cast<qint32>(std::lround(l.lat * kScale)),
                   static_cast<qint32>(std::lround(l.lon * kScale)), l.participant, l.window};
        index->m_locationParticipantIds[slot] = input.participants[l.participant].id;
        if (s) {
            for (int ch = 0; ch < kAddressedChannelBits; ++ch)
                index->m_cellSimpleChannels[cell][static_cast<size_t>(ch)] +=
                    (flags[l.participant] >> ch) & 1;
        }
    }
    cellOfLocation = {};

    // Number the participants in the order of their first location, then pack each location's
    // participant number with the participant's flags.
    constexpr quint32 kUnnumbered = std::numeric_limits<quint32>::max();
    std::vector<quint32> number(participants, kUnnumbered);
    quint32 next = 0;
    for (Packed& packed : index->m_locations) {
        const quint32 p = packed.participantAndFlags;
        if (number[p] == kUnnumbered)
            number[p] = next++;
        packed.participantAndFlags = number[p] << kFlagBits | flags[p];
    }
    return index;
}

size_t ParticipantIndex::memoryBytes() const
{
    return m_locations.capacity() * sizeof(Packed) + m_cellStart.capacity() * sizeof(quint32) +
           m_cellSimple.capacity() * sizeof(quint32) +
           m_cellSimpleChannels.capacity() * sizeof(m_cellSimpleChannels[0]) +
           m_locationParticipantIds.capacity() * sizeof(qint64);
}

ParticipantIndex::StoredLocation ParticipantIndex::location(qint64 i) const
{
    const Packed& p = m_locations[static_cast<size_t>(i)];
    return {toDegrees(p.lat7), toDegrees(p.lon7), m_locationParticipantIds[static_cast<size_t>(i)],
            p.window, p.channels()};
}

ParticipantIndex::CellBox ParticipantIndex::cellsAround(const GeoArea& area) const
{
    const GeoArea::Box box = area.boundingBox();
    return {std::max(0, static_cast<int>(std::floor((box.south - m_south) / kCellLat))),
            std::min(m_rows - 1, static_cast<int>(std::floor((box.north - m_south) / kCellLat))),
            std::max(0, static_cast<int>(std::floor((box.west - m_west) / kCellLon))),
            std::min(m_cols - 1, static_cast<int>(std::floor((box.east - m_west) / kCellLon)))};
}

// The seen-bit of a participant with two addresses lies anywhere in the bitset: asking for its
// word a few locations ahead lets those cache misses overlap instead of queueing.
constexpr quint32 kPrefetchAhead = 16;

// The traversal shared by count() and select(): the visitor hears of whole cells (only their
// simple part; the rest comes point by point) and of single matching locations.
template <typename Visitor>
void ParticipantIndex::visit(const GeoArea& area, const QDateTime& at, Visitor& visitor) const
{
    if (area.isEmpty() || m_locations.empty())
        return;
    const LocalMoment moment = LocalMoment::of(at);
    const auto [r0, r1, c0, c1] = cellsAround(area);
    if (r0 > r1 || c0 > c1)
        return;

    std::optional<CircleTest> circle;
    std::optional<PreparedPolygon> polygon;
    if (area.kind() == GeoArea::Kind::Circle)
        circle.emplace(area);
    else
        polygon.emplace(area, m_south, kCellLat, r0, r1);
    std::vector<char> dirty(static_cast<size_t>(c1 - c0 + 1));

    auto matchPoint = [&](quint32 i, bool isSimpleLocation, int row) {
        const Packed& p = m_locations[i];
        const double lat = toDegrees(p.lat7), lon = toDegrees(p.lon7);
        const bool inside = circle ? circle->contains(lat, lon) : polygon->contains(lat, lon, row);
        if (!inside)
            return;
        if (isSimpleLocation || TimeWindow::activeAt(p.window, moment.weekday, moment.minute))
            visitor.location(i, p, isSimpleLocation);
    };

    for (int r = r0; r <= r1; ++r) {
        const double south = m_south + r * kCellLat;
        const double north = south + kCellLat;
        if (polygon) {
            std::fill(dirty.begin(), dirty.end(), 0);
            polygon->markEdgeColumns(r, m_west, kCellLon, c0, c1, dirty);
        }
        for (int c = c0; c <= c1; ++c) {
            const size_t cell =
                static_cast<size_t>(r) * static_cast<size_t>(m_cols) + static_cast<size_t>(c);
            const quint32 begin = m_cellStart[cell];
            const quint32 end = m_cellStart[cell + 1];
            if (begin == end)
                continue;
            const double west = m_west + c * kCellLon;
            CellClass cls;
            if (circle) {
                cls = circle->classify(south, west, north, west + kCellLon);
            } else if (dirty[static_cast<size_t>(c - c0)]) {
                cls = CellClass::Partial;
            } else {
                cls = polygon->contains(south + kCellLat / 2, west + kCellLon / 2, r)
                          ? CellClass::Inside
                          : CellClass::Outside;
            }
            if (cls == CellClass::Outside)
                continue;
            const quint32 simpleEnd = begin + m_cellSimple[cell];
            if (cls == CellClass::Inside) {
                visitor.wholeCell(cell, begin, simpleEnd);
                for (quint32 i = simpleEnd; i < end; ++i) {
                    if (i + kPrefetchAhead < end)
                        visitor.prefetch(m_locations[i + kPrefetchAhead]);
                    const Packed& p = m_locations[i];
                    if (TimeWindow::activeAt(p.window, moment.weekday, moment.minute))
                        visitor.location(i, p, false);
                }
                continue;
            }
            for (quint32 i = begin; i < end; ++i) {
                if (i + kPrefetchAhead < end)
                    visitor.prefetch(m_locations[i + kPrefetchAhead]);
                matchPoint(i, i < simpleEnd, r);
            }
        }
    }
}

namespace {

// Which participants were seen already, for those with more than one location: one bit per
// participant, per thread, cleared after the query (a memset of 1.25 MB at 10 M participants
// costs less than remembering which bits were set).
class SeenParticipants
{
public:
    explicit SeenParticipants(size_t participants)
    {
        thread_local std::vector<quint64> bits;
        const size_t words = (participants + 63) / 64;
        if (bits.size() < words)
            bits.assign(words, 0);
        m_bits = bits.data();
        m_words = words;
    }
    ~SeenParticipants()
    {
        if (m_used)
            std::fill(m_bits, m_bits + m_words, 0);
    }
    void prefetch(quint32 p) const { __builtin_prefetch(&m_bits[p / 64]); }
    bool firstTime(quint32 p)
    {
        quint64& word = m_bits[p / 64];
        const quint64 bit = quint64(1) << (p % 64);
        if (word & bit)
            return false;
        word |= bit;
        m_used = true;
        return true;
    }

private:
    quint64* m_bits;
    size_t m_words;
    bool m_used = false;
};

} // namespace

struct IndexQuery
{
    struct Counter
    {
        const ParticipantIndex& index;
        SeenParticipants seen;
        SelectionCount result;

        void wholeCell(size_t cell, quint32 begin, quint32 simpleEnd)
        {
            const qint64 n = simpleEnd - begin;
            result.participants += n;
            result.locations += n;
            for (int ch = 0; ch < kAddressedChannelBits; ++ch)
                result.perChannelBit[static_cast<size_t>(ch)] +=
                    index.m_cellSimpleChannels[cell][static_cast<size_t>(ch)];
        }
        void prefetch(const ParticipantIndex::Packed& p) const
        {
            if (p.multiple())
                seen.prefetch(p.participant());
        }
        void location(quint32, const ParticipantIndex::Packed& p, bool simple)
        {
            ++result.locations;
            if (!simple && p.multiple() && !seen.firstTime(p.participant()))
                return;
            ++byChannels[p.channels()];
        }
        // Participants counted one by one, by their channel mask: one increment each instead of
        // one per channel, summed up once at the end.
        std::array<qint64, 8> byChannels{};
        SelectionCount finish()
        {
            for (quint8 mask = 0; mask < byChannels.size(); ++mask) {
                result.participants += byChannels[mask];
                for (int ch = 0; ch < kAddressedChannelBits; ++ch)
                    if (mask >> ch & 1)
                        result.perChannelBit[static_cast<size_t>(ch)] += byChannels[mask];
            }
            return result;
        }
    };

    struct Collector
    {
        const ParticipantIndex& index;
        SeenParticipants seen;
        std::vector<qint64> ids;

        void wholeCell(size_t, quint32 begin, quint32 simpleEnd)
        {
            const auto first = index.m_locationParticipantIds.begin();
            ids.insert(ids.end(), first + begin, first + simpleEnd);
        }
        void prefetch(const ParticipantIndex::Packed& p) const
        {
            if (p.multiple())
                seen.prefetch(p.participant());
        }
        void location(quint32 i, const ParticipantIndex::Packed& p, bool simple)
        {
            if (!simple && p.multiple() && !seen.firstTime(p.participant()))
                return;
            ids.push_back(index.m_locationParticipantIds[i]);
        }
    };
};

// At most the locations in the cells of the area's bounding box: reserving that much spares a
// selection of 400,000 ids a dozen copies as the vector grows (pages never written cost nothing).
size_t ParticipantIndex::upperBound(const GeoArea& area) const
{
    if (area.isEmpty() || m_locations.empty())
        return 0;
    const auto [r0, r1, c0, c1] = cellsAround(area);
    size_t n = 0;
    for (int r = r0; r <= r1 && c0 <= c1; ++r) {
        const size_t row = static_cast<size_t>(r) * static_cast<size_t>(m_cols);
        n += m_cellStart[row + static_cast<size_t>(c1) + 1] -
             m_cellStart[row + static_cast<size_t>(c0)];
    }
    return n;
}

SelectionCount ParticipantIndex::count(const GeoArea& area, const QDateTime& at) const
{
    IndexQuery::Counter counter{*this, SeenParticipants(m_participantCount), {}};
    visit(area, at, counter);
    return counter.finish();
}

std::vector<qint64> ParticipantIndex::select(const GeoArea& area, const QDateTime& at) const
{
    IndexQuery::Collector collector{*this, SeenParticipants(m_participantCount), {}};
    collector.ids.reserve(upperBound(area));
    visit(area, at, collector);
    return std::move(collector.ids);
}

} // namespace burgernet
