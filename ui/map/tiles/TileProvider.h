#pragma once

#include "ui/map/tiles/TileSource.h"

#include <QImage>
#include <QObject>
#include <QSet>

namespace burgernet {

// Where a tiled layer's images come from, separate from how the layer draws them (Marble's
// TileLoader/layer split): over the network or from an MBTiles file. Reading and decoding
// happen on the provider's own thread; requests and answers cross to it as queued signals, so
// the GUI thread never waits for the network, the disk or a PNG decoder.
class TileProvider : public QObject
{
    Q_OBJECT
public:
    explicit TileProvider(QObject* parent = nullptr);

    // Asks for a tile once; loaded() or failed() answers it.
    void request(const TileKey& key);
    bool isPending(const TileKey& key) const { return m_pending.contains(key); }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    // True after a tile could not be had for a reason other than "not in the set", until the
    // next success.
    bool isOffline() const { return m_offline; }

Q_SIGNALS:
    void loaded(const burgernet::TileKey& key, const QImage& image);
    void failed(const burgernet::TileKey& key, const QString& reason);
    void offlineChanged(bool offline);
    // To the worker: the request, queued.
    void requested(const burgernet::TileKey& key);

protected:
    // Call from the worker's answers (in the GUI thread, through queued connections).
    void deliver(const TileKey& key, const QImage& image);
    void fail(const TileKey& key, const QString& reason);
    void setOffline(bool offline);

private:
    QSet<TileKey> m_pending;
    bool m_offline = false;
};

} // namespace burgernet
