#include "ui/map/tiles/TileSource.h"

namespace burgernet {

QUrl TileSource::url(const TileKey& key) const
{
    QString text = urlTemplate;
    text.replace(QLatin1String("{z}"), QString::number(key.z));
    text.replace(QLatin1String("{x}"), QString::number(key.x));
    text.replace(QLatin1String("{-y}"), QString::number((1 << key.z) - 1 - key.y));
    text.replace(QLatin1String("{y}"), QString::number(key.y));
    return QUrl(text);
}

QList<TileSource> TileSource::presets()
{
    const QString pdok = QStringLiteral(
        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/%1/EPSG:3857/{z}/{x}/{y}.png");
    const QString kadaster = tr("Kaartgegevens © Kadaster");
    return {
        {QStringLiteral("pdok-standaard"), tr("PDOK BRT-Achtergrondkaart (standaard)"),
         pdok.arg(QLatin1String("standaard")), kadaster, 6, 19},
        {QStringLiteral("pdok-grijs"), tr("PDOK BRT-Achtergrondkaart (grijs)"),
         pdok.arg(QLatin1String("grijs")), kadaster, 6, 19},
        {QStringLiteral("pdok-pastel"), tr("PDOK BRT-Achtergrondkaart (pastel)"),
         pdok.arg(QLatin1String("pastel")), kadaster, 6, 19},
        {QStringLiteral("pdok-water"), tr("PDOK BRT-Achtergrondkaart (water)"),
         pdok.arg(QLatin1String("water")), kadaster, 6, 19},
        {QStringLiteral("osm"), tr("OpenStreetMap"),
         QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
         tr("© OpenStreetMap contributors"), 0, 19},
    };
}

TileSource TileSource::byId(const QString& id, const QString& customTemplate)
{
    for (const TileSource& s : presets())
        if (s.id == id)
            return s;
    if (id == QLatin1String("custom"))
        return {QStringLiteral("custom"),
                tr("Custom tiles"),
                customTemplate,
                tr("Custom tiles"),
                0,
                19};
    return {};
}

} // namespace burgernet
