#pragma once

#include "app/core/Result.h"
#include "ui/map/layers/TiledLayer.h"

namespace burgernet {

class MbtilesTileProvider;
struct MbtilesInfo;

// Offline tiles from an MBTiles file the user chose, through an MbtilesTileProvider: the file
// is opened, read and decoded on the provider's thread; the GUI thread only draws what came
// back. Its name, credit and zoom range arrive with ready(); a file that is not MBTiles ends in
// openFailed().
class MbtilesLayer : public TiledLayer
{
    Q_OBJECT
public:
    // A layer for the file (an error at once only when there is no such file).
    static Result<MbtilesLayer*> open(const QString& path, QObject* parent = nullptr);
    ~MbtilesLayer() override;

    QString attribution() const override { return m_attribution; }
    QString path() const { return m_path; }
    bool isReady() const { return m_ready; }
    MbtilesTileProvider* provider() const { return m_provider; }

Q_SIGNALS:
    void ready();
    void openFailed(const QString& message);

protected:
    void fetch(const TileKey& key) override;

private:
    MbtilesLayer(const QString& path, QObject* parent);
    void opened(const MbtilesInfo& info);

    QString m_path;
    QString m_attribution;
    MbtilesTileProvider* m_provider;
    bool m_ready = false;
};

} // namespace burgernet
