#pragma once

#include "app/core/Result.h"
#include "ui/map/layers/TiledLayer.h"

#include <QThread>

namespace burgernet {

// Offline tiles from an MBTiles 1.3 file the user chose (SQLite: metadata and tiles tables,
// rows counted from the south as in TMS, so the row is flipped). The file is read in a worker
// thread with its own connection; the GUI thread only draws what came back.
class MbtilesLayer : public TiledLayer
{
    Q_OBJECT
public:
    // Opens the file and reads its metadata (name, attribution, zoom range).
    static Result<MbtilesLayer*> open(const QString& path, QObject* parent = nullptr);
    ~MbtilesLayer() override;

    QString attribution() const override { return m_attribution; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void requestTile(const burgernet::TileKey& key); // to the worker

protected:
    void fetch(const TileKey& key) override;

private:
    MbtilesLayer(const QString& path, const QString& name, QObject* parent);

    QString m_path;
    QString m_attribution;
    QThread m_thread;
    QSet<TileKey> m_asked;
};

} // namespace burgernet
