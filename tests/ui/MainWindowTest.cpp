#include "ui/MainWindow.h"

#include "app/audit/AuditLog.h"
#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/register/DemoPopulation.h"
#include "app/services/AuditService.h"
#include "app/services/SelectionService.h"
#include "app/services/SettingsService.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantWriter.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/Wait.h"
#include "ui/ModeIndicator.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapView.h"
#include "ui/map/PlaceSearchBox.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

struct WindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<test::TempDatabase> temp = test::TempDatabase::create(DatabaseKind::Sqlite);
    std::unique_ptr<Database> db;
    std::unique_ptr<Settings> settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    test::FakeClock clock;
    std::unique_ptr<AuditLog> auditLog;
    std::unique_ptr<AuditService> audit;
    std::unique_ptr<SettingsService> settingsService;

    WindowFixture()
    {
        auto opened = Database::open(temp->spec());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        AuditLog::Options options;
        options.path = dir.filePath(QStringLiteral("audit.sqlite"));
        options.keyPath = dir.filePath(QStringLiteral("audit.key"));
        options.workstation = QStringLiteral("test-ws");
        auto log = AuditLog::open(options, clock);
        REQUIRE(log.ok());
        auditLog = std::move(log).value();
        audit = std::make_unique<AuditService>(*auditLog,
                                               Session{QStringLiteral("tester"), Role::Workstation,
                                                       QStringLiteral("test-ws"), Mode::Live});
        settingsService = std::make_unique<SettingsService>(*settings, *audit);
    }
    std::unique_ptr<MainWindow> window(Mode mode = Mode::Live)
    {
        return std::make_unique<MainWindow>(
            ConsoleServices{*settings, *db, clock, *audit, *settingsService, mode});
    }
};

QStringList menuTitles(QMenuBar* bar)
{
    QStringList titles;
    for (QAction* action : bar->actions())
        titles << action->menu()->objectName();
    return titles;
}

} // namespace

TEST_CASE("The main window has the map, the docks, the menus and the status bar", "[ui]")
{
    WindowFixture f;
    auto window = f.window();
    window->show();

    CHECK(window->findChild<QWidget*>(QStringLiteral("mapArea")) != nullptr);
    for (const char* name : {"participantsDock", "dispatchDock", "actionsDock", "auditDock"}) {
        INFO(name);
        CHECK(window->findChild<QDockWidget*>(QLatin1String(name)) != nullptr);
    }
    CHECK(menuTitles(window->menuBar()) ==
          QStringList{QStringLiteral("fileMenu"), QStringLiteral("editMenu"),
                      QStringLiteral("viewMenu"), QStringLiteral("helpMenu")});

    auto* database = window->statusBar()->findChild<QLabel*>(QStringLiteral("databaseStatus"));
    auto* participants =
        window->statusBar()->findChild<QLabel*>(QStringLiteral("participantsStatus"));
    auto* mode = window->statusBar()->findChild<QLabel*>(QStringLiteral("modeIndicator"));
    REQUIRE(database);
    REQUIRE(participants);
    REQUIRE(mode);
    CHECK(database->text().contains(f.temp->spec().sqlitePath));
    CHECK(participants->text() == QStringLiteral("0 active"));
    CHECK(mode->text() == QStringLiteral("LIVE"));
    CHECK(window->findChild<QLabel*>(QStringLiteral("trainingBanner")) == nullptr);
}

TEST_CASE("Standard shortcuts are bound", "[ui]")
{
    WindowFixture f;
    auto window = f.window();
    auto shortcut = [&](const char* name) {
        auto* action = window->findChild<QAction*>(QLatin1String(name));
        REQUIRE(action);
        return action->shortcut();
    };
    CHECK(shortcut("quitAction") == QKeySequence(QKeySequence::Quit));
    CHECK(shortcut("undoAction") == QKeySequence(QKeySequence::Undo));
    CHECK(shortcut("redoAction") == QKeySequence(QKeySequence::Redo));
    CHECK(shortcut("fullScreenAction") == QKeySequence(QKeySequence::FullScreen));
    CHECK_FALSE(shortcut("preferencesAction").isEmpty());
}

TEST_CASE("Training mode looks different: banner, title and status", "[ui]")
{
    WindowFixture f;
    auto window = f.window(Mode::Training);
    window->show();
    auto* banner = window->findChild<QLabel*>(QStringLiteral("trainingBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(window->windowTitle().contains(QStringLiteral("TRAINING")));
    auto* mode = window->findChild<ModeIndicator*>(QStringLiteral("modeIndicator"));
    REQUIRE(mode);
    CHECK(mode->text() == QStringLiteral("TRAINING"));
    CHECK(ModeIndicator::modeColor(Mode::Training) != ModeIndicator::modeColor(Mode::Live));
}

TEST_CASE("The window remembers its layout", "[ui]")
{
    WindowFixture f;
    {
        auto window = f.window();
        window->show();
        window->resize(1000, 700);
        window->findChild<QDockWidget*>(QStringLiteral("dispatchDock"))->hide();
        window->findChild<QDockWidget*>(QStringLiteral("auditDock"))->show();
        window->close();
    }
    auto window = f.window();
    window->show();
    CHECK(window->size() == QSize(1000, 700));
    CHECK(window->findChild<QDockWidget*>(QStringLiteral("dispatchDock"))->isHidden());
    CHECK(window->findChild<QDockWidget*>(QStringLiteral("auditDock"))->isVisible());
}

TEST_CASE("Undo and redo follow the window's undo stack", "[ui]")
{
    WindowFixture f;
    auto window = f.window();
    auto* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    REQUIRE(undo);
    CHECK_FALSE(undo->isEnabled());
    window->undoStack()->push(new QUndoCommand(QStringLiteral("draw circle")));
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("draw circle")));
}

TEST_CASE("The About dialog credits the data the console ships", "[ui]")
{
    AboutDialog about;
    auto* text = about.findChild<QLabel*>(QStringLiteral("aboutText"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("GeoNames")));
    CHECK(text->text().contains(QStringLiteral("CC BY 4.0")));
    CHECK(text->text().contains(QStringLiteral("EUPL")));
    // Linking Qt Charts puts the binary under the GPL-3's terms; the box says so.
    CHECK(text->text().contains(QStringLiteral("Qt Charts")));
    CHECK(text->text().contains(QStringLiteral("GPL-3")));
}

TEST_CASE("When the register changes the window rebuilds the selection index in the background",
          "[ui]")
{
    WindowFixture f;
    SelectionService selection;
    ConsoleServices services{*f.settings, *f.db, f.clock, *f.audit, *f.settingsService, Mode::Live};
    services.selection = &selection;
    MainWindow window(services);
    // The window reads the index it was left without first.
    QSignalSpy started(&window, &MainWindow::selectionIndexReloaded);
    // A loader that fails says so in the status bar; a busy machine may take long.
    const auto statusText = [&window] {
        return window.statusBar()->currentMessage().toStdString();
    };
    const bool firstLoaded = started.wait(30'000);
    INFO("status bar after the first load: " << statusText());
    REQUIRE(firstLoaded);
    const GeoArea utrecht = GeoArea::circle(QGeoCoordinate(52.09, 5.12), 2000);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(selection.count(utrecht, now).participants == 0);
    {
        auto writer = ParticipantWriter::begin(*f.db);
        REQUIRE(writer.ok());
        for (int i = 0; i < 3; ++i) {
            Participant p;
            p.pseudonym = QStringLiteral("P-%1").arg(i);
            p.externalId = QStringLiteral("R%1").arg(i);
            p.name = QStringLiteral("Test %1").arg(i);
            p.mobile = QStringLiteral("+3161234567%1").arg(i);
            p.registeredAt = now;
            ParticipantLocation home;
            home.street = QStringLiteral("Oudegracht");
            home.houseNumber = QString::number(i + 1);
            home.postcode = QStringLiteral("3511 AA");
            home.place = home.municipality = QStringLiteral("Utrecht");
            home.lat = 52.09 + i * 0.001;
            home.lon = 5.12;
            p.locations << home;
            REQUIRE((*writer)->write(p).ok());
        }
        REQUIRE((*writer)->commit().ok());
    }
    // As the window's timer does: the writer changed the register's token.
    QSignalSpy reloaded(&window, &MainWindow::selectionIndexReloaded);
    window.checkRegisterChanged();
    CHECK(selection.count(utrecht, now).participants == 0); // the old index until it is swapped
    const bool reloadedNow = reloaded.wait(30'000);
    INFO("status bar after the reload: " << statusText());
    REQUIRE(reloadedNow);
    CHECK(selection.count(utrecht, now).participants == 3);
    const auto* status = window.findChild<QLabel*>(QStringLiteral("participantsStatus"));
    REQUIRE(status);
    CHECK(status->text().startsWith(QStringLiteral("3 ")));
    // Nothing changed since: no second rebuild.
    window.checkRegisterChanged();
    CHECK_FALSE(reloaded.wait(300));
    CHECK(reloaded.size() == 1);
}

TEST_CASE("Ten place searches in a row in the map's search box each name and centre the place",
          "[ui][search]")
{
    WindowFixture f;
    auto window = f.window();
    window->resize(1200, 800);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    auto* box = window->findChild<QLineEdit*>(QStringLiteral("placeSearch"));
    REQUIRE(box);
    auto* search = qobject_cast<PlaceSearchBox*>(box);
    REQUIRE(search);
    QSignalSpy found(search, &PlaceSearchBox::found);
    MapCanvas* canvas = window->mapView()->canvas();
    auto centre = [&] {
        const QSize s = canvas->size();
        return canvas->viewport().toCoordinate(QPointF(s.width() / 2.0, s.height() / 2.0));
    };

    struct Search
    {
        const char* typed;
        const char* shown; // what the status bar says after "Found: "
        double lat;
        double lon;
        double zoom;
    };
    const Search searches[] = {
        {"Utrecht", "Utrecht (Utrecht)", 52.09083, 5.12222, 12},
        {"Den Bosch", "'s-Hertogenbosch (Noord-Brabant)", 51.69917, 5.30417, 12},
        {"'s-Gravenhage", "Den Haag (Zuid-Holland)", 52.07667, 4.29861, 12},
        {"Ljouwert", "Leeuwarden (Friesland)", 53.20139, 5.80859, 13},
        {"52.3731, 4.8932", "52.37310° N 4.89320° E", 52.3731, 4.8932, 16},
        {"Amsterdam", "Amsterdam (Noord-Holland)", 52.37403, 4.88969, 12},
        {"Rotterdam", "Rotterdam (Zuid-Holland)", 51.92250, 4.47917, 12},
        {"Zwolle", "Zwolle (Overijssel)", 52.51250, 6.09444, 12},
        {"Maastricht", "Maastricht (Limburg)", 50.84833, 5.68889, 12},
        {"Groningen", "Groningen (Groningen)", 53.21917, 6.56667, 12},
    };
    // Dutch names, provinces and coordinates are printable ASCII and the degree sign: any other
    // character is memory read as text.
    auto clean = [](const QString& text) {
        return std::all_of(text.begin(), text.end(), [](QChar c) {
            return (c.unicode() >= 0x20 && c.unicode() < 0x7f) || c == QChar(0x00b0);
        });
    };
    for (const Search& s : searches) {
        const QString typed = QString::fromUtf8(s.typed);
        INFO(s.typed);
        box->setFocus();
        box->clear();
        QTest::keyClicks(box, typed);
        CHECK(box->text().toStdString() == s.typed);
        // With the completer's list open, Enter goes to the list (as the keyboard's does), which
        // closes it and hands Enter on to the box.
        QWidget* popup = QApplication::activePopupWidget();
        QTest::keyClick(popup ? popup : box, Qt::Key_Return);

        REQUIRE(found.size() == 1);
        CHECK(found.takeFirst().at(2).toString().toStdString() == s.shown);
        const QString status = window->statusBar()->currentMessage();
        CHECK(status.toStdString() == std::string("Found: ") + s.shown);
        CHECK(clean(status));
        CHECK(centre().latitude() == Approx(s.lat).margin(1e-3));
        CHECK(centre().longitude() == Approx(s.lon).margin(1e-3));
        CHECK(canvas->viewport().zoom() == s.zoom);
    }
}

TEST_CASE("The window is usable while the index loads: the map draws and counts say loading",
          "[ui]")
{
    WindowFixture f;
    REQUIRE(DemoPopulation::generate(*f.db, 2'000, 3).ok());
    SelectionService selection; // as a session leaves it to the window
    ConsoleServices services{*f.settings, *f.db, f.clock, *f.audit, *f.settingsService, Mode::Live};
    services.selection = &selection;
    MainWindow window(services);
    QSignalSpy reloaded(&window, &MainWindow::selectionIndexReloaded);
    window.resize(1000, 700);
    const GeoArea country = GeoArea::circle(QGeoCoordinate(52.2, 5.3), 150'000);
    AreaController* area = window.mapView()->areaController();
    REQUIRE(area->commit(country, QStringLiteral("Draw circle")));
    auto* count = window.findChild<QLabel*>(QStringLiteral("areaCountStatus"));
    REQUIRE(count);
    // The load finishes on the event loop at the earliest: until then the count is not known.
    CHECK_FALSE(selection.isLoaded());
    CHECK_FALSE(area->countKnown());
    CHECK(count->text().contains(QStringLiteral("loaded")));
    CHECK_FALSE(window.mapView()->participantsReady());
    CHECK_FALSE(window.grab().isNull()); // the map draws meanwhile

    REQUIRE(reloaded.wait(20'000));
    CHECK(selection.isLoaded());
    const qint64 inside = selection.count(country, f.clock.nowUtc()).participants;
    CHECK(inside > 1'500);
    CHECK(area->count().participants == inside);
    CHECK(count->text().contains(QLocale().toString(inside)));
    REQUIRE(test::waitUntil([&] { return window.mapView()->participantsReady(); }, 10'000));
}
