#include "ui/map/AreaSizeText.h"

#include "app/geo/AreaGeometry.h"
#include "app/geo/GeoArea.h"

#include <QLocale>

namespace burgernet {

QString AreaSizeText::of(const GeoArea& area)
{
    const QLocale locale;
    switch (area.kind()) {
    case GeoArea::Kind::Empty:
        break;
    case GeoArea::Kind::Circle: {
        const double metres = area.radiusMetres();
        return metres < 1000 ? tr("radius %1 m").arg(locale.toString(qRound(metres)))
                             : tr("radius %1 km").arg(locale.toString(metres / 1000, 'f', 2));
    }
    case GeoArea::Kind::Polygon:
        if (auto m2 = AreaGeometry::areaSquareMetres(area)) {
            const double km2 = *m2 / 1e6;
            return tr("%1 km²").arg(locale.toString(km2, 'f', km2 < 10 ? 2 : 1));
        }
        break;
    }
    return {};
}

} // namespace burgernet
