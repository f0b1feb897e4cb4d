// The register and the area library in the console's own window (ConsoleSession in training,
// offscreen): an administrator corrects a participant in the editor (the importer's rules, the
// field named and marked), pauses, shows them on the map and erases them, each recorded; the
// index and the map follow. A dispatcher saves the drawn area in the library, uses it with one
// click, renames, exports, deletes and imports it back.
#include "app/core/Clock.h"
#include "app/register/ParticipantCsvFormat.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/Wait.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/map/AreaController.h"
#include "ui/map/AreaLibraryPanel.h"
#include "ui/map/MapView.h"
#include "ui/map/layers/MarkerLayer.h"
#include "ui/participants/ParticipantEditorDialog.h"
#include "ui/participants/ParticipantTableModel.h"
#include "ui/participants/ParticipantsDock.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;
using test::DispatchFixture;

namespace {

struct ConsoleWindow
{
    DispatchFixture training{DatabaseKind::Sqlite, 0};
    QTemporaryDir dir;
    std::unique_ptr<Database> accounts;
    std::unique_ptr<VirtualClock> clock;
    std::unique_ptr<ConsoleSession> console;

    explicit ConsoleWindow(Role role)
    {
        training.addParticipants(40, [](int i) {
            return std::pair{52.0907 + (i % 8 - 4) * 0.0006, 5.1214 + (i / 8 - 2) * 0.0009};
        });
        auto opened = Database::open(DatabaseSpec::sqlite(dir.filePath(u"live.sqlite"_s)));
        REQUIRE(opened.ok());
        accounts = std::move(opened).value();
        const QString data = dir.filePath(u"data"_s);
        QDir().mkpath(data);
        clock =
            std::make_unique<VirtualClock>(test::systemClock(), test::systemClock().nowUtc(), 1.0);
        const Session session{enumId(role), role, u"mk-west-07"_s, Mode::Training};
        console = std::make_unique<ConsoleSession>(
            ConsoleSession::Inputs{session, training.db(), *accounts, training.auditService().log(),
                                   training.settings(), *clock, data, true});
        REQUIRE(console->start().ok());
        window().resize(1400, 900);
        window().show();
        REQUIRE(QTest::qWaitForWindowExposed(&window()));
    }
    MainWindow& window() { return *console->window(); }
};

ParticipantsDock& dockOf(MainWindow& window)
{
    ParticipantsDock* dock = window.participantsDock();
    REQUIRE(dock);
    ParticipantTableModel* model = dock->model();
    REQUIRE(test::waitUntil([&] { return !model->isLoading() && model->rowCount() > 0; }, 20'000));
    return *dock;
}

} // namespace

TEST_CASE("An administrator corrects, pauses, shows and erases a participant in the window",
          "[ui][register]")
{
    ConsoleWindow w(Role::Administrator);
    ParticipantsDock& dock = dockOf(w.window());
    auto* editButton = dock.findChild<QPushButton*>(u"editButton"_s);
    REQUIRE(editButton);
    CHECK(editButton->isVisible());
    dock.table()->setCurrentIndex(dock.model()->index(0, 0));
    const QString pseudonym = dock.model()->rowAt(dock.table()->currentIndex())->pseudonym;

    ParticipantEditorDialog* editor = dock.openEditor();
    REQUIRE(editor);
    editor->setConfirmer([](const QString&) { return true; });
    CHECK(w.training.records(u"participant.open"_s).size() == 1);
    const int postcode = csv::addressColumn(ParticipantLocation::Kind::Home, csv::Postcode);
    QLineEdit* postcodeEdit = editor->field(postcode);
    REQUIRE(postcodeEdit);
    CHECK(postcodeEdit->text() == u"3511 ED"_s);

    // A wrong postcode: refused, the field named and marked, nothing recorded or written.
    postcodeEdit->setText(u"35111"_s);
    CHECK_FALSE(editor->save());
    CHECK(editor->errorLabel()->text().startsWith(u"home_postcode:"_s));
    CHECK(postcodeEdit->styleSheet().contains(u"border"_s));
    CHECK(w.training.records(u"participant.edit"_s).empty());

    // A new number and a new address: recorded with the field names, the index follows.
    postcodeEdit->setText(u"1012 AB"_s);
    editor->field(csv::Mobile)->setText(u"06-87654321"_s);
    editor->field(csv::addressColumn(ParticipantLocation::Kind::Home, csv::Lat))
        ->setText(u"52.3731"_s);
    editor->field(csv::addressColumn(ParticipantLocation::Kind::Home, csv::Lon))
        ->setText(u"4.8922"_s);
    REQUIRE(editor->save());
    CHECK(editor->errorLabel()->isHidden());
    CHECK(editor->participant().mobile == u"+31687654321"_s);
    const auto edits = w.training.records(u"participant.edit"_s);
    REQUIRE(edits.size() == 1);
    CHECK(edits[0].objectId == pseudonym);
    CHECK(edits[0].details.contains(u"\"fields\":[\"mobile\",\"home_postcode\",\"home_lat\","
                                    u"\"home_lon\"]"_s));
    CHECK_FALSE(edits[0].details.contains(u"1012"_s));
    const QDateTime now = w.clock->nowUtc();
    const GeoArea amsterdam = GeoArea::circle(QGeoCoordinate(52.3731, 4.8922), 300);
    const SelectionService& selection = w.console->services().selection();
    const auto countIs = [&](qint64 expected) {
        return test::waitUntil(
            [&] { return selection.count(amsterdam, now).participants == expected; }, 10'000);
    };
    CHECK(countIs(1));

    // Pause: no messages, so not counted; resume.
    REQUIRE(editor->pauseOrResume());
    CHECK(editor->participant().status == Participant::Status::Paused);
    CHECK(countIs(0));
    REQUIRE(editor->pauseOrResume());
    CHECK(w.training.records(u"participant.pause"_s).size() == 1);
    CHECK(w.training.records(u"participant.resume"_s).size() == 1);

    // Show on map: recorded, a pin at each address (the new home first, then work), labelled
    // with the pseudonym only.
    REQUIRE(editor->showOnMap());
    CHECK(w.training.records(u"participant.show_on_map"_s).size() == 1);
    MarkerLayer* pins = w.window().mapView()->markerLayer();
    REQUIRE(pins->markers().size() == 2);
    CHECK(pins->markers().front().latitude() == Approx(52.3731));
    CHECK(pins->label() == pseudonym);

    // Erase: gone from the register, recorded.
    QSignalSpy closed(editor, &QDialog::finished);
    REQUIRE(editor->erase());
    CHECK(closed.size() == 1);
    CHECK(w.training.records(u"participants.erase"_s).size() == 1);
    REQUIRE(test::waitUntil([&] { return dock.model()->matchCount() == 39; }, 20'000));
}

TEST_CASE("A dispatcher has no editor, but the area library", "[ui][arealibrary]")
{
    ConsoleWindow w(Role::Dispatcher);
    ParticipantsDock& dock = dockOf(w.window());
    CHECK_FALSE(dock.findChild<QPushButton*>(u"editButton"_s)->isVisible());
    dock.table()->setCurrentIndex(dock.model()->index(0, 0));
    QString reported;
    dock.setMessageReporter([&](const QString& m) { reported = m; });
    CHECK(dock.openEditor() == nullptr); // refused by the service too, and recorded
    CHECK_FALSE(reported.isEmpty());
    CHECK(w.training.records(u"participant.open"_s).size() == 1);

    AreaLibraryPanel* library = w.window().areaLibrary();
    REQUIRE(library);
    library->setConfirmer([](const QString&) { return true; });
    QString answer = u"Utrecht Centraal"_s;
    library->setTextPrompt([&](const QString&, const QString&) { return answer; });
    AreaController& controller = *w.window().mapView()->areaController();
    const GeoArea station = GeoArea::circle(DispatchFixture::centre(), 800);
    REQUIRE(controller.commit(station, u"Draw circle"_s));
    REQUIRE(library->saveCurrent());
    REQUIRE(library->list()->count() == 1);
    CHECK(w.training.records(u"area.save"_s).size() == 1);

    // Another area on the map; one click on the library's row brings the saved one back.
    REQUIRE(controller.commit(GeoArea::circle(QGeoCoordinate(52.37, 4.89), 500), u"Draw"_s));
    QListWidget* list = library->list();
    const QRect row = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    CHECK(controller.area().kind() == GeoArea::Kind::Circle);
    CHECK(controller.area().centre() == station.centre());
    CHECK(controller.area().radiusMetres() == station.radiusMetres());

    answer = u"Station Utrecht"_s;
    REQUIRE(library->renameCurrent());
    CHECK(list->item(0)->data(Qt::UserRole).toString() == u"Station Utrecht"_s);
    const QString file = w.dir.filePath(u"library.kml"_s);
    library->setFileChooser([&](bool) { return file; });
    REQUIRE(library->exportAll());
    REQUIRE(library->deleteCurrent());
    CHECK(list->count() == 0);
    REQUIRE(library->importFile());
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->data(Qt::UserRole).toString() == u"Station Utrecht"_s);
    for (const QString& action :
         {u"area.rename"_s, u"area.export"_s, u"area.delete"_s, u"area.import"_s})
        CHECK(w.training.records(action).size() == 1);
}
