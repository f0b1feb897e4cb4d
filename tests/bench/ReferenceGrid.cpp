#include "tests/bench/ReferenceGrid.h"

#include "app/geo/GeodesicCircle.h"
#include "app/geo/PreparedPolygon.h"
#include "app/geo/TimeWindow.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace burgernet::bench {

namespace {
constexpr qint32 kLat7 = ParticipantIndex::kCellLat7;
constexpr qint32 kLon7 = ParticipantIndex::kCellLon7;
constexpr double kLat = ParticipantIndex::kCellLat;
constexpr double kLon = ParticipantIndex::kCellLon;
constexpr double kScale = ParticipantIndex::kScale;
} // namespace

ReferenceGrid::ReferenceGrid(const IndexInput& input)
    : m_participants(input.participants.size())
{
    qint32 south = INT32_MAX, west = INT32_MAX, north = INT32_MIN, east = INT32_MIN;
    std::vector<Point> points;
    points.reserve(input.locations.size());
    std::vector<quint8> addresses(input.participants.size());
    for (const auto& l : input.locations) {
        const Point p{static_cast<qint32>(std::lround(l.lat * kScale)),
                      static_cast<qint32>(std::lround(l.lon * kScale)), l.participant};
        points.push_back(p);
        south = std::min(south, p.lat7);
        north = std::max(north, p.lat7);
        west = std::min(west, p.lon7);
        east = std::max(east, p.lon7);
        m_plain = m_plain && l.window == TimeWindow::kAlways && addresses[l.participant] == 0;
        addresses[l.participant] = 1;
    }
    m_south7 = static_cast<qint32>(std::floor(double(south) / kLat7)) * kLat7;
    m_west7 = static_cast<qint32>(std::floor(double(west) / kLon7)) * kLon7;
    m_rows = (north - m_south7) / kLat7 + 1;
    m_cols = (east - m_west7) / kLon7 + 1;
    auto cellOf = [&](const Point& p) {
        return static_cast<size_t>((p.lat7 - m_south7) / kLat7) * static_cast<size_t>(m_cols) +
               static_cast<size_t>((p.lon7 - m_west7) / kLon7);
    };
    m_cellStart.assign(static_cast<size_t>(m_rows) * static_cast<size_t>(m_cols) + 1, 0);
    for (const Point& p : points)
        ++m_cellStart[cellOf(p) + 1];
    for (size_t c = 1; c < m_cellStart.size(); ++c)
        m_cellStart[c] += m_cellStart[c - 1];
    std::vector<quint32> next(m_cellStart.begin(), m_cellStart.end() - 1);
    m_points.resize(points.size());
    if (!m_plain)
        m_windows.resize(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        const quint32 at = next[cellOf(points[i])]++;
        m_points[at] = points[i];
        if (!m_plain)
            m_windows[at] = input.locations[i].window;
    }
}

size_t ReferenceGrid::memoryBytes() const
{
    return m_points.capacity() * sizeof(Point) + m_windows.capacity() * sizeof(quint32) +
           m_cellStart.capacity() * sizeof(quint32);
}

std::vector<ReferenceGrid::Cells> ReferenceGrid::plan(const GeoArea& area) const
{
    std::vector<Cells> cells;
    if (area.isEmpty() || m_points.empty())
        return cells;
    const double south = m_south7 / kScale, west = m_west7 / kScale;
    const GeoArea::Box box = area.boundingBox();
    const int r0 = std::max(0, static_cast<int>(std::floor((box.south - south) / kLat)));
    const int r1 = std::min(m_rows - 1, static_cast<int>(std::floor((box.north - south) / kLat)));
    const int c0 = std::max(0, static_cast<int>(std::floor((box.west - west) / kLon)));
    const int c1 = std::min(m_cols - 1, static_cast<int>(std::floor((box.east - west) / kLon)));
    if (area.kind() == GeoArea::Kind::Circle) {
        const GeodesicCircle circle(area.centre().latitude(), area.centre().longitude(),
                                    area.radiusMetres());
        const double x = (circle.lon() - west) / kLon;
        for (int r = r0; r <= r1; ++r) {
            const auto [inner, outer] = circle.span(south + r * kLat, south + (r + 1) * kLat);
            if (outer < 0)
                continue;
            const int first = std::max(c0, static_cast<int>(std::floor(x - outer / kLon - 1e-9)));
            const int last = std::min(c1, static_cast<int>(std::floor(x + outer / kLon + 1e-9)));
            for (int c = first; c <= last; ++c) {
                const bool inside = inner >= 0 && (c - x) * kLon >= -inner + 1e-9 &&
                                    (c + 1 - x) * kLon <= inner - 1e-9;
                cells.push_back({r, c, c, inside});
            }
        }
        return cells;
    }
    if (r0 > r1 || c0 > c1)
        return cells;
    const PreparedPolygon polygon(area, south, kLat, r0, r1);
    std::vector<char> dirty(static_cast<size_t>(c1 - c0 + 1));
    for (int r = r0; r <= r1; ++r) {
        std::fill(dirty.begin(), dirty.end(), 0);
        polygon.markEdgeColumns(r, west, kLon, c0, c1, dirty);
        for (int c = c0; c <= c1;) {
            const bool edge = dirty[static_cast<size_t>(c - c0)];
            int end = c;
            while (end < c1 && static_cast<bool>(dirty[static_cast<size_t>(end + 1 - c0)]) == edge)
                ++end;
            if (edge || polygon.contains(south + (r + 0.5) * kLat, west + (c + 0.5) * kLon, r))
                cells.push_back({r, c, end, !edge});
            c = end + 1;
        }
    }
    return cells;
}

template <typename Visit>
void ReferenceGrid::walk(const GeoArea& area, const QDateTime& at, Visit&& visit) const
{
    const LocalMoment moment = LocalMoment::of(at);
    std::optional<GeodesicCircle> circle;
    std::optional<PreparedPolygon> polygon;
    const std::vector<Cells> cells = plan(area);
    if (cells.empty())
        return;
    if (area.kind() == GeoArea::Kind::Circle)
        circle.emplace(area.centre().latitude(), area.centre().longitude(), area.radiusMetres());
    else
        polygon.emplace(area, m_south7 / kScale, kLat, cells.front().row, cells.back().row);
    auto active = [&](quint32 i) {
        return m_plain || TimeWindow::activeAt(m_windows[i], moment.weekday, moment.minute);
    };
    for (const Cells& run : cells) {
        const size_t first = static_cast<size_t>(run.row) * static_cast<size_t>(m_cols);
        const quint32 a = m_cellStart[first + static_cast<size_t>(run.first)];
        const quint32 b = m_cellStart[first + static_cast<size_t>(run.last) + 1];
        if (run.inside) {
            if (m_plain)
                visit.whole(a, b);
            else
                for (quint32 i = a; i < b; ++i)
                    if (active(i))
                        visit.point(i);
            continue;
        }
        const qint32 south7 = m_south7 + run.row * kLat7;
        const qint32 west7 = m_west7 + run.first * kLon7;
        if (circle) {
            const GeodesicCircle::Row row = circle->row(south7 / kScale, kLat);
            const double westOfCentre = west7 / kScale - circle->lon();
            for (quint32 i = a; i < b; ++i) {
                const Point& p = m_points[i];
                const double c2 = circle->chord2(row, (p.lat7 - south7) * 1e-7,
                                                 westOfCentre + (p.lon7 - west7) * 1e-7);
                const bool inside = c2 <= circle->insideChord2() ||
                                    (c2 <= circle->outsideChord2() &&
                                     circle->containsExactly(p.lat7 / kScale, p.lon7 / kScale));
                if (inside && active(i))
                    visit.point(i);
            }
        } else {
            for (quint32 i = a; i < b; ++i) {
                const Point& p = m_points[i];
                if (polygon->contains(p.lat7 / kScale, p.lon7 / kScale, run.row) && active(i))
                    visit.point(i);
            }
        }
    }
}

namespace {

// Participants met twice: one bit each, cleared through the list of those set.
struct Seen
{
    explicit Seen(size_t n)
        : bits((n + 63) / 64)
    {}
    bool first(quint32 p)
    {
        quint64& w = bits[p / 64];
        const quint64 bit = quint64(1) << (p % 64);
        if (w & bit)
            return false;
        w |= bit;
        return true;
    }
    std::vector<quint64> bits;
};

} // namespace

qint64 ReferenceGrid::count(const GeoArea& area, const QDateTime& at) const
{
    struct
    {
        const ReferenceGrid& grid;
        std::optional<Seen> seen;
        qint64 n = 0;
        void whole(quint32 a, quint32 b) { n += b - a; }
        void point(quint32 i)
        {
            if (grid.m_plain || seen->first(grid.m_points[i].participant))
                ++n;
        }
    } counter{*this, {}};
    if (!m_plain)
        counter.seen.emplace(m_participants);
    walk(area, at, counter);
    return counter.n;
}

void ReferenceGrid::ids(const GeoArea& area, const QDateTime& at, std::vector<quint32>& out) const
{
    out.clear();
    struct
    {
        const ReferenceGrid& grid;
        std::vector<quint32>& out;
        std::optional<Seen> seen;
        void whole(quint32 a, quint32 b)
        {
            const size_t at = out.size();
            out.resize(at + (b - a));
            for (quint32 i = a; i < b; ++i)
                out[at + (i - a)] = grid.m_points[i].participant;
        }
        void point(quint32 i)
        {
            const quint32 p = grid.m_points[i].participant;
            if (grid.m_plain || seen->first(p))
                out.push_back(p);
        }
    } collector{*this, out, {}};
    if (!m_plain)
        collector.seen.emplace(m_participants);
    walk(area, at, collector);
}

} // namespace burgernet::bench
