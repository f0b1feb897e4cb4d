#pragma once

#include "app/geo/GeoArea.h"
#include "app/services/ReviewTypes.h"

#include <QCoreApplication>
#include <QImage>

namespace burgernet {

class PlaceTable;

// A picture of an action's area for its report, drawn without tiles (a report is written
// offline, from burgernetctl too): the area, the places around it with their names (GeoNames),
// the tips' places, a scale bar and north. No participant and no address is drawn.
class AreaMapImage
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaMapImage)

public:
    static QImage render(const GeoArea& area, const QList<TipPlace>& tips, const PlaceTable* places,
                         const QSize& size);
};

} // namespace burgernet
