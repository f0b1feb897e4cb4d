// The approval view in the console's own window (ConsoleSession, offscreen): the supervisor sees
// the author, the time waited, the counts and every channel's text, the area drawn on the map,
// and sends the action back with a reason; the author's window shows the reason. The composer's
// duplicate guard asks first; the area assistant's ring is accepted with one click.
#include "app/core/SettingsKeys.h"
#include "app/services/SelectionService.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/PolicyForTests.h"
#include "tests/support/Wait.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/dispatch/ActionsDock.h"
#include "ui/dispatch/ApprovalDialog.h"
#include "ui/dispatch/AreaAssistantBox.h"
#include "ui/dispatch/ChannelPreview.h"
#include "ui/dispatch/DispatchDock.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapView.h"
#include "ui/map/layers/GuideLayer.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

const QString kReason = QStringLiteral("Signalement te vaag: de kleding ontbreekt");

struct Console
{
    Console(DispatchFixture& f, Database& accounts, const QString& data, const QString& user,
            Role role)
        : session({Session{user, role, QStringLiteral("mk-west-07"), Mode::Live}, f.db(), accounts,
                   f.auditService().log(), f.settings(), f.clock(), data, true})
    {
        REQUIRE(session.start().ok());
        window().resize(1400, 900);
        window().show();
        REQUIRE(QTest::qWaitForWindowExposed(&window()));
        // The window loads the participants in the background; plans wait for them.
        REQUIRE(
            test::waitUntil([this] { return session.services().selection().isLoaded(); }, 30000));
    }
    MainWindow& window() { return *session.window(); }
    ConsoleSession session;
};

} // namespace

TEST_CASE("The approval view: content, the area on the map, rejected with a reason that the "
          "author sees",
          "[ui][approval]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 20, QStringLiteral("centralist"), Role::Dispatcher);
    f.clock().set(QDateTime::currentDateTimeUtc());
    test::setPolicy(f.db(), PolicyKey::ApprovalThreshold, 10);
    auto id = f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                      QStringLiteral("centrum"));
    REQUIRE(id.ok());
    REQUIRE(*f.actions().submit(*id) == ActionState::AwaitingApproval);
    f.clock().advance(6 * 60 * 1000);

    QTemporaryDir dir;
    auto accounts =
        Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
    REQUIRE(accounts.ok());
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);

    {
        Console chef(f, **accounts, data, QStringLiteral("chef"), Role::Supervisor);
        ActionsDock* actions = chef.window().actionsDock();
        REQUIRE(actions);
        auto* guides = qobject_cast<GuideLayer*>(
            chef.window().mapView()->canvas()->layer(QStringLiteral("guides")));
        REQUIRE(guides);
        ActionPrompts prompts = ActionPrompts::dialogs(chef.session.services().catalog());
        bool reviewed = false;
        prompts.review =
            [&](QWidget* parent, const DispatchPlan& plan,
                const Action& action) -> std::optional<std::pair<ActionPrompts::Review, QString>> {
            ApprovalDialog dialog(plan, action, chef.session.services().catalog(), parent);
            dialog.show();
            REQUIRE(QTest::qWaitForWindowExposed(&dialog));
            // Who, how long, the area on the map, the counts and every channel's text.
            const QString header = dialog.header()->text();
            CHECK(header.contains(QStringLiteral("centralist")));
            CHECK(header.contains(QStringLiteral("6 minute")));
            CHECK(header.contains(QStringLiteral("18")));
            CHECK(guides->reviewed().toGeoJson() == DispatchFixture::area().toGeoJson());
            CHECK(dialog.countText(Channel::sms()).contains(QStringLiteral("14")));
            CHECK(dialog.countText(BuiltinChannel::App).contains(QStringLiteral("area")));
            QStringList tabs;
            for (int i = 0; i < dialog.texts()->count(); ++i)
                tabs << dialog.texts()->tabText(i);
            CHECK(tabs.contains(QStringLiteral("SMS (nl)")));
            CHECK(tabs.contains(QStringLiteral("SMS (en)")));
            auto* sms = dialog.findChild<ChannelPreview*>(QStringLiteral("text-sms-nl"));
            REQUIRE(sms);
            CHECK(sms->shownHtml().contains(QStringLiteral("rode pet")));
            CHECK(dialog.warnings()->count() >= 1);
            // Sending back needs the reason.
            CHECK_FALSE(dialog.rejectButton()->isEnabled());
            QTest::keyClicks(dialog.reasonEdit(), kReason);
            REQUIRE(dialog.rejectButton()->isEnabled());
            QTest::mouseClick(dialog.rejectButton(), Qt::LeftButton);
            CHECK(dialog.answer() == ApprovalDialog::Answer::Reject);
            reviewed = true;
            return std::pair{ActionPrompts::Review::Reject, dialog.reason()};
        };
        actions->setPrompts(prompts);
        actions->selectAction(*id);
        QPushButton* approve = actions->button(ActionStep::Approve);
        REQUIRE(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        REQUIRE(test::waitUntil([&] { return reviewed; }, 20000));
        REQUIRE(test::waitUntil(
            [&] { return f.actions().action(*id)->state == ActionState::Draft; }, 5000));
        CHECK(guides->reviewed().isEmpty()); // gone from the map with the review
    }
    auto a = f.actions().action(*id);
    CHECK(a->rejectionReason == kReason);
    CHECK(a->rejectedBy == QStringLiteral("chef"));
    bool recorded = false;
    for (const AuditRecord& r : f.records(QStringLiteral("action.reject")))
        recorded = recorded || (r.result == QLatin1String("ok") &&
                                r.actor == QLatin1String("chef") && r.details.contains(kReason));
    CHECK(recorded);

    // The author's window says why, where the action is shown, and offers to submit it again.
    Console author(f, **accounts, data, QStringLiteral("centralist"), Role::Dispatcher);
    ActionsDock* mine = author.window().actionsDock();
    // Selecting the row with its long reason does not make the dock grow (on 1280x720 the map
    // would shrink under the dispatcher's hand).
    auto* actionsDock = author.window().findChild<QDockWidget*>(QStringLiteral("actionsDock"));
    REQUIRE(actionsDock);
    actionsDock->raise();
    QTest::qWait(50);
    const QSize dockBefore = actionsDock->size();
    mine->selectAction(*id);
    QTest::qWait(50);
    CHECK(actionsDock->size() == dockBefore);
    CHECK(mine->sentBackText().contains(kReason));
    CHECK(mine->sentBackText().contains(QStringLiteral("chef")));
    CHECK(mine->button(ActionStep::Resubmit)->isEnabled());
    CHECK_FALSE(mine->button(ActionStep::Approve)->isEnabled());

    // The author changes it in the composer, where the reason stays in sight, and submits the
    // same action again: the change recorded, nothing new created, back with the approver.
    QPushButton* edit = mine->button(ActionStep::Edit);
    REQUIRE(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    DispatchDock* composer = author.window().dispatchDock();
    REQUIRE(composer);
    CHECK(composer->editingId() == *id);
    auto* editing = composer->findChild<QLabel*>(QStringLiteral("editingDraft"));
    REQUIRE(editing);
    CHECK(editing->isVisible());
    CHECK(editing->text().contains(kReason));
    auto* clothing = composer->findChild<QLineEdit*>(QStringLiteral("person.clothing"));
    REQUIRE(clothing);
    CHECK(clothing->text() == DispatchFixture::urgentContent().person.clothing);
    REQUIRE(test::waitUntil(
        [&] {
            return author.window().mapView()->areaController()->area().toGeoJson() ==
                   DispatchFixture::area().toGeoJson();
        },
        5000));
    clothing->setText(QStringLiteral("een groene jas en een rode pet"));
    // No gateway is set up here: the author lets the messages wait in the outbox.
    composer->setConfirmer([](const DispatchPlan& plan, QWidget*) {
        return std::optional<Confirmation>(Confirmation::yes(plan.notReady()));
    });
    QString warned;
    composer->setWarner([&](QWidget*, const QString&, const QString& text) { warned = text; });
    composer->setDuplicateQuestion([](const DispatchPlan&, QWidget*) { return true; });
    CHECK(composer->send() == *id);
    CHECK(warned.isEmpty());
    INFO(composer->sendStatus().toStdString());
    auto again = f.actions().action(*id);
    REQUIRE(again.ok());
    CHECK(again->state == ActionState::AwaitingApproval);
    CHECK(again->content.person.clothing == QStringLiteral("een groene jas en een rode pet"));
    CHECK(f.records(QStringLiteral("action.edit")).size() == 1);
    CHECK(composer->editingId() == 0);
    CHECK_FALSE(editing->isVisible());
    auto list = f.actions().workflow().actions(false);
    REQUIRE(list.ok());
    CHECK(list->size() == 1);
}

TEST_CASE("The composer: the area assistant's ring accepted in one click, and a second action for "
          "the same incident number asks first",
          "[ui][approval]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 20, QStringLiteral("centralist"), Role::Dispatcher);
    f.clock().set(QDateTime::currentDateTimeUtc());
    QTemporaryDir dir;
    auto accounts =
        Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
    REQUIRE(accounts.ok());
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    Console console(f, **accounts, data, QStringLiteral("centralist"), Role::Dispatcher);
    MainWindow& window = console.window();
    DispatchDock* dock = window.dispatchDock();
    REQUIRE(dock);
    AreaController* map = window.mapView()->areaController();
    auto* guides =
        qobject_cast<GuideLayer*>(window.mapView()->canvas()->layer(QStringLiteral("guides")));
    REQUIRE(guides);

    // The incident on the map, a street robbery ten minutes ago: a 2.5 km ring, then the area.
    AreaAssistantBox* assistant = dock->areaAssistant();
    REQUIRE(assistant);
    assistant->suggest();
    CHECK(assistant->resultText().contains(QStringLiteral("incident on the map")));
    map->setIncident(DispatchFixture::centre());
    auto* incident = dock->findChild<QComboBox*>(QStringLiteral("incident"));
    incident->setCurrentIndex(incident->findData(QStringLiteral("straatroof")));
    assistant->minutesBox()->setValue(10);
    QTest::mouseClick(assistant->suggestButton(), Qt::LeftButton);
    REQUIRE(guides->suggestion().kind() == GeoArea::Kind::Circle);
    CHECK(guides->suggestion().radiusMetres() == 2500);
    CHECK(map->area().isEmpty());
    QTest::mouseClick(assistant->acceptButton(), Qt::LeftButton);
    REQUIRE(map->area().kind() == GeoArea::Kind::Circle);
    CHECK(map->area().radiusMetres() == 2500);
    CHECK(guides->suggestion().isEmpty());
    CHECK(dock->area().radiusMetres() == 2500);

    // Two sends for incident P-2026-0042: the second asks first.
    QTest::keyClicks(dock->findChild<QLineEdit*>(QStringLiteral("incidentNumber")),
                     QStringLiteral("P-2026-0042"));
    QTest::keyClicks(dock->findChild<QLineEdit*>(QStringLiteral("person.clothing")),
                     QStringLiteral("rode jas"));
    DispatchPlan seen;
    dock->setConfirmer([&](const DispatchPlan& plan, QWidget*) -> std::optional<Confirmation> {
        seen = plan;
        return Confirmation::yes(plan.notReady());
    });
    int asked = 0;
    bool answer = false;
    dock->setDuplicateQuestion([&](const DispatchPlan& plan, QWidget*) {
        ++asked;
        CHECK(plan.incidentNumber == QStringLiteral("P-2026-0042"));
        return answer;
    });
    const qint64 first = dock->send();
    REQUIRE(first > 0);
    CHECK(asked == 0);
    CHECK(f.actions().action(first)->content.incidentNumber == QStringLiteral("P-2026-0042"));
    CHECK(dock->send() == 0); // asked, and the answer was no
    CHECK(asked == 1);
    answer = true;
    const qint64 second = dock->send();
    CHECK(asked == 2);
    REQUIRE(second > 0);
    REQUIRE(seen.duplicates.size() == 1);
    CHECK(seen.duplicates.front().actionId == first);
    // The same area as the first: the confirmation names the overlap and who would hear twice.
    REQUIRE(seen.overlaps.size() == 1);
    CHECK(seen.overlaps.front().actionId == first);
    CHECK(seen.overlaps.front().sharedParticipants == 18);
}
