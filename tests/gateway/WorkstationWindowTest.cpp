// The window at a workstation, through ConsoleSession (offscreen): quitting or signing out with
// actions open asks first and names them; the night colours chosen in Preferences apply at once
// and keep training unmistakable; the title names the product once; new alarms go the tray's
// way (silently nowhere without a tray); the Failures tab lists who was not reached.
#include "app/core/SettingsKeys.h"
#include "app/dispatch/Outbox.h"
#include "app/services/TipService.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/ModeIndicator.h"
#include "ui/NightPalette.h"
#include "ui/OpenActionsGuard.h"
#include "ui/alarms/AlarmDock.h"
#include "ui/alarms/AlarmTableModel.h"
#include "ui/alarms/AlarmTray.h"
#include "ui/console/ConsoleSession.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dispatch/ActionsDock.h"
#include "ui/dispatch/FailuresPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

struct Desk
{
    DispatchFixture f{DatabaseKind::Sqlite, 20, QStringLiteral("centralist"), Role::Dispatcher};
    QTemporaryDir dir;
    std::unique_ptr<Database> accounts;
    std::unique_ptr<ConsoleSession> console;
    qint64 actionId = 0;

    Desk()
    {
        f.clock().set(QDateTime::currentDateTimeUtc());
        auto id = f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                          QStringLiteral("centrum"));
        REQUIRE(id.ok());
        REQUIRE(f.actions().submit(*id).ok());
        actionId = *id;
        // Two SMS failed for good; the rest wait (no sender in the window's session).
        f.sms().setScript([](const OutgoingMessage&, int call) {
            return call < 2 ? test::ScriptedSender::final() : test::ScriptedSender::ok();
        });
        DispatchConfig config;
        config.batchSize = 2;
        f.worker(config)->processOnce();
        auto opened =
            Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
        REQUIRE(opened.ok());
        accounts = std::move(opened).value();
        const QString data = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        const Session dispatcher{QStringLiteral("centralist"), Role::Dispatcher,
                                 QStringLiteral("mk-west-07"), Mode::Live};
        console = std::make_unique<ConsoleSession>(
            ConsoleSession::Inputs{dispatcher, f.db(), *accounts, f.auditService().log(),
                                   f.settings(), f.clock(), data, true});
        REQUIRE(console->start().ok());
    }
    MainWindow& window() { return *console->window(); }
};

} // namespace

TEST_CASE("Quitting or signing out with actions open asks first and names them", "[ui][gateway]")
{
    Desk desk;
    MainWindow& window = desk.window();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The product's name once (the desktop adds the application's name to other titles).
    CHECK(window.windowTitle() == QStringLiteral("Burgernet Console"));

    QStringList asked;
    bool leave = false;
    window.openActionsGuard()->setQuestion([&](QWidget*, const QString& text) {
        asked << text;
        return leave;
    });
    const QStringList open = window.openActionsGuard()->openActions();
    REQUIRE(open.size() == 1);
    CHECK(open.first().startsWith(QStringLiteral("Action %1").arg(desk.actionId)));

    // Quit, then stay.
    CHECK_FALSE(window.close());
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().contains(QStringLiteral("Quit")));
    CHECK(asked.first().contains(QStringLiteral("Action %1").arg(desk.actionId)));
    CHECK(window.isVisible());

    // Sign out, then stay: still signed in.
    window.signOut();
    REQUIRE(asked.size() == 2);
    CHECK(asked.last().contains(QStringLiteral("Sign out")));
    CHECK(window.isVisible());
    CHECK_FALSE(window.signedOut());

    // Sign out anyway.
    leave = true;
    window.signOut();
    CHECK(asked.size() == 3);
    CHECK_FALSE(window.isVisible());
    CHECK(window.signedOut());
}

TEST_CASE("The night colours chosen in Preferences apply at once, training keeps its marks",
          "[ui][gateway]")
{
    Desk desk;
    MainWindow& window = desk.window();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QColor dayWindow = QApplication::palette().color(QPalette::Window);

    auto* preferences = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
    REQUIRE(preferences);
    bool answered = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto* scheme = dialog->findChild<QComboBox*>(QStringLiteral("schemeCombo"));
        REQUIRE(scheme);
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("night")));
        dialog->accept();
        answered = true;
    });
    preferences->trigger();
    REQUIRE(answered);
    CHECK(desk.f.settings().value(keys::UiScheme) == QStringLiteral("night"));
    CHECK(NightPalette::current(*qApp) == NightPalette::Scheme::Night);
    const QColor night = QApplication::palette().color(QPalette::Window);
    CHECK(night.lightness() < 60);
    CHECK(night != dayWindow);
    CHECK(QTest::qWaitFor([&] { return window.palette().color(QPalette::Window).lightness() < 60; },
                          2000));
    // Training's banner keeps its own purple whatever the palette.
    std::unique_ptr<QLabel> banner(ModeIndicator::createTrainingBanner(nullptr));
    CHECK(banner->styleSheet().contains(ModeIndicator::modeColor(Mode::Training).name()));
    CHECK(ModeIndicator::modeColor(Mode::Training) != ModeIndicator::modeColor(Mode::Live));

    // Back to day.
    NightPalette::apply(*qApp, NightPalette::Scheme::Day);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 150);
}

TEST_CASE("The Failures tab lists who was not reached, new alarms take the tray's way",
          "[ui][gateway][failures]")
{
    Desk desk;
    MainWindow& window = desk.window();
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The smallest supported screen holds the whole window.
    INFO("minimum size " << window.minimumSizeHint().width() << "x"
                         << window.minimumSizeHint().height());
    CHECK(window.size() == QSize(1280, 720));
    ActionsDock* actions = window.actionsDock();
    REQUIRE(actions);
    actions->selectAction(desk.actionId);
    auto* panel = window.findChild<FailuresPanel*>(QStringLiteral("failuresPanel"));
    REQUIRE(panel);
    actions->tabs()->setCurrentWidget(panel);
    REQUIRE(panel->table()->rowCount() == 2);
    CHECK(panel->table()->item(0, FailuresPanel::Reason)->text() ==
          QStringLiteral("number does not exist"));
    CHECK(panel->table()->item(0, FailuresPanel::Address)->text().contains(QChar(0x2022)));

    // A tip from the app comes in: a new alarm in the dock, and the tray's way (no tray
    // offscreen: nothing shown, no error).
    AlarmTray* tray = window.alarmTray();
    REQUIRE(tray);
    CHECK(tray->lastMessage().isEmpty());
    Tip tip;
    tip.text = QStringLiteral("Man met rode pet bij het station");
    REQUIRE(desk.console->services().tips().receive(desk.actionId, tip).ok());
    window.alarmDock()->refresh();
    CHECK(tray->lastMessage().contains(QStringLiteral("Action %1").arg(desk.actionId)));
    CHECK(tray->lastMessage().contains(QStringLiteral("app")));
    CHECK(window.alarmDock()->model()->rowOf(QStringLiteral("app-tip:%1").arg(desk.actionId)) >= 0);
    window.openActionsGuard()->setQuestion([](QWidget*, const QString&) { return true; });
}
