#pragma once

#include "ui/map/tiles/TileProvider.h"

#include <QThread>

namespace burgernet {

// What an MBTiles file says about itself (its metadata table).
struct MbtilesInfo
{
    QString name;
    QString attribution;
    int minZoom = 0;
    int maxZoom = 19;
};

// Tiles from an MBTiles 1.3 file (SQLite: metadata and tiles tables, rows counted from the
// south as in TMS, so the row is flipped). Opening, reading and decoding all happen on the
// provider's thread with its own connection: opened() or openFailed() follows construction.
class MbtilesTileProvider : public TileProvider
{
    Q_OBJECT
public:
    explicit MbtilesTileProvider(const QString& path, QObject* parent = nullptr);
    ~MbtilesTileProvider() override;

    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    // Where the file is opened, read and decoded.
    const QThread* workerThread() const { return &m_thread; }

Q_SIGNALS:
    void opened(const burgernet::MbtilesInfo& info);
    void openFailed(const QString& message);
    void openRequested(); // to the worker

private:
    QString m_path;
    QThread m_thread;
    bool m_open = false;
};

} // namespace burgernet
