// count() and select(): the area is planned as runs of cells per row (wholly inside, or on the
// edge), then the runs are walked with a visitor that counts or collects.
#include "app/geo/GeodesicCircle.h"
#include "app/geo/ParticipantIndex.h"
#include "app/geo/PreparedPolygon.h"
#include "app/geo/SeenParticipants.h"
#include "app/geo/TimeWindow.h"

#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <optional>

namespace burgernet {

namespace {

// Above this many edge cells a count is split over two cores: below it, handing over and
// waiting cost about what the second core saves.
constexpr size_t kParallelEdgeCells = 200;
// ... and only when the edge cells hold this many single-address points to test: waking the
// helper takes tens of microseconds, a few thousand point tests. The addresses with a time
// window or a second address do not count towards it: their work (the window, the participants
// already seen) ran slower split over two cores than on one: 0.96-0.98 ms against 0.75-0.76 ms
// on the demo register's province, whose 71,000 such addresses outweigh its 3,200 edge points.
constexpr quint64 kParallelPoints = 30'000;
// Both threads take pieces of the area in turn, so that a helper the scheduler starts late (the
// two cores are shared) only takes fewer of them instead of holding the count up.
constexpr quint64 kPieces = 24;
// Edge tests write their hits in chunks: the test loop stays free of the visitor's work.
constexpr quint32 kChunk = 256;

struct Run
{
    int row;
    int first, last; // columns, inclusive
    bool inside;     // wholly inside; else every cell is on the edge
};

// Three per-channel counters in one word, 21 bits each: one addition per hit.
constexpr std::array<quint64, 8> kSpread = [] {
    std::array<quint64, 8> spread{};
    for (quint64 m = 0; m < 8; ++m)
        spread[m] = (m & 1) | ((m >> 1 & 1) << 21) | ((m >> 2 & 1) << 42);
    return spread;
}();
inline void unspread(quint64 packed, std::array<qint64, kAddressedChannelBits>& to, int sign)
{
    for (size_t ch = 0; ch < kAddressedChannelBits; ++ch)
        to[ch] += sign * static_cast<qint64>((packed >> (21 * ch)) & 0x1fffff);
}

} // namespace

class IndexQuery
{
public:
    IndexQuery(const ParticipantIndex& index, const GeoArea& area, const QDateTime& at)
        : m_index(index)
        , m_moment(LocalMoment::of(at))
    {
        if (area.isEmpty() || index.locationCount() == 0)
            return;
        const GeoArea::Box box = area.boundingBox();
        const double south = index.m_south7 / ParticipantIndex::kScale;
        const double west = index.m_west7 / ParticipantIndex::kScale;
        const int r0 = std::max(0, static_cast<int>(std::floor((box.south - south) / kCellLat)));
        const int r1 = std::min(index.m_rows - 1,
                                static_cast<int>(std::floor((box.north - south) / kCellLat)));
        const int c0 = std::max(0, static_cast<int>(std::floor((box.west - west) / kCellLon)));
        const int c1 =
            std::min(index.m_cols - 1, static_cast<int>(std::floor((box.east - west) / kCellLon)));
        if (r0 > r1 || c0 > c1)
            return;
        if (area.kind() == GeoArea::Kind::Circle) {
            m_circle.emplace(area.centre().latitude(), area.centre().longitude(),
                             area.radiusMetres());
            planCircle(r0, r1, c0, c1);
        } else {
            m_polygon.emplace(area, south, kCellLat, r0, r1);
            planPolygon(r0, r1, c0, c1);
        }
    }

    size_t runCount() const { return m_runs.size(); }
    size_t edgeCells() const { return m_edgeCells; }
    // The runs cut into pieces of about equal points to test, for two threads to take turns
    // on; empty when the edge points are too few to be worth a second core.
    std::vector<size_t> pieces() const
    {
        std::vector<quint64> weight(m_runs.size());
        quint64 total = 0, edgePoints = 0;
        for (size_t i = 0; i < m_runs.size(); ++i) {
            const Run& run = m_runs[i];
            const size_t a = m_index.cellOf(run.row, run.first);
            const size_t b = m_index.cellOf(run.row, run.last) + 1;
            const quint64 complex = m_index.m_complexStart[b] - m_index.m_complexStart[a];
            const quint64 simple =
                run.inside ? 0 : m_index.m_simpleStart[b] - m_index.m_simpleStart[a];
            weight[i] = 1 + complex + simple;
            total += weight[i];
            edgePoints += simple;
        }
        std::vector<size_t> bounds;
        if (edgePoints < kParallelPoints)
            return bounds;
        bounds.push_back(0);
        quint64 sum = 0;
        for (size_t i = 0; i < weight.size(); ++i) {
            sum += weight[i];
            if (sum * kPieces >= total * bounds.size())
                bounds.push_back(i + 1);
        }
        if (bounds.back() != m_runs.size())
            bounds.push_back(m_runs.size());
        return bounds;
    }
    // Every location in the runs' cells: no selection is larger.
    size_t upperBound() const
    {
        size_t n = 0;
        for (const Run& run : m_runs) {
            const size_t a = m_index.cellOf(run.row, run.first);
            const size_t b = m_index.cellOf(run.row, run.last) + 1;
            n += m_index.m_simpleStart[b] - m_index.m_simpleStart[a] + m_index.m_complexStart[b] -
                 m_index.m_complexStart[a];
        }
        return n;
    }

    template <typename Visitor>
    void walk(size_t first, size_t last, Visitor& visitor) const
    {
        int row = -1;
        GeodesicCircle::Row circleRow{};
        for (size_t i = first; i < last; ++i) {
            const Run& run = m_runs[i];
            const qint32 south7 = m_index.m_south7 + run.row * ParticipantIndex::kCellLat7;
            if (run.inside) {
                wholeRun(run, visitor);
                continue;
            }
            if (m_circle && run.row != row) {
                circleRow = m_circle->row(south7 / ParticipantIndex::kScale, kCellLat);
                row = run.row;
            }
            for (int c = run.first; c <= run.last; ++c) {
                const qint32 west7 = m_index.m_west7 + c * ParticipantIndex::kCellLon7;
                if (m_circle) {
                    const double westOfCentre = west7 / ParticipantIndex::kScale - m_circle->lon();
                    edgeCell(run.row, c, visitor, [&](qint32 lat16, qint32 lon16) {
                        return circleContains(circleRow, south7, west7, westOfCentre, lat16, lon16);
                    });
                } else {
                    edgeCell(run.row, c, visitor, [&](qint32 lat16, qint32 lon16) {
                        return m_polygon->contains((south7 + lat16) / ParticipantIndex::kScale,
                                                   (west7 + lon16) / ParticipantIndex::kScale,
                                                   run.row);
                    });
                }
            }
        }
    }

private:
    static constexpr double kCellLat = ParticipantIndex::kCellLat;
    static constexpr double kCellLon = ParticipantIndex::kCellLon;

    bool circleContains(const GeodesicCircle::Row& row, qint32 south7, qint32 west7,
                        double westOfCentre, qint32 lat16, qint32 lon16) const
    {
        const double chord2 = m_circle->chord2(row, lat16 * 1e-7, westOfCentre + lon16 * 1e-7);
        if (chord2 <= m_circle->insideChord2())
            return true;
        if (chord2 > m_circle->outsideChord2()) [[likely]]
            return false;
        return m_circle->containsExactly((south7 + lat16) / ParticipantIndex::kScale,
                                         (west7 + lon16) / ParticipantIndex::kScale);
    }

    void planCircle(int r0, int r1, int c0, int c1)
    {
        const GeodesicCircle& circle = *m_circle;
        const double west = m_index.m_west7 / ParticipantIndex::kScale;
        // Column positions with a margin far below a 1e-7 degree step, against rounding.
        constexpr double kMargin = 1e-9;
        for (int r = r0; r <= r1; ++r) {
            const double south =
                (m_index.m_south7 + r * ParticipantIndex::kCellLat7) / ParticipantIndex::kScale;
            const auto [inner, outer] = circle.span(south, south + kCellLat);
            if (outer < 0)
                continue;
            const double x = (circle.lon() - west) / kCellLon;
            const int first =
                std::max(c0, static_cast<int>(std::floor(x - outer / kCellLon - kMargin)));
            const int last =
                std::min(c1, static_cast<int>(std::floor(x + outer / kCellLon + kMargin)));
            if (first > last)
                continue;
            int innerFirst = last + 1, innerLast = last;
            if (inner >= 0) {
                innerFirst =
                    std::max(first, static_cast<int>(std::ceil(x - inner / kCellLon + kMargin)));
                innerLast = std::min(
                    last, static_cast<int>(std::floor(x + inner / kCellLon - kMargin)) - 1);
            }
            if (innerFirst > innerLast) {
                addRun(r, first, last, false);
                continue;
            }
            addRun(r, first, innerFirst - 1, false);
            addRun(r, innerFirst, innerLast, true);
            addRun(r, innerLast + 1, last, false);
        }
    }

    void planPolygon(int r0, int r1, int c0, int c1)
    {
        const double south = m_index.m_south7 / ParticipantIndex::kScale;
        const double west = m_index.m_west7 / ParticipantIndex::kScale;
        std::vector<char> dirty(static_cast<size_t>(c1 - c0 + 1));
        for (int r = r0; r <= r1; ++r) {
            std::fill(dirty.begin(), dirty.end(), 0);
            m_polygon->markEdgeColumns(r, west, kCellLon, c0, c1, dirty);
            // No edge crosses a clean cell, nor between clean neighbours: one test of a centre
            // decides a whole stretch of them.
            for (int c = c0; c <= c1;) {
                const bool edge = dirty[static_cast<size_t>(c - c0)];
                int end = c;
                while (end + 1 <= c1 &&
                       static_cast<bool>(dirty[static_cast<size_t>(end + 1 - c0)]) == edge)
                    ++end;
                if (edge)
                    addRun(r, c, end, false);
                else if (m_polygon->contains(south + (r + 0.5) * kCellLat,
                                             west + (c + 0.5) * kCellLon, r))
                    addRun(r, c, end, true);
                c = end + 1;
            }
        }
    }

    void addRun(int row, int first, int last, bool inside)
    {
        if (first > last)
            return;
        m_runs.push_back({row, first, last, inside});
        if (!inside)
            m_edgeCells += static_cast<size_t>(last - first + 1);
    }

    bool active(quint32 window) const
    {
        return TimeWindow::activeAt(window, m_moment.weekday, m_moment.minute);
    }

    template <typename Visitor>
    void wholeRun(const Run& run, Visitor& visitor) const
    {
        const size_t a = m_index.cellOf(run.row, run.first);
        const size_t b = m_index.cellOf(run.row, run.last) + 1;
        visitor.wholeSimple(m_index.m_simpleStart[a], m_index.m_simpleStart[b]);
        for (quint32 j = m_index.m_complexStart[a], end = m_index.m_complexStart[b]; j < end; ++j)
            if (active(m_index.m_complexWindow[j]))
                visitor.complex(j);
    }

    template <typename Visitor, typename Test>
    void edgeCell(int row, int col, Visitor& visitor, const Test& test) const
    {
        const size_t cell = m_index.cellOf(row, col);
        const quint32 begin = m_index.m_simpleStart[cell], end = m_index.m_simpleStart[cell + 1];
        const quint16* lat = m_index.m_simpleLat.data();
        const quint16* lon = m_index.m_simpleLon.data();
        quint16 hits[kChunk];
        for (quint32 first = begin; first < end; first += kChunk) {
            const quint32 last = std::min(end, first + kChunk);
            unsigned n = 0;
            for (quint32 i = first; i < last; ++i) {
                hits[n] = static_cast<quint16>(i - first);
                n += test(lat[i], lon[i]) ? 1 : 0;
            }
            visitor.simpleHits(first, hits, n);
        }
        for (quint32 j = m_index.m_complexStart[cell], last = m_index.m_complexStart[cell + 1];
             j < last; ++j)
            if (active(m_index.m_complexWindow[j]) &&
                test(m_index.m_complexLat[j], m_index.m_complexLon[j]))
                visitor.complex(j);
    }

    const ParticipantIndex& m_index;
    LocalMoment m_moment;
    std::optional<GeodesicCircle> m_circle;
    std::optional<PreparedPolygon> m_polygon;
    std::vector<Run> m_runs;
    size_t m_edgeCells = 0;

    friend struct QueryVisitors;
};

// The visitors: what a run of whole cells, the hits of an edge cell and a matching address of
// the others mean for a count and for a selection.
struct QueryVisitors
{
    struct Counter
    {
        const ParticipantIndex& index;
        SeenParticipants seen;
        SelectionCount result;
        quint64 participants = 0;
        std::array<qint64, kAddressedChannelBits> channels{};

        Counter(const ParticipantIndex& i)
            : index(i)
            , seen(i.m_denseCount - i.m_firstMultiple)
        {}

        // The other addresses' channels, packed as simpleHits packs them, until 21 bits might
        // no longer hold a channel's count.
        static constexpr quint32 kMostPending = (1u << 21) - 1;
        quint64 complexChannels = 0;
        quint32 complexPending = 0;
        void flushComplex()
        {
            unspread(complexChannels, channels, 1);
            complexChannels = 0;
            complexPending = 0;
        }

        // The per-channel counts of simple positions [0, k), from the checkpoint below k.
        quint64 channelsBefore(quint32 k) const
        {
            quint64 packed = 0;
            for (quint32 i = k & ~63u; i < k; ++i)
                packed += kSpread[index.m_simpleChannels[i]];
            return packed;
        }
        void wholeSimple(quint32 begin, quint32 end)
        {
            if (begin == end)
                return;
            participants += end - begin;
            result.locations += end - begin;
            const auto& a = index.m_channelCheckpoints[begin / 64];
            const auto& b = index.m_channelCheckpoints[end / 64];
            for (size_t ch = 0; ch < kAddressedChannelBits; ++ch)
                channels[ch] += static_cast<qint64>(b[ch]) - static_cast<qint64>(a[ch]);
            unspread(channelsBefore(end), channels, 1);
            unspread(channelsBefore(begin), channels, -1);
        }
        void simpleHits(quint32 base, const quint16* hits, unsigned n)
        {
            quint64 packed = 0;
            const quint8* ch = index.m_simpleChannels.data() + base;
            for (unsigned k = 0; k < n; ++k)
                packed += kSpread[ch[hits[k]]];
            participants += n;
            result.locations += n;
            unspread(packed, channels, 1);
        }
        void complex(quint32 j)
        {
            ++result.locations;
            const quint32 dense = index.m_complexParticipant[j];
            const quint8 mask = index.m_complexChannels[j];
            const quint64 fresh = dense >= index.m_firstMultiple
                                      ? seen.firstTime(dense - index.m_firstMultiple, mask)
                                      : 1;
            participants += fresh;
            complexChannels += kSpread[mask] & (0 - fresh);
            if (++complexPending == kMostPending) [[unlikely]]
                flushComplex();
        }
        SelectionCount finish()
        {
            flushComplex();
            result.participants = static_cast<qint64>(participants);
            result.perChannelBit = channels;
            return result;
        }
        // Takes in another thread's count of other runs: participants with several addresses
        // that both saw are taken out once.
        void merge(const SelectionCount& other,
                   const std::vector<std::pair<quint32, quint8>>& otherMultiples)
        {
            participants += static_cast<quint64>(other.participants);
            result.locations += other.locations;
            for (size_t ch = 0; ch < kAddressedChannelBits; ++ch)
                channels[ch] += other.perChannelBit[ch];
            for (const auto& [bit, mask] : otherMultiples)
                if (seen.has(bit)) {
                    --participants;
                    unspread(kSpread[mask], channels, -1);
                }
        }
    };

    struct Collector
    {
        const ParticipantIndex& index;
        SeenParticipants seen;
        std::vector<quint32>& out;

        Collector(const ParticipantIndex& i, std::vector<quint32>& o)
            : index(i)
            , seen(i.m_denseCount - i.m_firstMultiple)
            , out(o)
        {}

        void wholeSimple(quint32 begin, quint32 end)
        {
            const size_t at = out.size();
            out.resize(at + (end - begin));
            std::iota(out.begin() + static_cast<ptrdiff_t>(at), out.end(), begin);
        }
        void simpleHits(quint32 base, const quint16* hits, unsigned n)
        {
            const size_t at = out.size();
            out.resize(at + n);
            quint32* to = out.data() + at;
            for (unsigned k = 0; k < n; ++k)
                to[k] = base + hits[k];
        }
        void complex(quint32 j)
        {
            const quint32 dense = index.m_complexParticipant[j];
            if (dense >= index.m_firstMultiple && !seen.firstTime(dense - index.m_firstMultiple, 0))
                return;
            out.push_back(dense);
        }
    };
};

namespace {

// What the count's thread and its helper share. Held by both: a helper that the pool starts
// after the count is over finds it cancelled and touches nothing else.
struct SharedCount
{
    enum State { Waiting, Working, Done, Cancelled };
    std::atomic<int> state{Waiting};
    std::atomic<size_t> next{0};
    SelectionCount count;
    std::vector<std::pair<quint32, quint8>> multiples;
};

} // namespace

SelectionCount ParticipantIndex::count(const GeoArea& area, const QDateTime& at,
                                       QueryCores cores) const
{
    const IndexQuery query(*this, area, at);
    QueryVisitors::Counter counter(*this);
    const std::vector<size_t> pieces =
        cores == QueryCores::Available && query.edgeCells() > kParallelEdgeCells
            ? query.pieces()
            : std::vector<size_t>{};
    if (pieces.empty()) {
        query.walk(0, query.runCount(), counter);
        return counter.finish();
    }
    auto shared = std::make_shared<SharedCount>();
    auto takePieces = [&pieces, &query, shared](QueryVisitors::Counter& into) {
        for (size_t p = shared->next++; p + 1 < pieces.size(); p = shared->next++)
            query.walk(pieces[p], pieces[p + 1], into);
    };
    const bool started = QThreadPool::globalInstance()->tryStart([this, shared, takePieces] {
        int waiting = SharedCount::Waiting;
        if (!shared->state.compare_exchange_strong(waiting, SharedCount::Working))
            return;
        QueryVisitors::Counter helper(*this);
        takePieces(helper);
        shared->count = helper.finish();
        const auto marked = helper.seen.marked();
        shared->multiples.assign(marked.begin(), marked.end());
        // Cleared before letting go: this thread may serve the next query at once.
        helper.seen.clear();
        shared->state = SharedCount::Done;
        shared->state.notify_one();
    });
    takePieces(counter);
    if (!started)
        return counter.finish();
    int waiting = SharedCount::Waiting;
    if (shared->state.compare_exchange_strong(waiting, SharedCount::Cancelled))
        return counter.finish();
    for (int s = shared->state; s != SharedCount::Done; s = shared->state)
        shared->state.wait(s);
    counter.merge(shared->count, shared->multiples);
    return counter.finish();
}

void ParticipantIndex::select(const GeoArea& area, const QDateTime& at,
                              std::vector<quint32>& out) const
{
    out.clear();
    const IndexQuery query(*this, area, at);
    if (out.capacity() < query.upperBound())
        out.reserve(query.upperBound());
    QueryVisitors::Collector collector(*this, out);
    query.walk(0, query.runCount(), collector);
}

std::vector<qint64> ParticipantIndex::select(const GeoArea& area, const QDateTime& at) const
{
    std::vector<quint32> dense;
    select(area, at, dense);
    std::vector<qint64> ids(dense.size());
    for (size_t i = 0; i < dense.size(); ++i)
        ids[i] = registerId(dense[i]);
    return ids;
}

} // namespace burgernet
