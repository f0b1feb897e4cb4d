#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace burgernet {

// One tile (XYZ scheme: y from the north; MBTiles rows are flipped when read).
struct TileKey
{
    int z = 0, x = 0, y = 0;
    friend bool operator==(const TileKey&, const TileKey&) = default;
};
inline size_t qHash(const TileKey& k, size_t seed = 0)
{
    return ::qHash((static_cast<quint64>(k.z) << 48) ^ (static_cast<quint64>(k.x) << 24) ^
                       static_cast<quint64>(k.y),
                   seed);
}

// An online tile service as an XYZ/WMTS URL template with {z}, {x}, {y} (or {-y} for TMS rows),
// its credit line and zoom range. PDOK serves the BRT-Achtergrondkaart in EPSG:3857 as a WMTS
// whose REST tiles are exactly this scheme.
struct TileSource
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::TileSource)

public:
    QString id;
    QString name;
    QString urlTemplate;
    QString attribution;
    int minZoom = 0;
    int maxZoom = 19;

    QUrl url(const TileKey& key) const;
    bool isValid() const { return urlTemplate.contains(QLatin1String("{z}")); }

    // PDOK BRT-Achtergrondkaart standaard, grijs, pastel and water; OpenStreetMap.
    static QList<TileSource> presets();
    // A preset by id, or a custom source for a template.
    static TileSource byId(const QString& id, const QString& customTemplate = {});
};

} // namespace burgernet
