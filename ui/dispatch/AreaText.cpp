#include "ui/dispatch/AreaText.h"

#include "app/geo/AreaGeometry.h"

#include <QLocale>

namespace burgernet {

QString AreaText::describe(const GeoArea& area)
{
    const QLocale locale;
    switch (area.kind()) {
    case GeoArea::Kind::Empty:
        break;
    case GeoArea::Kind::Circle:
        return tr("Circle of %1 m around %2, %3")
            .arg(locale.toString(qRound(area.radiusMetres())))
            .arg(area.centre().latitude(), 0, 'f', 5)
            .arg(area.centre().longitude(), 0, 'f', 5);
    case GeoArea::Kind::Polygon: {
        const auto m2 = AreaGeometry::areaSquareMetres(area);
        return m2 ? tr("Area drawn on the map, %1 km²").arg(locale.toString(*m2 / 1e6, 'f', 2))
                  : tr("Area drawn on the map");
    }
    }
    return {};
}

} // namespace burgernet
