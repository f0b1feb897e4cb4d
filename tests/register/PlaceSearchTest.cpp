#include "app/register/PlaceSearch.h"

#include <catch2/catch.hpp>
#include <memory>
#include <vector>

using namespace burgernet;

TEST_CASE("Place search: Dutch names, aliases, case and accents", "[register][places]")
{
    auto table = PlaceTable::load();
    REQUIRE(table);
    const PlaceSearch search(*table);
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

TEST_CASE("Place search keeps its places after the list it was made from is gone",
          "[register][places]")
{
    auto place = [](const char* name, const char* province, double lat, double lon,
                    qint64 population) {
        Place p;
        p.name = QString::fromLatin1(name);
        p.province = QString::fromLatin1(province);
        p.lat = lat;
        p.lon = lon;
        p.population = population;
        return p;
    };
    std::unique_ptr<PlaceSearch> search;
    {
        std::vector<Place> places{
            place("Utrecht", "Utrecht", 52.09083, 5.12222, 290529),
            place("The Hague", "Zuid-Holland", 52.07667, 4.29861, 474292),
            place("'s-Hertogenbosch", "Noord-Brabant", 51.69917, 5.30417, 134520),
            place("Leeuwarden", "Friesland", 53.20139, 5.80859, 91424),
        };
        search = std::make_unique<PlaceSearch>(PlaceTable(places));
    }
    // Blocks of the same size as the list just freed, over its memory: what a search still
    // pointing into that list would read instead of the places.
    std::vector<std::vector<Place>> reused;
    for (int i = 0; i < 8; ++i)
        reused.emplace_back(4, place("Atlantis", "Nergens", 0, 0, 1));

    struct Expected
    {
        const char* typed;
        const char* name;
        const char* province;
        double lat;
    };
    for (const Expected& e : {Expected{"Utrecht", "Utrecht", "Utrecht", 52.09083},
                              Expected{"Den Haag", "The Hague", "Zuid-Holland", 52.07667},
                              Expected{"den bosch", "'s-Hertogenbosch", "Noord-Brabant", 51.69917},
                              Expected{"Ljouwert", "Leeuwarden", "Friesland", 53.20139}}) {
        INFO(e.typed);
        const auto found = search->find(QString::fromLatin1(e.typed), 1);
        REQUIRE(found.size() == 1);
        CHECK(found.front()->name == QString::fromLatin1(e.name));
        CHECK(found.front()->province == QString::fromLatin1(e.province));
        CHECK(found.front()->lat == e.lat);
    }
    CHECK(search->names().contains(QStringLiteral("Den Bosch")));
}
