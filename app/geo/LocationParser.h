#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QGeoCoordinate>

namespace burgernet {

// Coordinates as a dispatcher types them: WGS84 in decimal degrees ("52.3731, 4.8932",
// "52,3731; 4,8932", "N 52.3731 E 4.8932", "52.3731N 4.8932O"), in degrees, minutes and seconds
// ("52°22'23.2\"N 4°53'35.5\"E", "52° 22.387' N 4° 53.592' E"), or RD New x/y in metres
// ("121400 487400", "x=121400 y=487400"). O (oost) and Z (zuid) are the Dutch E and S.
class LocationParser
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::LocationParser)

public:
    enum class Kind { Decimal, Dms, Rd };
    struct Parsed
    {
        QGeoCoordinate coordinate;
        Kind kind = Kind::Decimal;
    };
    static Result<Parsed> parse(const QString& text);
    // Whether the text looks like coordinates at all (digits and coordinate signs only), so
    // that a search box knows to parse it rather than look up a place name.
    static bool looksLikeCoordinates(const QString& text);
};

} // namespace burgernet
