// The dispatcher's path in the real window, as a dispatcher walks it: search a place (ten
// times), put the incident there, draw the circle, compose, confirm in the real dialog, watch the
// progress, send an update and close with an outcome. The window is the console's own
// (ConsoleSession in training, with its dispatcher and the simulated senders); the dialogs are
// answered the way a person answers them, by typing and clicking in them.
#include "app/core/Clock.h"
#include "app/services/ActionWorkflow.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/FakeClock.h"
#include "tests/support/Wait.h"
#include "tests/ui/ActionsDockProgress.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/dispatch/ActionsDock.h"
#include "ui/dispatch/ChannelProgressBar.h"
#include "ui/dispatch/ConfirmDispatchDialog.h"
#include "ui/dispatch/DispatchDock.h"
#include "ui/dispatch/DispatchJobs.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

// Answers the next modal dialog of type D once it is up (polling, as the dialog's exec() blocks
// the test's call until it is answered).
template <typename D>
void whenDialog(std::function<void(D*)> answer, bool* seen)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, answer, seen, tries] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            *seen = true;
            answer(dialog);
        } else if (++*tries > 500) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
}

void confirmAs(ConfirmDispatchDialog* dialog, const QString& word, DispatchPlan* shown,
               QString* summary)
{
    *summary = dialog->summaryText();
    QTest::keyClicks(dialog->wordEdit(), word);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    Q_UNUSED(shown);
}

QString barText(ActionsDock& dock, const Channel& channel)
{
    for (ChannelProgressBar* bar : dock.progressBars())
        if (bar->progress().channel == channel)
            return bar->text();
    return {};
}

} // namespace

TEST_CASE("The dispatcher's path in the real window: search, draw, compose, confirm, watch, "
          "update, close",
          "[ui][e2e][walk]")
{
    DispatchFixture training(DatabaseKind::Sqlite, 0);
    training.addParticipants(300, [](int i) {
        return std::pair{52.0907 + (i % 20 - 10) * 0.0006, 5.1214 + (i / 20 - 8) * 0.0009};
    });
    QTemporaryDir dir;
    auto accounts =
        Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
    REQUIRE(accounts.ok());
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    {
        QSettings ini(QDir(data).filePath(QStringLiteral("senders-training.ini")),
                      QSettings::IniFormat);
        ini.setValue(QStringLiteral("simulated/latencyMs"), 0);
        ini.setValue(QStringLiteral("simulated/receiptDelayMs"), 10);
    }
    VirtualClock clock(test::systemClock(), test::systemClock().nowUtc(), 1.0);
    const Session dispatcher{QStringLiteral("centralist"), Role::Dispatcher,
                             QStringLiteral("mk-west-07"), Mode::Training};
    ConsoleSession console({dispatcher, training.db(), **accounts, training.auditService().log(),
                            training.settings(), clock, data, true});
    REQUIRE(console.start().ok());
    MainWindow& window = *console.window();
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    MapView* map = window.mapView();
    DispatchDock* dock = window.dispatchDock();
    ActionsDock* actions = window.actionsDock();
    REQUIRE(map);
    REQUIRE(dock);
    REQUIRE(actions);
    // The index loads in the background while the window is up.
    REQUIRE(test::waitUntil([&] { return map->participantsReady(); }, 30'000));

    // 1. Search ten times; each names the place, no garbage, and the map goes there.
    auto* search = map->findChild<QLineEdit*>(QStringLiteral("placeSearch"));
    REQUIRE(search);
    const QStringList places{QStringLiteral("Amsterdam"),       QStringLiteral("Den Bosch"),
                             QStringLiteral("'s-Gravenhage"),   QStringLiteral("Ljouwert"),
                             QStringLiteral("Rotterdam"),       QStringLiteral("Zwolle"),
                             QStringLiteral("Maastricht"),      QStringLiteral("Groningen"),
                             QStringLiteral("52.3731, 4.8932"), QStringLiteral("Utrecht")};
    for (const QString& place : places) {
        search->clear();
        QTest::keyClicks(search, place);
        QTest::keyClick(search, Qt::Key_Escape); // the completer's list, if it opened
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Return);
        const QString status = window.statusBar()->currentMessage();
        INFO(place.toStdString() << " -> " << status.toStdString());
        CHECK(status.startsWith(QStringLiteral("Found: ")));
        for (QChar c : status)
            CHECK((c.unicode() < 0x250 || c == QChar(0x00B0)));
    }
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Found: Utrecht")));

    // 2. The incident at the place found, then the circle drawn with the mouse.
    map->findChild<QAction*>(QStringLiteral("setIncidentAction"))->trigger();
    map->activateTool(MapToolId::Circle);
    MapCanvas* canvas = map->canvas();
    const QPoint centre = canvas->viewport().toScreen(52.0907, 5.1214).toPoint();
    const double metresPerPixel = canvas->viewport().metresPerPixel();
    const QPoint edge = centre + QPoint(int(900 / metresPerPixel), 0);
    QTest::mousePress(canvas, Qt::LeftButton, {}, centre);
    QTest::mouseMove(canvas, (centre + edge) / 2);
    QTest::mouseMove(canvas, edge);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, edge);
    const GeoArea area = map->areaController()->area();
    REQUIRE(area.kind() == GeoArea::Kind::Circle);
    CHECK(area.radiusMetres() == Approx(900).epsilon(0.05));
    // The composer shows the same area, and who is in it.
    CHECK(dock->area().radiusMetres() == area.radiusMetres());
    CHECK(dock->areaText().startsWith(QStringLiteral("Circle of")));
    const SelectionCount count = console.services().selection().count(area, clock.nowUtc());
    REQUIRE(count.participants > 50);
    CHECK(dock->recipientsText().startsWith(QString::number(count.participants)));

    // 3. Compose: the incident type, the description, the channels.
    auto* incident = dock->findChild<QComboBox*>(QStringLiteral("incident"));
    incident->setCurrentIndex(incident->findData(QStringLiteral("straatroof")));
    dock->findChild<QComboBox*>(QStringLiteral("person.sex"))->setCurrentIndex(1);
    QTest::keyClicks(dock->findChild<QLineEdit*>(QStringLiteral("person.age")),
                     QStringLiteral("ongeveer 25 jaar"));
    QTest::keyClicks(dock->findChild<QLineEdit*>(QStringLiteral("person.clothing")),
                     QStringLiteral("een rode jas"));
    QTest::keyClicks(dock->findChild<QLineEdit*>(QStringLiteral("locationText")),
                     QStringLiteral("de Neude"));
    dock->findChild<QCheckBox*>(QStringLiteral("channel-voice"))->setChecked(false);
    dock->refreshPreview();
    CHECK(dock->warnings().isEmpty());

    // 4. Send, and confirm in the real dialog: the word typed, the button clicked.
    bool confirmed = false;
    QString summary;
    whenDialog<ConfirmDispatchDialog>(
        [&](ConfirmDispatchDialog* d) {
            confirmAs(d, QStringLiteral("TRAINING"), nullptr, &summary);
        },
        &confirmed);
    QTest::mouseClick(dock->findChild<QPushButton*>(QStringLiteral("sendAction")), Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return !dock->isSending(); }, 20'000));
    CHECK(confirmed);
    CHECK(summary.contains(QStringLiteral("SMS: ")));
    CHECK(summary.contains(QStringLiteral("ready")));
    const qint64 id = actions->currentActionId();
    REQUIRE(id > 0);
    CHECK(dock->sendStatus() == QStringLiteral("Action %1 submitted.").arg(id));

    // 5. Watch the progress: each channel's bar ends with everyone reached, nothing else.
    const auto allReached = [&](qint64 perParticipant) {
        return test::waitAllReached(*actions, perParticipant * count.on(BuiltinChannel::Sms));
    };
    REQUIRE(allReached(1));
    REQUIRE(test::waitUntil(
        [&] { return !actions->progressText().contains(QStringLiteral("queued")); }, 30'000));
    CHECK(barText(*actions, Channel::sms())
              .startsWith(
                  QStringLiteral("SMS: ") +
                  QLocale().toString(
                      test::progressOf(*actions, Channel::sms()).count(OutboxState::Delivered))));
    const QString progress = actions->progressText();
    INFO(progress.toStdString());
    CHECK_FALSE(progress.contains(QStringLiteral("failed")));
    CHECK(barText(*actions, Channel::email()).contains(QStringLiteral("E-mail: ")));
    const QString app = barText(*actions, BuiltinChannel::App);
    CHECK((app == QStringLiteral("App: 1 delivered") || app == QStringLiteral("App: 1 sent")));
    CHECK(actions->reminderText().startsWith(QStringLiteral("Closing message due in")));
    REQUIRE(test::waitUntil(
        [&] { return (console.services().workflow().action(id)->state) == (ActionState::Sent); },
        10'000));

    // 6. An update: typed in its dialog, confirmed in the same confirmation.
    bool texted = false, updateConfirmed = false;
    whenDialog<QInputDialog>(
        [&](QInputDialog* d) {
            d->setTextValue(QStringLiteral("Hij fietst nu richting Jaarbeurs."));
            d->accept();
            whenDialog<ConfirmDispatchDialog>(
                [&](ConfirmDispatchDialog* c) {
                    confirmAs(c, QStringLiteral("TRAINING"), nullptr, &summary);
                },
                &updateConfirmed);
        },
        &texted);
    QTest::mouseClick(actions->button(ActionStep::Update), Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return updateConfirmed; }, 10'000));
    REQUIRE(test::waitUntil(
        [&] { return (console.services().workflow().action(id)->state) == (ActionState::Updated); },
        10'000));
    CHECK(summary.contains(QStringLiteral("Send an update")));
    // Everyone alerted has the update before the action is closed.
    REQUIRE(allReached(2));

    // 7. Close with an outcome, confirmed; the bars show the closing message too.
    bool outcomeChosen = false, closeConfirmed = false;
    whenDialog<QInputDialog>(
        [&](QInputDialog* d) {
            d->setTextValue(d->comboBoxItems().value(1)); // "person found"
            d->accept();
            whenDialog<ConfirmDispatchDialog>(
                [&](ConfirmDispatchDialog* c) {
                    confirmAs(c, QStringLiteral("TRAINING"), nullptr, &summary);
                },
                &closeConfirmed);
        },
        &outcomeChosen);
    // The buttons come back once the update's job is over.
    REQUIRE(test::waitUntil([&] { return !console.jobs().busy(); }, 10'000));
    REQUIRE(actions->button(ActionStep::Close)->isEnabled());
    QTest::mouseClick(actions->button(ActionStep::Close), Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return closeConfirmed; }, 10'000));
    CHECK(summary.contains(QStringLiteral("Close the action")));
    REQUIRE(test::waitUntil(
        [&] { return (console.services().workflow().action(id)->state) == (ActionState::Closed); },
        10'000));
    CHECK(console.services().workflow().action(id)->outcome == Outcome::PersonFound);
    REQUIRE(test::waitUntil(
        [&] { return !actions->progressText().contains(QStringLiteral("queued")); }, 30'000));
    CHECK_FALSE(actions->button(ActionStep::Close)->isEnabled());
    CHECK_FALSE(actions->button(ActionStep::Cancel)->isEnabled());
    // Alert, update and closing message: three per participant on SMS, each reached.
    CHECK(summary.contains(QStringLiteral("SMS: ")));
    CHECK_FALSE(summary.contains(QStringLiteral("will NOT be sent")));
    CHECK(allReached(3));
}
