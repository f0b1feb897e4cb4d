// The window at a control-room workstation, through the console's own composition
// (ConsoleSession in training, its dispatcher and the simulated senders): a whole action from
// the keyboard alone, the composer's Tab order, an accessible name on every control in the
// docks, each user's own saved layout, and the smallest supported screen (1280×720).
#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
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
#include "ui/map/MapView.h"
#include "ui/map/PlaceSearchBox.h"
#include "ui/review/ReviewDock.h"
#include "ui/review/ReviewTableModel.h"
#include "ui/review/StatisticsDashboard.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWidgetAction>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

// One workstation: the training register with its participants, the live register for the
// accounts, the session's data folder with the simulated senders, and one settings file.
struct Workstation
{
    explicit Workstation(int participants)
        : training(DatabaseKind::Sqlite, 0)
        , clock(test::systemClock(), test::systemClock().nowUtc(), 1.0)
    {
        training.addParticipants(participants, [](int i) {
            return std::pair{52.0907 + (i % 20 - 10) * 0.0006, 5.1214 + (i / 20 - 8) * 0.0009};
        });
        auto opened =
            Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
        REQUIRE(opened.ok());
        accounts = std::move(*opened);
        data = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        QSettings ini(QDir(data).filePath(QStringLiteral("senders-training.ini")),
                      QSettings::IniFormat);
        ini.setValue(QStringLiteral("simulated/latencyMs"), 0);
        ini.setValue(QStringLiteral("simulated/receiptDelayMs"), 10);
    }

    std::unique_ptr<ConsoleSession> signIn(const QString& user, Role role = Role::Dispatcher)
    {
        const Session session{user, role, QStringLiteral("mk-west-07"), Mode::Training};
        auto console = std::make_unique<ConsoleSession>(
            ConsoleSession::Inputs{session, training.db(), *accounts, training.auditService().log(),
                                   training.settings(), clock, data, true, nullptr, &clock});
        REQUIRE(console->start().ok());
        return console;
    }

    DispatchFixture training;
    QTemporaryDir dir;
    std::unique_ptr<Database> accounts;
    QString data;
    VirtualClock clock;
};

void showAt(MainWindow& window, QSize size)
{
    window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// After a dialog closes, a desktop's window manager gives the keyboard back to the window; the
// offscreen platform leaves no window active, so the test does what the window manager does.
void keyboardBackTo(QWidget& window)
{
    if (QApplication::activeWindow() == &window)
        return;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

QWidget* focused()
{
    return QApplication::focusWidget();
}

// A key where the keyboard's focus is, as a person presses it (shortcuts included).
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* at = focused();
    REQUIRE(at);
    QTest::keyClick(at, Qt::Key(key), modifiers);
}

void type(const QString& text)
{
    QWidget* at = focused();
    REQUIRE(at);
    QTest::keyClicks(at, text);
}

// Tab until the focus is on `target` (at most `steps` times).
bool tabTo(const std::function<bool(QWidget*)>& target, int steps = 60)
{
    QStringList passed; // said when the target is not reached
    for (int i = 0; i < steps; ++i) {
        if (focused() && target(focused()))
            return true;
        if (!focused())
            break;
        passed << QStringLiteral("%1(%2)").arg(
            focused()->objectName(), QString::fromLatin1(focused()->metaObject()->className()));
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    if (focused() && target(focused()))
        return true;
    UNSCOPED_INFO("Tab passed: " << passed.join(QStringLiteral(", ")).toStdString());
    return false;
}

bool tabTo(const QString& objectName, int steps = 60)
{
    return tabTo([&](QWidget* w) { return w->objectName() == objectName; }, steps);
}

// Answers the next modal dialog of type D once it is up, from the keyboard; `answer` runs
// inside the dialog's own event loop.
template <typename D>
void whenDialog(std::function<void(D*)> answer, bool* seen)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, answer, seen, tries] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (dialog && QApplication::activeWindow() == dialog) {
            poll->stop();
            poll->deleteLater();
            *seen = true;
            answer(dialog);
        } else if (++*tries > 1000) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
}

// The confirmation from the keyboard: the word typed where the focus is, Enter (which must not
// send), then Tab to the confirming button and Space.
void confirmByKeyboard(ConfirmDispatchDialog* dialog, QString* summary, bool* enterSent)
{
    *summary = dialog->summaryText();
    CHECK(focused() == dialog->wordEdit());
    QTest::keyClicks(focused(), dialog->confirmationWord());
    QTest::keyClick(focused(), Qt::Key_Return);
    *enterSent = !dialog->isVisible();
    QTest::keyClick(focused(), Qt::Key_Tab);
    CHECK(focused() == dialog->confirmButton());
    if (focused() != dialog->confirmButton()) {
        QTest::keyClick(focused(), Qt::Key_Escape);
        return;
    }
    QTest::keyClick(focused(), Qt::Key_Space);
}

// The controls a person works with, without the parts of a control (a spin box's editor, a
// combo box's list, a tab bar's scroll buttons, a view's editors).
bool isControl(QWidget* w, QWidget* root)
{
    const bool kind = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                      qobject_cast<QComboBox*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                      qobject_cast<QTextEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                      qobject_cast<QTableView*>(w) || qobject_cast<QTreeView*>(w) ||
                      qobject_cast<QListView*>(w);
    if (!kind)
        return false;
    for (QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p) ||
            qobject_cast<QTabBar*>(p) || qobject_cast<QAbstractItemView*>(p) ||
            qobject_cast<QTextEdit*>(p) || qobject_cast<QPlainTextEdit*>(p) ||
            qobject_cast<QLineEdit*>(p))
            return false;
    return true;
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(QAccessible::Name).trimmed() : QString();
}

QString describe(QWidget* w)
{
    return QStringLiteral("%1 '%2' in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? w->parentWidget()->objectName() : QString());
}

// Checks that every control under `root` (only those shown, when asked) says what it is to a
// screen reader; returns how many were checked.
int checkAccessibleNames(QWidget* root, const QString& where, bool shownOnly)
{
    int controls = 0;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!isControl(w, root) || (shownOnly && !w->isVisibleTo(root)))
            continue;
        ++controls;
        INFO(where.toStdString() << ": " << describe(w).toStdString());
        CHECK_FALSE(accessibleName(w).isEmpty());
    }
    return controls;
}

} // namespace

TEST_CASE("A whole action from the keyboard alone: search, incident, circle, compose, confirm, "
          "progress, update, close",
          "[ui][e2e][keyboard]")
{
    Workstation desk(300);
    auto console = desk.signIn(QStringLiteral("centralist"));
    MainWindow& window = *console->window();
    showAt(window, QSize(1400, 900));
    MapView* map = window.mapView();
    DispatchDock* dock = window.dispatchDock();
    ActionsDock* actions = window.actionsDock();
    REQUIRE(dock);
    REQUIRE(actions);
    REQUIRE(test::waitUntil([&] { return map->participantsReady(); }, 30'000));
    REQUIRE(focused());

    // 1. Search: Ctrl+F puts the focus in the map's search box; the place typed, Enter.
    press(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(focused() == map->searchBox());
    type(QStringLiteral("Utrecht"));
    press(Qt::Key_Return);
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Found: Utrecht")));
    REQUIRE(map->searchBox()->lastHit().has_value());
    const QGeoCoordinate place = map->searchBox()->lastHit()->coordinate;

    // 2. The incident there (Ctrl+Shift+I), shown in the composer.
    press(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(map->areaController()->incident().distanceTo(place) < 1);
    CHECK(dock->content().location.distanceTo(place) < 1);

    // 3. Compose: Ctrl+D lands on the composer's first field; Tab walks it.
    press(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(focused());
    CHECK(focused()->objectName() == QStringLiteral("kind"));
    REQUIRE(tabTo(QStringLiteral("incident")));
    auto* incident = qobject_cast<QComboBox*>(focused());
    REQUIRE(incident);
    for (int i = 0; i < incident->count() &&
                    incident->currentData().toString() != QStringLiteral("straatroof");
         ++i)
        press(Qt::Key_Down);
    REQUIRE(incident->currentData().toString() == QStringLiteral("straatroof"));
    REQUIRE(tabTo(QStringLiteral("locationText")));
    type(QStringLiteral("de Neude"));
    // The circle around the incident: its button reached by Tab, pressed with Space.
    REQUIRE(tabTo(QStringLiteral("circleAroundIncident")));
    press(Qt::Key_Space);
    const GeoArea area = dock->area();
    REQUIRE(area.kind() == GeoArea::Kind::Circle);
    CHECK(area.centre().distanceTo(place) < 1);
    CHECK(map->areaController()->area().radiusMetres() == area.radiusMetres());
    REQUIRE(tabTo(QStringLiteral("person.sex")));
    press(Qt::Key_Down);
    REQUIRE(tabTo(QStringLiteral("person.age")));
    type(QStringLiteral("ongeveer 25 jaar"));
    REQUIRE(tabTo(QStringLiteral("person.clothing")));
    type(QStringLiteral("een rode jas"));
    REQUIRE(tabTo(QStringLiteral("freeText")));
    type(QStringLiteral("Gevlucht te voet."));
    // Tab leaves the free text: it does not take the key as a character.
    press(Qt::Key_Tab);
    CHECK(dock->content().freeText == QStringLiteral("Gevlucht te voet."));
    REQUIRE(tabTo(QStringLiteral("channel-voice")));
    REQUIRE(qobject_cast<QCheckBox*>(focused())->isChecked());
    press(Qt::Key_Space);
    const ActionContent content = dock->content();
    CHECK(content.person.age == QStringLiteral("ongeveer 25 jaar"));
    CHECK(content.person.clothing == QStringLiteral("een rode jas"));
    CHECK_FALSE(content.person.sex.isEmpty());
    CHECK(content.locationText == QStringLiteral("de Neude"));
    CHECK_FALSE(content.channels.contains(Channel::voice()));
    const SelectionCount count = console->services().selection().count(area, desk.clock.nowUtc());
    REQUIRE(count.participants > 50);

    // 4. Send (Ctrl+Return), confirmed in the real dialog by keyboard.
    bool confirmed = false, enterSent = false;
    QString summary;
    whenDialog<ConfirmDispatchDialog>(
        [&](ConfirmDispatchDialog* d) { confirmByKeyboard(d, &summary, &enterSent); }, &confirmed);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return confirmed && !dock->isSending(); }, 20'000));
    CHECK_FALSE(enterSent);
    CHECK(summary.contains(QStringLiteral("SMS: ")));
    const qint64 id = actions->currentActionId();
    REQUIRE(id > 0);
    CHECK(dock->sendStatus() == QStringLiteral("Action %1 submitted.").arg(id));

    // 5. The progress: everyone reached on SMS.
    const auto allReached = [&](qint64 perParticipant) {
        return test::waitAllReached(*actions, perParticipant * count.on(BuiltinChannel::Sms));
    };
    REQUIRE(allReached(1));
    REQUIRE(test::waitUntil(
        [&] { return console->services().workflow().action(id)->state == ActionState::Sent; },
        10'000));

    // 6. An update: Ctrl+J to the actions list, Tab to "Update…", Space; the text typed, Tab
    // to OK, Space; confirmed by keyboard.
    keyboardBackTo(window);
    press(Qt::Key_J, Qt::ControlModifier);
    CHECK(focused() == actions->table());
    CHECK(actions->currentActionId() == id);
    bool texted = false, updateConfirmed = false;
    whenDialog<QInputDialog>(
        [&](QInputDialog*) {
            QTest::keyClicks(focused(), QStringLiteral("Hij fietst nu richting Jaarbeurs."));
            QTest::keyClick(focused(), Qt::Key_Tab);
            auto* ok = qobject_cast<QPushButton*>(focused());
            CHECK(ok);
            whenDialog<ConfirmDispatchDialog>(
                [&](ConfirmDispatchDialog* c) { confirmByKeyboard(c, &summary, &enterSent); },
                &updateConfirmed);
            QTest::keyClick(focused(), ok ? Qt::Key_Space : Qt::Key_Escape);
        },
        &texted);
    REQUIRE(tabTo([&](QWidget* w) { return w == actions->button(ActionStep::Update); }));
    press(Qt::Key_Space);
    REQUIRE(test::waitUntil([&] { return updateConfirmed; }, 10'000));
    REQUIRE(test::waitUntil(
        [&] { return console->services().workflow().action(id)->state == ActionState::Updated; },
        10'000));
    CHECK(summary.contains(QStringLiteral("Send an update")));
    REQUIRE(allReached(2));

    // 7. Close: its own key (Ctrl+Shift+F, shown in the button's tooltip) from wherever the
    // focus is; the outcome chosen with the arrow key, Enter; confirmed.
    REQUIRE(test::waitUntil([&] { return !console->jobs().busy(); }, 10'000));
    bool outcomeChosen = false, closeConfirmed = false;
    whenDialog<QInputDialog>(
        [&](QInputDialog*) {
            CHECK(qobject_cast<QComboBox*>(focused()));
            QTest::keyClick(focused(), Qt::Key_Down); // "person found"
            whenDialog<ConfirmDispatchDialog>(
                [&](ConfirmDispatchDialog* c) { confirmByKeyboard(c, &summary, &enterSent); },
                &closeConfirmed);
            QTest::keyClick(focused(), Qt::Key_Return);
        },
        &outcomeChosen);
    keyboardBackTo(window);
    press(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(dock->isAncestorOf(focused()));
    CHECK(actions->button(ActionStep::Close)->toolTip() ==
          QKeySequence(QStringLiteral("Ctrl+Shift+F")).toString(QKeySequence::NativeText));
    press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(test::waitUntil([&] { return closeConfirmed; }, 10'000));
    CHECK(summary.contains(QStringLiteral("Close the action")));
    REQUIRE(test::waitUntil(
        [&] { return console->services().workflow().action(id)->state == ActionState::Closed; },
        10'000));
    CHECK(console->services().workflow().action(id)->outcome == Outcome::PersonFound);
    CHECK(allReached(3));

    // Every step of the Actions dock has a key, none taken twice in the window.
    QStringList taken;
    for (QAction* a : window.findChildren<QAction*>())
        for (const QKeySequence& k : a->shortcuts())
            taken << k.toString();
    for (const ActionStep step : enumValues<ActionStep>()) {
        const QString keys = actions->button(step)->shortcut().toString();
        INFO(enumId(step).toStdString() << " " << keys.toStdString());
        CHECK_FALSE(keys.isEmpty());
        CHECK_FALSE(taken.contains(keys));
        taken << keys;
    }
}

TEST_CASE("The composer's Tab order follows what it shows and reaches every input, every "
          "control in the docks has an accessible name",
          "[ui][keyboard][accessibility]")
{
    Workstation desk(0);
    auto console = desk.signIn(QStringLiteral("centralist"));
    MainWindow& window = *console->window();
    showAt(window, QSize(1400, 900));
    DispatchDock* dock = window.dispatchDock();
    REQUIRE(dock);

    // Tab from the first field until the focus leaves the composer or comes round again.
    press(Qt::Key_D, Qt::ControlModifier);
    QList<QWidget*> chain;
    while (focused() && dock->isAncestorOf(focused()) && !chain.contains(focused()) &&
           chain.size() < 200) {
        chain << focused();
        press(Qt::Key_Tab);
    }
    REQUIRE(chain.size() > 10);
    CHECK(chain.front()->objectName() == QStringLiteral("kind"));
    CHECK(chain.back()->objectName() == QStringLiteral("sendAction"));

    // Every enabled input shown in the composer is on the way.
    for (QWidget* w : dock->findChildren<QWidget*>()) {
        if (!isControl(w, dock) || !w->isVisibleTo(dock) || !w->isEnabled() ||
            !(w->focusPolicy() & Qt::TabFocus))
            continue;
        INFO(describe(w).toStdString());
        CHECK(chain.contains(w));
    }

    // In reading order: the form top to bottom (left to right within a row), then the lower part.
    auto* scroll = dock->findChild<QScrollArea*>();
    REQUIRE(scroll);
    struct Place
    {
        int part;
        QRect rect;
    };
    const auto placeOf = [&](QWidget* w) {
        QWidget* form = scroll->widget();
        if (form->isAncestorOf(w))
            return Place{0, QRect(w->mapTo(form, QPoint(0, 0)), w->size())};
        return Place{1, QRect(w->mapTo(dock, QPoint(0, 0)), w->size())};
    };
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const Place a = placeOf(chain[i - 1]), b = placeOf(chain[i]);
        INFO(describe(chain[i - 1]).toStdString() << " then " << describe(chain[i]).toStdString());
        if (a.part != b.part) {
            CHECK(a.part < b.part);
            continue;
        }
        const bool sameRow = std::abs(a.rect.center().y() - b.rect.center().y()) <
                             std::max(a.rect.height(), b.rect.height()) / 2 + 2;
        if (sameRow)
            CHECK(b.rect.left() > a.rect.left());
        else
            CHECK(b.rect.top() > a.rect.top());
    }

    // Every control in every dock says what it is to a screen reader.
    int controls = 0;
    for (auto* dockWidget : window.findChildren<QDockWidget*>())
        controls += checkAccessibleNames(dockWidget->widget(), dockWidget->objectName(), false);
    CHECK(controls > 40);
}

TEST_CASE("Every control a supervisor, a trainer and an administrator work with has an "
          "accessible name, in the docks and in the windows they open",
          "[ui][keyboard][accessibility]")
{
    Workstation desk(40);
    // An action sent in training by a dispatcher at this workstation, to open a report of.
    qint64 sent = 0;
    {
        auto dispatcher = desk.signIn(QStringLiteral("centralist"));
        REQUIRE(test::waitUntil(
            [&] { return dispatcher->window()->mapView()->participantsReady(); }, 30'000));
        ActionWorkflow& workflow = dispatcher->services().workflow();
        auto draft = workflow.createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                          QStringLiteral("centrum"));
        REQUIRE(draft.ok());
        auto plan = workflow.prepare(PlanRequest::alert(*draft));
        REQUIRE(plan.ok());
        auto submitted = workflow.submit(*plan, Confirmation::yes());
        INFO(submitted.errorMessage().toStdString());
        REQUIRE(submitted.ok());
        sent = *draft;
    }
    const auto everyWindow = [&](MainWindow& window) {
        int controls = 0;
        for (auto* dockWidget : window.findChildren<QDockWidget*>())
            if (dockWidget->isVisible())
                controls +=
                    checkAccessibleNames(dockWidget->widget(), dockWidget->objectName(), true);
        for (QWidget* top : QApplication::topLevelWidgets())
            if (top != &window && top->isVisible() && top->isWindow())
                controls += checkAccessibleNames(top, top->objectName(), true);
        return controls;
    };

    SECTION("the supervisor: the Review dock, an action's report and the statistics")
    {
        auto console = desk.signIn(QStringLiteral("chef"), Role::Supervisor);
        MainWindow& window = *console->window();
        showAt(window, QSize(1400, 900));
        ReviewDock* review = window.reviewDock();
        REQUIRE(review);
        review->parentWidget()->show();
        review->refresh();
        const bool opened = review->openReport(sent);
        INFO(review->messageLabel()->text().toStdString());
        REQUIRE(opened);
        StatisticsDashboard* stats = review->openStatistics();
        REQUIRE(stats);
        REQUIRE(QTest::qWaitForWindowExposed(stats));
        CHECK(everyWindow(window) > 20);
        stats->close();
    }
    SECTION("the trainer: the Exercises window and the scenario editor")
    {
        auto console = desk.signIn(QStringLiteral("instructeur"), Role::Trainer);
        MainWindow& window = *console->window();
        showAt(window, QSize(1400, 900));
        for (const char* name : {"exercisesAction", "scenarioEditorAction"}) {
            auto* action = window.findChild<QAction*>(QLatin1String(name));
            REQUIRE(action);
            action->trigger();
        }
        CHECK(everyWindow(window) > 20);
        for (QWidget* top : QApplication::topLevelWidgets())
            if (top != &window && top->isVisible())
                top->close();
    }
    SECTION("the administrator: every dock")
    {
        auto console = desk.signIn(QStringLiteral("beheer"), Role::Administrator);
        MainWindow& window = *console->window();
        showAt(window, QSize(1400, 900));
        CHECK(everyWindow(window) > 5);
    }
}

TEST_CASE("Each user on a workstation gets their own window layout back", "[ui][layout]")
{
    Workstation desk(0);
    const auto dockOf = [](MainWindow& window, const char* name) {
        return window.findChild<QDockWidget*>(QString::fromLatin1(name));
    };
    // What the first user left: the size the window took (its docks may need a little more
    // than asked for), the Actions dock hidden.
    QSize firstSize;
    {
        auto first = desk.signIn(QStringLiteral("centralist.a"));
        MainWindow& window = *first->window();
        showAt(window, QSize(1100, 700));
        dockOf(window, "actionsDock")->hide();
        firstSize = window.size();
        window.close();
    }
    {
        auto second = desk.signIn(QStringLiteral("centralist.b"));
        MainWindow& window = *second->window();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // Not the first user's layout.
        CHECK_FALSE(dockOf(window, "actionsDock")->isHidden());
        showAt(window, QSize(1300, 760));
        dockOf(window, "mapLayersDock")->show();
        window.close();
    }
    {
        auto first = desk.signIn(QStringLiteral("centralist.a"));
        MainWindow& window = *first->window();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        INFO("size " << window.width() << "x" << window.height() << ", at least "
                     << window.minimumSizeHint().width() << "x"
                     << window.minimumSizeHint().height());
        CHECK(window.size() == firstSize);
        CHECK(dockOf(window, "actionsDock")->isHidden());
        CHECK(dockOf(window, "mapLayersDock")->isHidden());
        window.close();
    }
    auto second = desk.signIn(QStringLiteral("centralist.b"));
    MainWindow& window = *second->window();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.size() == QSize(1300, 760));
    CHECK_FALSE(dockOf(window, "actionsDock")->isHidden());
    CHECK_FALSE(dockOf(window, "mapLayersDock")->isHidden());
    // Both in the one settings file, each under its own name.
    const QString file = desk.training.settings().fileName();
    desk.training.settings().sync();
    QSettings ini(file, QSettings::IniFormat);
    const QByteArray a =
        ini.value(QStringLiteral("users/centralist.a/ui/mainWindowState")).toByteArray();
    const QByteArray b =
        ini.value(QStringLiteral("users/centralist.b/ui/mainWindowState")).toByteArray();
    CHECK_FALSE(a.isEmpty());
    CHECK_FALSE(b.isEmpty());
    CHECK(a != b);
}

TEST_CASE("At 1280x720 every toolbar action can be reached and the composer's slots scroll in "
          "their own area",
          "[ui][layout][small-screen]")
{
    Workstation desk(0);
    auto console = desk.signIn(QStringLiteral("centralist"));
    MainWindow& window = *console->window();
    showAt(window, QSize(1280, 720));
    CHECK(window.size() == QSize(1280, 720));
    QTest::qWait(50);

    // Each action of the window's and the map's toolbars: on the bar, or in its overflow menu
    // (a widget, such as the search box, must stay on the bar: in a menu it cannot be used).
    int checked = 0;
    for (QToolBar* bar : window.findChildren<QToolBar*>()) {
        if (!bar->isVisible())
            continue;
        auto* more = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
        const bool overflowing = more && more->isVisible();
        for (QAction* action : bar->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            ++checked;
            QWidget* shown = bar->widgetForAction(action);
            const bool onBar =
                shown && shown->isVisible() &&
                bar->rect().contains(QRect(shown->mapTo(bar, QPoint()), shown->size()));
            const bool isWidget = qobject_cast<QWidgetAction*>(action) != nullptr;
            const bool inMenu = overflowing && !isWidget &&
                                (!more->menu() || more->menu()->actions().contains(action));
            INFO(bar->objectName().toStdString()
                 << ": " << (isWidget ? shown->objectName() : action->text()).toStdString());
            CHECK((onBar || inMenu));
        }
    }
    CHECK(checked > 15);

    // The composer fits: its Send button is on the screen, and the description slots scroll
    // inside the form's area, each brought into view when the focus reaches it.
    DispatchDock* dock = window.dispatchDock();
    auto* send = dock->findChild<QPushButton*>(QStringLiteral("sendAction"));
    CHECK(window.rect().contains(QRect(send->mapTo(&window, QPoint()), send->size())));
    auto* scroll = dock->findChild<QScrollArea*>();
    REQUIRE(scroll);
    CHECK(scroll->verticalScrollBar()->maximum() > 0);
    press(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(tabTo(QStringLiteral("incident")));
    auto* incident = qobject_cast<QComboBox*>(focused());
    // A missing person: the person's slots and the consent box.
    for (int i = 0; i < incident->count() &&
                    incident->currentData().toString() != QStringLiteral("vermissing");
         ++i)
        press(Qt::Key_Down);
    REQUIRE(incident->currentData().toString() == QStringLiteral("vermissing"));
    int slotsSeen = 0;
    for (const char* slot : {"person.age", "person.height", "person.build", "person.clothing",
                             "person.particulars", "person.direction", "freeText"}) {
        REQUIRE(tabTo(QString::fromLatin1(slot)));
        QWidget* field = focused();
        INFO(slot);
        CHECK(field->height() >= field->minimumSizeHint().height());
        const QRect inView(field->mapTo(scroll->viewport(), QPoint()), field->size());
        INFO("field at " << inView.y() << "+" << inView.height() << " in a view of "
                         << scroll->viewport()->height());
        CHECK(scroll->viewport()->rect().contains(inView));
        ++slotsSeen;
    }
    CHECK(slotsSeen == 7);
    // The dock kept its place: Send is still on the screen.
    CHECK(window.rect().contains(QRect(send->mapTo(&window, QPoint()), send->size())));
}
