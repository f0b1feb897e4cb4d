#pragma once

#include <QCoreApplication>
#include <QString>

namespace burgernet {

class GeoArea;

// How big an alert area is, as the status bar says it: a circle by its radius, a polygon by its
// surface ("radius 1.2 km", "3.45 km²"); empty for no area.
class AreaSizeText
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaSizeText)

public:
    static QString of(const GeoArea& area);
};

} // namespace burgernet
