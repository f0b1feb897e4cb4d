#include "app/geo/LocationParser.h"

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {
void checkAt(const QString& text, double lat, double lon, LocationParser::Kind kind,
             double margin = 1e-5)
{
    INFO(text.toStdString());
    auto parsed = LocationParser::parse(text);
    REQUIRE(parsed);
    CHECK(parsed->coordinate.latitude() == Approx(lat).margin(margin));
    CHECK(parsed->coordinate.longitude() == Approx(lon).margin(margin));
    CHECK(parsed->kind == kind);
    CHECK(LocationParser::looksLikeCoordinates(text));
}
} // namespace

TEST_CASE("Location parser: WGS84 decimal degrees as typed", "[geo][parser]")
{
    using K = LocationParser::Kind;
    checkAt(QStringLiteral("52.3731, 4.8932"), 52.3731, 4.8932, K::Decimal);
    checkAt(QStringLiteral("  52.3731 4.8932 "), 52.3731, 4.8932, K::Decimal);
    checkAt(QStringLiteral("52,3731; 4,8932"), 52.3731, 4.8932, K::Decimal);
    checkAt(QStringLiteral("52,3731 4,8932"), 52.3731, 4.8932, K::Decimal);
    checkAt(QStringLiteral("N 52.3731 E 4.8932"), 52.3731, 4.8932, K::Decimal);
    checkAt(QStringLiteral("52.3731N 4.8932O"), 52.3731, 4.8932, K::Decimal);
    checkAt(QStringLiteral("4.8932E 52.3731N"), 52.3731, 4.8932, K::Decimal); // lon first
}

TEST_CASE("Location parser: degrees, minutes and seconds", "[geo][parser]")
{
    using K = LocationParser::Kind;
    const double lat = 52 + 22 / 60.0 + 23.2 / 3600, lon = 4 + 53 / 60.0 + 35.5 / 3600;
    checkAt(QStringLiteral("52°22'23.2\"N 4°53'35.5\"E"), lat, lon, K::Dms);
    checkAt(QStringLiteral("52° 22' 23.2\" N, 4° 53' 35.5\" O"), lat, lon, K::Dms);
    checkAt(QString::fromUtf8("52°22′23.2″N 4°53′35.5″E"), lat, lon, K::Dms);
    checkAt(QStringLiteral("N52°22'23.2'' E4°53'35.5''"), lat, lon, K::Dms);
    checkAt(QStringLiteral("52° 22.387' N 4° 53.592' E"), 52 + 22.387 / 60, 4 + 53.592 / 60,
            K::Dms);
    checkAt(QStringLiteral("50°51'N 5°41'E"), 50 + 51 / 60.0, 5 + 41 / 60.0, K::Dms); // Maastricht
}

TEST_CASE("Location parser: RD New x/y", "[geo][parser]")
{
    using K = LocationParser::Kind;
    checkAt(QStringLiteral("155000 463000"), 52.1551744, 5.38720621, K::Rd, 2e-5);
    checkAt(QStringLiteral("x=155000, y=463000"), 52.1551744, 5.38720621, K::Rd, 2e-5);
    checkAt(QStringLiteral("X: 155000 Y: 463000"), 52.1551744, 5.38720621, K::Rd, 2e-5);
    CHECK_FALSE(LocationParser::parse(QStringLiteral("955000 963000")));
}

TEST_CASE("Location parser: what is not coordinates is refused with a hint", "[geo][parser]")
{
    auto refused = LocationParser::parse(QStringLiteral("Utrecht"));
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("RD")));
    CHECK_FALSE(LocationParser::looksLikeCoordinates(QStringLiteral("Utrecht")));
    CHECK_FALSE(LocationParser::looksLikeCoordinates(QStringLiteral("Den Bosch")));
    CHECK_FALSE(LocationParser::parse(QStringLiteral("95.0, 4.0")));
    CHECK_FALSE(LocationParser::parse(QStringLiteral("52.1")));
}

TEST_CASE("Location parser: only coordinates inside the Netherlands (land plus 1 km)",
          "[geo][parser][border]")
{
    for (const QString& abroad : {QStringLiteral("50.8467, 4.3525"),  // Brussels
                                  QStringLiteral("51.2194, 4.4025"),  // Antwerp
                                  QStringLiteral("51.2277, 6.7735"),  // Düsseldorf
                                  QStringLiteral("52.5, 3.5"),        // the North Sea
                                  QStringLiteral("-33.86, 151.21"),   // Sydney
                                  QStringLiteral("100000 340000")}) { // RD, in Belgium
        INFO(abroad.toStdString());
        auto refused = LocationParser::parse(abroad);
        REQUIRE_FALSE(refused);
        CHECK(refused.errorMessage().contains(QStringLiteral("outside the Netherlands")));
    }
    CHECK(LocationParser::parse(QStringLiteral("53.0533, 4.7997"))); // Texel
}
