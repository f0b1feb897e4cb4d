#include "app/register/PlaceSearch.h"

#include <catch2/catch.hpp>

using namespace burgernet;

TEST_CASE("Place search: Dutch names, aliases, case and accents", "[register][places]")
{
    auto table = PlaceTable::load();
    REQUIRE(table);
    const PlaceSearch search(table->places());
    auto first = [&](const QString& text) {
        const auto found = search.find(text, 5);
        return found.empty() ? QString() : found.front()->name;
    };
    CHECK(first(QStringLiteral("Den Haag")) == QStringLiteral("The Hague"));
    CHECK(first(QStringLiteral("'s-Gravenhage")) == QStringLiteral("The Hague"));
    CHECK(first(QStringLiteral("s gravenhage")) == QStringLiteral("The Hague"));
    CHECK(first(QStringLiteral("den bosch")) == QStringLiteral("'s-Hertogenbosch"));
    CHECK(first(QStringLiteral("'s-Hertogenbosch")) == QStringLiteral("'s-Hertogenbosch"));
    CHECK(first(QStringLiteral("Hertogenbosch")).isEmpty()); // not a prefix of a name
    CHECK(first(QStringLiteral("Ljouwert")) == QStringLiteral("Leeuwarden"));
    CHECK(first(QStringLiteral("AMSTERDAM")) == QStringLiteral("Amsterdam"));
    CHECK(first(QStringLiteral("Almere")) == QStringLiteral("Almere Stad"));
    // A prefix finds the larger places first.
    const auto rot = search.find(QStringLiteral("Rot"), 3);
    REQUIRE_FALSE(rot.empty());
    CHECK(rot.front()->name == QStringLiteral("Rotterdam"));
    CHECK(search.find(QStringLiteral("Xyzzy")).empty());
    CHECK(search.names().contains(QStringLiteral("Den Bosch")));
    CHECK(PlaceSearch::normalised(QStringLiteral("Nuenen, Gérwen")) ==
          QStringLiteral("nuenen, gerwen"));
}
