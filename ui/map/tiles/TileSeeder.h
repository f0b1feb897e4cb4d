#pragma once

#include "ui/map/tiles/TileSource.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace burgernet {

// What to download for offline use: a box in WGS84 degrees and a zoom range of one source,
// into an MBTiles file.
struct SeedPlan
{
    TileSource source;
    double west = 0, south = 0, east = 0, north = 0;
    int minZoom = 6;
    int maxZoom = 12;
    QString path;

    struct Range
    {
        int z, x0, x1, y0, y1; // inclusive
    };
    std::vector<Range> ranges() const;
    qint64 tileCount() const;
    // An estimate before anything is downloaded: the count times a typical tile's size.
    qint64 estimatedBytes() const;
    // Sources whose terms allow keeping their tiles (PDOK's open data, a custom server);
    // OpenStreetMap's tile policy forbids bulk downloading, so its tiles stay online only.
    bool sourceAllowsSeeding() const;

    static constexpr qint64 kTypicalTileBytes = 20 * 1024;
};

// Downloads the tiles of a plan into an MBTiles 1.3 file, on a thread of its own (network and
// SQLite): a few requests at a time, with the console's User-Agent, progress as it goes, and a
// cancel that stops it and removes the unfinished file. The file is written beside the target
// and renamed when complete, so a half file never looks like a usable one.
class TileSeeder : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Done, Cancelled, Failed };

    explicit TileSeeder(SeedPlan plan, QObject* parent = nullptr);
    ~TileSeeder() override;

    const SeedPlan& plan() const { return m_plan; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total, qint64 bytes);
    // `message` says what went wrong when Failed (the tile and the reason).
    void finished(burgernet::TileSeeder::Outcome outcome, const QString& message);

private:
    SeedPlan m_plan;
    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    bool m_running = false;
};

} // namespace burgernet
