// A municipal editor's live count on the map, in the console's own window (ConsoleSession): an
// area inside their municipality is counted; one that reaches outside shows why instead of a
// number, by the same rule the CLI's `area count` and the dispatch path apply.
#include "app/services/BoundaryService.h"
#include "app/storage/Database.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/Wait.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/dispatch/DispatchDock.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapView.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

TEST_CASE("The map's live count keeps a municipal editor to their municipality",
          "[boundaries][scope][ui]")
{
    // The register with the demo boundaries, 40 participants in Utrecht and 30 in Amsterdam.
    DispatchFixture f(DatabaseKind::Sqlite, 0, QStringLiteral("beheer"), Role::Administrator);
    REQUIRE(BoundaryService(f.db(), f.auditService(), f.clock()).addDemoBoundaries().ok());
    f.addParticipants(70, [](int i) -> std::pair<double, double> {
        if (i < 40)
            return {52.0907 + 0.0004 * (i % 8), 5.1214 + 0.0005 * (i / 8)};
        return {52.3730 + 0.0004 * (i % 6), 4.8924 + 0.0005 * ((i - 40) / 6)};
    });

    QTemporaryDir dir;
    auto accounts = Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("a.sqlite"))));
    REQUIRE(accounts.ok());
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    Session editor{QStringLiteral("redactie"), Role::MunicipalEditor, QStringLiteral("mk-west-07"),
                   Mode::Live};
    editor.municipality = QStringLiteral("Utrecht");
    ConsoleSession console(ConsoleSession::Inputs{
        editor, f.db(), **accounts, f.auditService().log(), f.settings(), f.clock(), data, true});
    REQUIRE(console.start().ok());
    MapView& map = *console.window()->mapView();
    AreaController& area = *map.areaController();
    REQUIRE(test::waitUntil([&] { return area.countKnown(); }, 20'000));
    auto* label = console.window()->findChild<QLabel*>(QStringLiteral("areaCountStatus"));
    REQUIRE(label);

    area.setPreview(GeoArea::circle(QGeoCoordinate(52.0915, 5.1224), 800));
    CHECK(area.countRefusal().isEmpty());
    CHECK(area.count().participants == 40);
    CHECK(label->text().contains(QStringLiteral("40")));

    // Amsterdam: no number, the reason instead, and nothing above the warning threshold.
    area.setPreview(GeoArea::circle(QGeoCoordinate(52.3740, 4.8934), 800));
    CHECK(area.count().participants == 0);
    CHECK(area.countRefusal().contains(QStringLiteral("outside Utrecht")));
    CHECK(label->text() == area.countRefusal());
    // The bubble on the map does not read as an empty area either.
    CHECK(area.bubbleWarns());
    CHECK_FALSE(area.bubbleText().contains(QStringLiteral("0")));

    // A circle that starts in Utrecht and grows past its boundary is refused as well.
    area.setPreview(GeoArea::circle(QGeoCoordinate(52.0915, 5.1224), 40'000));
    CHECK(area.count().participants == 0);
    CHECK_FALSE(area.countRefusal().isEmpty());
    area.clearPreview();

    // The Dispatch dock, where the area is sent from, gives the same reason instead of a zero,
    // and the count once the area is back inside Utrecht.
    auto* dock = console.window()->findChild<DispatchDock*>();
    REQUIRE(dock);
    REQUIRE(area.commit(GeoArea::circle(QGeoCoordinate(52.3740, 4.8934), 800),
                        QStringLiteral("Amsterdam")));
    REQUIRE(test::waitUntil(
        [&] { return dock->recipientsText().contains(QStringLiteral("outside Utrecht")); }, 5'000));
    CHECK_FALSE(dock->recipientsText().contains(QStringLiteral("0 participant")));
    // Sending a notice there anyway is refused by the service, and the attempt is on record
    // with its reason.
    auto* kind = dock->findChild<QComboBox*>(QStringLiteral("kind"));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(QStringLiteral("notice")));
    CHECK(dock->send() == 0);
    CHECK(dock->sendStatus().contains(QStringLiteral("outside Utrecht")));
    const auto refused = f.records(QStringLiteral("action.send"));
    REQUIRE(refused.size() == 1);
    CHECK(refused.front().result == QLatin1String("denied"));
    CHECK(refused.front().details.contains(QStringLiteral("\"reason\":\"outside-municipality\"")));
    REQUIRE(area.commit(GeoArea::circle(QGeoCoordinate(52.0915, 5.1224), 800),
                        QStringLiteral("Utrecht")));
    REQUIRE(test::waitUntil(
        [&] { return dock->recipientsText().contains(QStringLiteral("40 participant")); }, 5'000));
}

TEST_CASE("The composer counts an area drawn before the participants were loaded", "[ui][count]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 0, QStringLiteral("centralist"), Role::Dispatcher);
    f.addParticipants(30, [](int i) -> std::pair<double, double> {
        return {52.0907 + 0.0004 * (i % 6), 5.1214 + 0.0005 * (i / 6)};
    });
    QTemporaryDir dir;
    auto accounts = Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("a.sqlite"))));
    REQUIRE(accounts.ok());
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    ConsoleSession console(ConsoleSession::Inputs{
        Session{QStringLiteral("centralist"), Role::Dispatcher, QStringLiteral("mk-west-07"),
                Mode::Live},
        f.db(), **accounts, f.auditService().log(), f.settings(), f.clock(), data, true});
    REQUIRE(console.start().ok());
    // The area comes at once (as --map-circle gives it), while the index still loads.
    AreaController& area = *console.window()->mapView()->areaController();
    REQUIRE(area.commit(GeoArea::circle(QGeoCoordinate(52.0915, 5.1224), 800),
                        QStringLiteral("circle")));
    auto* dock = console.window()->findChild<DispatchDock*>();
    REQUIRE(dock);
    REQUIRE(test::waitUntil([&] { return area.countKnown(); }, 20'000));
    CHECK(test::waitUntil(
        [&] { return dock->recipientsText().contains(QStringLiteral("30 participant")); }, 5'000));
}
