// Address search in the console's own window (ConsoleSession in training): suggestions from a
// loopback PDOK Locatieserver with their kind, a chosen address as the incident location and a
// circle's centre, and without the service the place list and the register's postcode centres,
// with the map saying that search is offline.

#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/geocode/PlaceFinder.h"
#include "app/storage/Database.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/geocode/LocatieserverStub.h"
#include "tests/support/Wait.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/dispatch/DispatchDock.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapView.h"
#include "ui/map/PlaceSearchBox.h"
#include "ui/map/layers/MarkerLayer.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;
using test::LocatieserverStub;

namespace {

// The console's window in training over a register of 300 participants at 3511 ED, Utrecht,
// with the address search service at `serviceUrl`.
struct ConsoleWindow
{
    DispatchFixture training{DatabaseKind::Sqlite, 0};
    QTemporaryDir dir;
    std::unique_ptr<Database> accounts;
    std::unique_ptr<VirtualClock> clock;
    std::unique_ptr<ConsoleSession> console;

    explicit ConsoleWindow(const QUrl& serviceUrl)
    {
        training.addParticipants(300, [](int i) {
            return std::pair{52.0907 + (i % 20 - 10) * 0.0006, 5.1214 + (i / 20 - 8) * 0.0009};
        });
        training.settings().setValue(keys::GeocoderUrl, serviceUrl.toString());
        auto opened =
            Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
        REQUIRE(opened.ok());
        accounts = std::move(opened).value();
        const QString data = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        clock =
            std::make_unique<VirtualClock>(test::systemClock(), test::systemClock().nowUtc(), 1.0);
        const Session dispatcher{QStringLiteral("centralist"), Role::Dispatcher,
                                 QStringLiteral("mk-west-07"), Mode::Training};
        console = std::make_unique<ConsoleSession>(ConsoleSession::Inputs{
            dispatcher, training.db(), *accounts, training.auditService().log(),
            training.settings(), *clock, data, true});
        REQUIRE(console->start().ok());
        window().resize(1400, 900);
        window().show();
        REQUIRE(QTest::qWaitForWindowExposed(&window()));
    }
    MainWindow& window() { return *console->window(); }
    MapView& map() { return *window().mapView(); }
    PlaceSearchBox& box()
    {
        auto* box = map().findChild<PlaceSearchBox*>(QStringLiteral("placeSearch"));
        REQUIRE(box);
        return *box;
    }
};

} // namespace

TEST_CASE("Address search in the window: typed suggestions, the incident and a circle there",
          "[ui][search]")
{
    LocatieserverStub stub;
    ConsoleWindow w(stub.baseUrl());
    PlaceSearchBox& box = w.box();
    QSignalSpy found(&box, &PlaceSearchBox::found);

    box.setFocus();
    QTest::keyClicks(&box, QStringLiteral("Damrak 1"));
    REQUIRE(test::waitUntil([&] { return box.suggestions().size() == 2; }, 10'000));
    CHECK(stub.lastEndpoint() == QStringLiteral("suggest"));
    CHECK(stub.lastParameter(QStringLiteral("q")) == QStringLiteral("Damrak 1"));
    QAbstractItemView* list = box.suggestionCompleter()->popup();
    REQUIRE(list->isVisible());
    REQUIRE(list->model()->rowCount() == 2);
    CHECK(list->model()->index(0, 0).data().toString() ==
          QStringLiteral("Damrak 1, 1012LG Amsterdam — address"));
    CHECK(list->model()->index(1, 0).data().toString() ==
          QStringLiteral("Damrak, Amsterdam — street"));

    // The dispatcher picks the address from the list.
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return found.size() == 1; }, 5'000));
    CHECK(box.text().toStdString() == "Damrak 1, 1012LG Amsterdam");
    CHECK(found.at(0).at(2).toString().toStdString() == "Damrak 1, 1012LG Amsterdam (address)");
    CHECK(w.window().statusBar()->currentMessage() ==
          QStringLiteral("Found: Damrak 1, 1012LG Amsterdam (address)"));
    CHECK(w.map().canvas() != nullptr);
    // A pin where it is, labelled without the address.
    REQUIRE(w.map().markerLayer()->markers().size() == 1);
    CHECK(w.map().markerLayer()->markers().front().latitude() == Approx(52.37643));
    CHECK(w.map().markerLayer()->label() == QStringLiteral("Found"));

    // The incident there: the marker and the composer's location.
    w.map().findChild<QAction*>(QStringLiteral("setIncidentAction"))->trigger();
    const QGeoCoordinate incident = w.map().areaController()->incident();
    CHECK(incident.latitude() == Approx(52.37643));
    CHECK(incident.longitude() == Approx(4.89431));
    auto* incidentLabel =
        w.window().dispatchDock()->findChild<QLabel*>(QStringLiteral("incidentLabel"));
    REQUIRE(incidentLabel);
    CHECK(incidentLabel->text().toStdString() == "52.37643, 4.89431");

    // A circle around it: 1 km at first, then the circle moves to the next place found with
    // its radius.
    w.map().findChild<QAction*>(QStringLiteral("circleHereAction"))->trigger();
    const GeoArea& area = w.map().areaController()->area();
    REQUIRE(area.kind() == GeoArea::Kind::Circle);
    CHECK(area.centre().latitude() == Approx(52.37643));
    CHECK(area.radiusMetres() == 1000);
    w.map().areaController()->commit(GeoArea::circle(area.centre(), 750), QStringLiteral("r"));

    // Enter asks the free endpoint for what was typed.
    box.clear();
    QTest::keyClicks(&box, QStringLiteral("3511AB"));
    if (QWidget* popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key_Escape);
    box.setFocus();
    QTest::keyClick(&box, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return found.size() == 2; }, 10'000));
    CHECK(stub.lastEndpoint() == QStringLiteral("free"));
    CHECK(found.at(1).at(2).toString().toStdString() == "3511AB, Utrecht (postcode)");
    CHECK(found.at(1).at(1).toDouble() == 16);
    w.map().findChild<QAction*>(QStringLiteral("circleHereAction"))->trigger();
    const GeoArea& moved = w.map().areaController()->area();
    CHECK(moved.centre().latitude() == Approx(52.09230));
    CHECK(moved.radiusMetres() == 750);
    CHECK_FALSE(w.map().offlineNotice()->text().contains(QStringLiteral("Address search")));
}

TEST_CASE("Address search without network: postcode centres from the register, said offline",
          "[ui][search]")
{
    QUrl refused;
    {
        LocatieserverStub gone;
        refused = gone.baseUrl();
    }
    ConsoleWindow w(refused);
    PlaceSearchBox& box = w.box();
    PlaceFinder* finder = w.map().placeFinder();
    REQUIRE(test::waitUntil([&] { return finder->offlinePlaces().postcodeCount() == 1; }, 10'000));
    QSignalSpy found(&box, &PlaceSearchBox::found);
    QLabel* offline = w.map().offlineNotice();
    CHECK_FALSE(offline->text().contains(QStringLiteral("Address search")));

    box.setFocus();
    QTest::keyClicks(&box, QStringLiteral("3511 ED"));
    if (QWidget* popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key_Escape);
    box.setFocus();
    QTest::keyClick(&box, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return found.size() == 1; }, 10'000));
    const QString description = found.at(0).at(2).toString();
    // 300 homes and 150 workplaces.
    CHECK(description.toStdString() ==
          "Postcode area 3511 (centre of 450 addresses in the register) (postcode), offline: "
          "from the place list and postcode centres");
    const auto coordinate = found.at(0).at(0).value<QGeoCoordinate>();
    CHECK(coordinate.latitude() == Approx(52.0907).margin(0.001));
    CHECK(coordinate.longitude() == Approx(5.1214).margin(0.002));
    CHECK(offline->isVisible());
    CHECK(offline->text().contains(
        QStringLiteral("Address search offline: places and postcodes only")));

    // A street address falls back to its place.
    box.clear();
    QTest::keyClicks(&box, QStringLiteral("Stationsplein 1, Zwolle"));
    if (QWidget* popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key_Escape);
    box.setFocus();
    QTest::keyClick(&box, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return found.size() == 2; }, 10'000));
    CHECK(found.at(1).at(2).toString().startsWith(QStringLiteral("Zwolle (Overijssel) (place)")));
}
