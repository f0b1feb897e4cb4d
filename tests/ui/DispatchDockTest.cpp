#include "ui/dispatch/DispatchDock.h"

#include "app/core/SettingsKeys.h"
#include "app/dispatch/ActionWords.h"
#include "app/dispatch/Outbox.h"
#include "app/services/AuditService.h"
#include "app/services/ReauthGate.h"
#include "app/services/SettingsService.h"
#include "app/session/SessionServices.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/PolicyForTests.h"
#include "tests/support/Wait.h"
#include "ui/dispatch/ActionTableModel.h"
#include "ui/dispatch/ActionsDock.h"
#include "ui/dispatch/ChannelPreview.h"
#include "ui/dispatch/ChannelProgressBar.h"
#include "ui/dispatch/ConfirmDispatchDialog.h"
#include "ui/dispatch/DispatchJobs.h"
#include "ui/senders/ListenButton.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextToSpeech>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

// The register of a DispatchFixture with the session's own services over it, as the window
// gets them; `dispatch` adds the dispatcher (with this workstation's senders, none configured).
struct DockFixture
{
    explicit DockFixture(bool dispatch = false, const ReauthGate::Verifier& verifier = {},
                         ReauthPrompt* prompt = nullptr)
    {
        SessionConfig config;
        config.session = f.auditService().session();
        config.dataDir = dir.path();
        config.dispatch = dispatch;
        config.listen = false;
        config.reauthVerifier = verifier;
        config.reauthPrompt = prompt;
        session = std::make_unique<SessionServices>(config, f.db(), f.auditService().log(),
                                                    f.settings(), f.clock());
        REQUIRE(session->start().ok());
        jobs = std::make_unique<DispatchJobs>(*session, verifier, prompt);
    }
    std::unique_ptr<DispatchDock> dock()
    {
        auto d = std::make_unique<DispatchDock>(session->workflow(), *jobs, session->selection(),
                                                f.clock());
        // What the window does: the map makes an edited area the alert area.
        QObject::connect(d.get(), &DispatchDock::areaEdited, d.get(),
                         [dock = d.get()](const GeoArea& area) { dock->setAlertArea(area); });
        d->setWarner([this](QWidget*, const QString&, const QString& text) { warned << text; });
        return d;
    }
    std::unique_ptr<ActionsDock> actionsDock()
    {
        auto d =
            std::make_unique<ActionsDock>(session->workflow(), session->progress(),
                                          session->decisions(), *jobs, f.clock(), f.settings());
        d->setPrompts(prompts());
        return d;
    }
    // The dialogs, but warnings collected instead of shown.
    ActionPrompts prompts()
    {
        ActionPrompts p = ActionPrompts::dialogs(session->catalog());
        p.warn = [this](QWidget*, const QString&, const QString& text) { warned << text; };
        return p;
    }

    DispatchFixture f;
    QTemporaryDir dir;
    std::unique_ptr<SessionServices> session;
    std::unique_ptr<DispatchJobs> jobs;
    QStringList warned;
};

void fill(DispatchDock& dock, const char* name, const QString& text)
{
    auto* edit = dock.findChild<QLineEdit*>(QLatin1String(name));
    REQUIRE(edit);
    edit->setText(text);
}

void typeInto(DispatchDock& dock, const char* name, const QString& text)
{
    auto* edit = dock.findChild<QLineEdit*>(QLatin1String(name));
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    Q_EMIT edit->editingFinished();
}

void compose(DispatchDock& dock)
{
    dock.setIncidentLocation(DispatchFixture::centre(), QStringLiteral("Utrecht Centraal"));
    auto* incident = dock.findChild<QComboBox*>(QStringLiteral("incident"));
    incident->setCurrentIndex(incident->findData(QStringLiteral("straatroof")));
    dock.findChild<QComboBox*>(QStringLiteral("person.sex"))->setCurrentIndex(1);
    fill(dock, "person.age", QStringLiteral("25"));
    fill(dock, "person.clothing", QStringLiteral("een zwarte jas"));
    // The circle around the incident, then its radius typed in the dock.
    QTest::mouseClick(dock.findChild<QPushButton*>(QStringLiteral("circleAroundIncident")),
                      Qt::LeftButton);
    typeInto(dock, "radius", QStringLiteral("1500"));
    dock.refreshPreview();
}

qint64 rows(const DispatchPlan& plan, BuiltinChannel channel)
{
    for (const PlannedChannel& c : plan.channels)
        if (c.channel == channel)
            return c.rows;
    return 0;
}

} // namespace

TEST_CASE("Dispatch dock: live preview with SMS limits, UCS-2 marks, warnings and counts",
          "[ui][dispatch]")
{
    DockFixture d;
    auto dock = d.dock();
    compose(*dock);
    ChannelPreview* sms = dock->preview(BuiltinChannel::Sms);
    REQUIRE(sms);
    CHECK(sms->limitsText().startsWith(QStringLiteral("GSM-7")));
    CHECK(dock->recipientsText().startsWith(QStringLiteral("18 participant")));
    CHECK(dock->warnings().isEmpty());

    fill(*dock, "person.clothing", QStringLiteral("een jas met “Zoë” erop"));
    fill(*dock, "person.particulars", QStringLiteral("de verdachte heeft ca. 2 tassen"));
    dock->refreshPreview();
    CHECK(sms->limitsText().startsWith(QStringLiteral("UCS-2")));
    CHECK(sms->shownHtml().contains(QStringLiteral("#ffb300")));
    CHECK(dock->warnings().size() == 2);
    const QString voice = dock->preview(BuiltinChannel::Voice)->limitsText();
    CHECK(voice.contains(QStringLiteral("seconds")));
    // The broadcast limit the preview states is the one the composer fits to.
    CHECK(dock->preview(BuiltinChannel::Social)->limitsText().contains(QStringLiteral("of 475")));

    // Only a notice can be scheduled.
    auto* later = dock->findChild<QCheckBox*>(QStringLiteral("sendLater"));
    REQUIRE(later);
    CHECK_FALSE(later->isEnabled());
    auto* kind = dock->findChild<QComboBox*>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("notice")));
    CHECK(later->isEnabled());
    later->setChecked(true);
    CHECK(dock->content().scheduledAt.isValid());
}

TEST_CASE("Dispatch dock: one area, the map's, out-of-range values are refused with the limit",
          "[ui][dispatch]")
{
    DockFixture d;
    auto dock = d.dock();
    // No circle is made up at start: nobody is selected until there is an area.
    CHECK(dock->area().isEmpty());
    CHECK(dock->areaText().startsWith(QStringLiteral("No area yet")));
    CHECK(dock->recipientsText().startsWith(QStringLiteral("Nobody")));
    // A circle around the incident needs the incident.
    QTest::mouseClick(dock->findChild<QPushButton*>(QStringLiteral("circleAroundIncident")),
                      Qt::LeftButton);
    CHECK(dock->area().isEmpty());
    CHECK(dock->areaError().contains(QStringLiteral("incident")));

    compose(*dock);
    REQUIRE(dock->area().kind() == GeoArea::Kind::Circle);
    CHECK(dock->area().radiusMetres() == 1500);
    CHECK(dock->areaText().startsWith(QStringLiteral("Circle of 1,500 m")));
    // 300,000 m is refused, not quietly cut to what fits: the area stays as it was.
    typeInto(*dock, "radius", QStringLiteral("300000"));
    CHECK(dock->area().radiusMetres() == 1500);
    CHECK(dock->areaError().contains(QStringLiteral("50,000")));
    CHECK(dock->areaError().contains(QStringLiteral("300000")));
    typeInto(*dock, "radius", QStringLiteral("2500"));
    CHECK(dock->areaError().isEmpty());
    CHECK(dock->area().radiusMetres() == 2500);

    // A polygon from the map: shown, its circle fields off.
    dock->setAlertArea(GeoArea::polygon({{52.08, 5.10}, {52.08, 5.13}, {52.10, 5.13}}));
    CHECK(dock->areaText().startsWith(QStringLiteral("Area drawn on the map")));
    CHECK_FALSE(dock->findChild<QLineEdit*>(QStringLiteral("radius"))->isEnabled());
}

TEST_CASE("Confirmation states the plan and is deliberate: a typed word, Enter does nothing",
          "[ui][dispatch]")
{
    DockFixture d;
    const auto catalog = ChannelCatalog::builtIn();
    auto id = d.f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                        QStringLiteral("Utrecht centrum"));
    REQUIRE(id.ok());
    auto plan = d.session->workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(plan.ok());
    ConfirmDispatchDialog live(*plan, catalog);
    CHECK(live.summaryText().contains(QStringLiteral("14 message")));
    CHECK(live.summaryText().contains(QStringLiteral("Utrecht centrum")));
    CHECK_FALSE(live.confirmButton()->isEnabled());
    CHECK_FALSE(live.confirmButton()->isDefault());
    live.show();
    QTest::keyClicks(live.wordEdit(), QStringLiteral("LIV"));
    QTest::keyClick(live.wordEdit(), Qt::Key_Return);
    CHECK(live.isVisible());
    CHECK(live.result() == 0);
    QTest::keyClicks(live.wordEdit(), QStringLiteral("E"));
    CHECK(live.confirmButton()->isEnabled());
    QTest::keyClick(live.wordEdit(), Qt::Key_Return);
    CHECK(live.isVisible()); // still needs the click
    QTest::mouseClick(live.confirmButton(), Qt::LeftButton);
    CHECK(live.result() == QDialog::Accepted);
    CHECK(live.confirmation().confirmed);

    DispatchPlan training = *plan;
    training.mode = Mode::Training;
    ConfirmDispatchDialog t(training, catalog);
    const auto* liveBanner = live.findChild<QLabel*>(QStringLiteral("modeBanner"));
    const auto* trainingBanner = t.findChild<QLabel*>(QStringLiteral("modeBanner"));
    CHECK(liveBanner->text() != trainingBanner->text());
    CHECK(liveBanner->styleSheet() != trainingBanner->styleSheet());
    CHECK(t.confirmationWord() == QStringLiteral("TRAINING"));
}

TEST_CASE("A channel without a working sender is stated, and sent only when deferred on purpose",
          "[ui][dispatch]")
{
    // The session's own dispatcher: this workstation has no sender configured, so no channel
    // can send.
    DockFixture d(true);
    auto id = d.f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                        QStringLiteral("Utrecht centrum"));
    REQUIRE(id.ok());
    auto plan = d.session->workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(plan.ok());
    REQUIRE(plan->notReady().size() == 4);
    ConfirmDispatchDialog dialog(*plan, d.session->catalog());
    CHECK(dialog.summaryText().contains(QStringLiteral("no configured sender")));
    dialog.show();
    QTest::keyClicks(dialog.wordEdit(), QStringLiteral("LIVE"));
    // The word alone does not do it: every channel that cannot send must be ticked.
    CHECK_FALSE(dialog.confirmButton()->isEnabled());
    for (const Channel& c : plan->notReady())
        dialog.deferBox(c)->setChecked(true);
    CHECK(dialog.confirmButton()->isEnabled());

    // Without the deferral the service refuses; with it the rows wait in the outbox.
    CHECK_FALSE(d.session->workflow().submit(*plan, Confirmation::yes()).ok());
    auto state = d.session->workflow().submit(*plan, Confirmation::yes(plan->notReady()));
    REQUIRE(state.ok());
    CHECK(d.f.states(*id, BuiltinChannel::Sms).value(OutboxState::Queued) == 14);
}

TEST_CASE("Sending from the dock queues exactly the confirmed plan, and nothing unconfirmed",
          "[ui][dispatch]")
{
    DockFixture d;
    auto dock = d.dock();
    compose(*dock);
    DispatchPlan seen;
    dock->setConfirmer([&](const DispatchPlan& plan, QWidget*) -> std::optional<Confirmation> {
        seen = plan;
        return std::nullopt;
    });
    CHECK(dock->send() == 0);
    CHECK(seen.participants == 18);
    CHECK(rows(seen, BuiltinChannel::Sms) == 14);
    // Not confirmed: nothing queued, the draft withdrawn.
    auto all = d.session->workflow().actions(false);
    REQUIRE(all->size() == 1);
    CHECK(all->front().state == ActionState::Cancelled);
    CHECK(d.f.states(all->front().id, BuiltinChannel::Sms).isEmpty());

    dock->setConfirmer([](const DispatchPlan&, QWidget*) { return Confirmation::yes(); });
    const qint64 id = dock->send();
    REQUIRE(id > 0);
    CHECK(d.f.states(id, BuiltinChannel::Sms).value(OutboxState::Queued) == 14);
    CHECK(dock->sendStatus().contains(QString::number(id)));

    // An urgent action without any description is refused by the plan, with the reason.
    dock->clear();
    fill(*dock, "person.age", QString());
    dock->findChild<QComboBox*>(QStringLiteral("person.sex"))->setCurrentIndex(0);
    CHECK(dock->send() == 0);
    CHECK(dock->sendStatus().contains(QStringLiteral("description")));
}

TEST_CASE("Actions dock: every state apart, a failed broadcast never looks sent, retry, close",
          "[ui][dispatch]")
{
    DockFixture d;
    auto dock = d.actionsDock();
    QAbstractItemModelTester tester(dock->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ActionContent c = DispatchFixture::urgentContent();
    c.channels = {BuiltinChannel::Sms, BuiltinChannel::Email, BuiltinChannel::App};
    auto id = d.f.actions().createDraft(c, DispatchFixture::area(), QStringLiteral("centrum"));
    REQUIRE(d.f.actions().submit(*id).ok());
    d.f.sms().setScript([](const OutgoingMessage&, int call) {
        return call < 2 ? test::ScriptedSender::final() : test::ScriptedSender::ok();
    });
    d.f.app().setScript([](const OutgoingMessage&, int) { return test::ScriptedSender::final(); });
    auto worker = d.f.worker();
    d.f.drain(*worker);
    d.f.actions().refreshStates({*id});
    dock->selectAction(*id);
    CHECK(dock->currentActionId() == *id);
    // The list names the incident as the composer does, not by its stored id.
    CHECK(dock->model()->data(dock->model()->index(0, ActionTableModel::Incident)).toString() ==
          ActionWords::incident(c.incident));
    CHECK(dock->progressText().contains(QStringLiteral("SMS: 12 sent · 2 failed")));
    CHECK(dock->progressText().contains(QStringLiteral("E-mail: 18 sent")));
    // The app's one broadcast failed: it says so, it is not "1/1".
    CHECK(dock->progressText().contains(QStringLiteral("App: 1 failed")));
    ChannelProgressBar* app = nullptr;
    for (ChannelProgressBar* bar : dock->progressBars())
        if (bar->progress().channel == BuiltinChannel::App)
            app = bar;
    REQUIRE(app);
    CHECK(app->progress().reached() == 0);
    CHECK(dock->reminderText().startsWith(QStringLiteral("Closing message due in 30:00")));
    REQUIRE(dock->button(ActionStep::RetryFailed)->isEnabled());
    CHECK_FALSE(dock->button(ActionStep::Approve)->isEnabled());
    CHECK(dock->button(ActionStep::Cancel)->isEnabled());

    d.f.app().setScript({});
    QTest::mouseClick(dock->button(ActionStep::RetryFailed), Qt::LeftButton);
    d.f.drain(*worker);
    // The test's own workers post no counts, as the session's dispatcher would.
    d.session->progress().forget(*id);
    dock->refresh();
    CHECK(dock->progressText().contains(QStringLiteral("SMS: 14 sent")));

    d.f.clock().advance(31 * 60'000);
    dock->refresh();
    CHECK(dock->reminderText().startsWith(QStringLiteral("Closing message overdue")));

    ActionPrompts prompts = d.prompts();
    prompts.outcome = [](QWidget*) {
        return std::optional(std::pair{Outcome::PersonFound, QString()});
    };
    DispatchPlan closing;
    prompts.confirm = [&](QWidget*, const DispatchPlan& plan) -> std::optional<Confirmation> {
        closing = plan;
        return Confirmation::yes();
    };
    dock->setPrompts(prompts);
    QTest::mouseClick(dock->button(ActionStep::Close), Qt::LeftButton);
    REQUIRE(test::waitUntil(
        [&] { return (d.f.actions().action(*id)->state) == (ActionState::Closed); }, 5000));
    CHECK(closing.request.type == MessageType::Closing);
    CHECK(closing.participants == 18);
    // The dock shows it once the job that queued the closing message is over.
    CHECK(test::waitUntil([&] {
        return dock->model()
            ->data(dock->model()->index(0, ActionTableModel::State))
            .toString()
            .contains(QStringLiteral("closed"));
    }));
    CHECK_FALSE(dock->button(ActionStep::Cancel)->isEnabled());
}

TEST_CASE("Closing with messages not yet sent says how many, and reaches only those reached",
          "[ui][dispatch]")
{
    DockFixture d;
    auto dock = d.actionsDock();
    ActionContent c = DispatchFixture::urgentContent();
    c.channels = {BuiltinChannel::Sms};
    auto id = d.f.actions().createDraft(c, DispatchFixture::area(), QStringLiteral("centrum"));
    REQUIRE(d.f.actions().submit(*id).ok());
    DispatchConfig config;
    config.batchSize = 5;
    auto worker = d.f.worker(config);
    worker->processOnce(); // five of fourteen went out
    dock->selectAction(*id);
    ActionPrompts prompts = d.prompts();
    prompts.outcome = [](QWidget*) {
        return std::optional(std::pair{Outcome::Arrested, QString()});
    };
    DispatchPlan asked;
    bool confirm = false;
    prompts.confirm = [&](QWidget*, const DispatchPlan& plan) -> std::optional<Confirmation> {
        asked = plan;
        if (!confirm)
            return std::nullopt;
        return Confirmation::yes();
    };
    dock->setPrompts(prompts);
    // Asked first, with the number that will not go out; backing out changes nothing.
    QTest::mouseClick(dock->button(ActionStep::Close), Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return (asked.unsentRows) == (qint64(9)); }, 5000));
    CHECK(asked.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("9 message")));
    ConfirmDispatchDialog shown(asked, d.session->catalog());
    CHECK(shown.summaryText().contains(QStringLiteral("9 message(s) have not gone out yet")));
    CHECK(d.f.actions().action(*id)->state == ActionState::Sending);
    CHECK(d.f.states(*id, BuiltinChannel::Sms).value(OutboxState::Queued) == 9);

    // The button is back once the first plan's job is over.
    REQUIRE(test::waitUntil([&] { return !d.jobs->busy(); }));
    REQUIRE(dock->button(ActionStep::Close)->isEnabled());
    confirm = true;
    asked = DispatchPlan();
    QTest::mouseClick(dock->button(ActionStep::Close), Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return asked.unsentRows == 9; }, 5000));
    const bool closed = test::waitUntil(
        [&] { return (d.f.actions().action(*id)->state) == (ActionState::Closed); }, 5000);
    INFO(d.warned.join(QLatin1Char('\n')).toStdString());
    REQUIRE(closed);
    CHECK(d.warned.isEmpty());
    CHECK(d.f.states(*id, BuiltinChannel::Sms).value(OutboxState::Cancelled) == 9);
    d.f.drain(*worker);
    int closings = 0;
    for (const auto& m : d.f.sms().sent())
        closings += m.messageType == MessageType::Closing;
    CHECK(closings == 5); // only those reached
}

TEST_CASE("Actions dock: an update can grow the area to the one now on the map", "[ui][dispatch]")
{
    DockFixture d;
    auto dock = d.actionsDock();
    ActionContent c = DispatchFixture::urgentContent();
    c.channels = {BuiltinChannel::Email};
    auto id = d.f.actions().createDraft(c, DispatchFixture::area(500), QStringLiteral("centrum"));
    REQUIRE(d.f.actions().submit(*id).ok());
    auto worker = d.f.worker();
    d.f.drain(*worker);
    // What the session's dispatcher does when its workers report progress.
    d.session->progress().refreshStates({*id});
    const int first = d.f.email().calls();
    dock->selectAction(*id);
    dock->setAlertArea(DispatchFixture::area(1500));
    ActionPrompts prompts = d.prompts();
    prompts.text = [](QWidget*, const QString&, const QString&) {
        return std::optional<QString>(QStringLiteral("Nu richting Jaarbeurs."));
    };
    bool asked = false;
    prompts.choice = [&](QWidget*, const QString&, const QString&, const QString&, const QString&) {
        asked = true;
        return std::optional<bool>(true);
    };
    DispatchPlan update;
    prompts.confirm = [&](QWidget*, const DispatchPlan& plan) -> std::optional<Confirmation> {
        update = plan;
        return Confirmation::yes();
    };
    dock->setPrompts(prompts);
    REQUIRE(dock->button(ActionStep::Update)->isEnabled());
    QTest::mouseClick(dock->button(ActionStep::Update), Qt::LeftButton);
    CHECK(asked);
    // The update goes through the same confirmation, stating the newcomers.
    REQUIRE(test::waitUntil([&] { return (update.request.type) == (MessageType::Update); }, 5000));
    CHECK(update.newRecipients == 18 - first);
    REQUIRE(test::waitUntil(
        [&] { return (d.f.actions().action(*id)->state) == (ActionState::Updated); }, 5000));
    d.f.drain(*worker);
    // The earlier recipients get the update, the newcomers the alert: 18 alerts in all.
    int alerts = 0, updates = 0;
    for (const auto& m : d.f.email().sent()) {
        alerts += m.messageType == MessageType::Alert;
        updates += m.messageType == MessageType::Update;
    }
    CHECK(alerts == 18);
    CHECK(updates == first);
}

TEST_CASE("A live send above the threshold asks for the password again after confirming",
          "[ui][dispatch][security]")
{
    struct Prompt : ReauthPrompt
    {
        QString answer;
        int asked = 0;
        std::optional<QString> askPassword(const QString&) override
        {
            ++asked;
            return answer;
        }
    };
    Prompt prompt;
    int checked = 0;
    const ReauthGate::Verifier verifier = [&](const QString& password, QString* message) {
        ++checked;
        if (password == QStringLiteral("juist-wachtwoord"))
            return ReauthGate::Check::Right;
        *message = QStringLiteral("wrong");
        return ReauthGate::Check::Wrong;
    };
    DockFixture d(false, verifier, &prompt);
    test::setPolicy(d.f.db(), PolicyKey::ReauthRecipients, 10);
    auto dock = d.dock();
    dock->setConfirmer([](const DispatchPlan& plan, QWidget*) -> std::optional<Confirmation> {
        CHECK(plan.needsReauth);
        return Confirmation::yes();
    });
    compose(*dock);

    // 18 participants > 10: a wrong password (three tries) sends nothing.
    prompt.answer = QStringLiteral("fout");
    CHECK(dock->send() == 0);
    CHECK(prompt.asked == 3);
    CHECK(checked == 3);
    auto all = d.session->workflow().actions(false);
    REQUIRE(all->size() == 1);
    CHECK(all->front().state == ActionState::Cancelled);
    CHECK(d.f.states(all->front().id, BuiltinChannel::Sms).isEmpty());

    prompt.answer = QStringLiteral("juist-wachtwoord");
    const qint64 id = dock->send();
    REQUIRE(id > 0);
    CHECK(d.f.states(id, BuiltinChannel::Sms).value(OutboxState::Queued) == 14);
}

TEST_CASE("The voice preview has a Listen button that says why when no speech engine exists",
          "[ui][dispatch]")
{
    DockFixture d;
    auto dock = d.dock();
    compose(*dock);
    auto* voice = dock->findChild<ChannelPreview*>(QStringLiteral("preview-voice"));
    REQUIRE(voice);
    ListenButton* listen = voice->listenButton();
    REQUIRE(listen);
    const bool engines = !QTextToSpeech::availableEngines().isEmpty();
    CHECK(listen->isEnabled() == engines);
    CHECK_FALSE(listen->toolTip().isEmpty());
    if (!engines)
        CHECK(listen->toolTip().contains(QStringLiteral("engine")));
    listen->click(); // without an engine: nothing happens, nothing breaks
    // Only the voice preview speaks.
    auto* sms = dock->findChild<ChannelPreview*>(QStringLiteral("preview-sms"));
    REQUIRE(sms);
    CHECK(sms->listenButton() == nullptr);
}

TEST_CASE("A policy an administrator changes applies to the next plan of a running session",
          "[ui][dispatch][settings]")
{
    DockFixture d;
    auto id = d.f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                        QStringLiteral("centrum"));
    REQUIRE(id.ok());
    auto before = d.session->workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(before.ok());
    CHECK_FALSE(before->needsApproval);

    // At another workstation sharing the register, through the service and its record.
    AuditService administrator(d.f.auditService().log(),
                               Session{QStringLiteral("beheer"), Role::Administrator,
                                       QStringLiteral("mk-oost-02"), Mode::Live});
    SettingsService other(d.f.settings(), administrator, &d.f.db());
    REQUIRE(other.setPolicy(PolicyKey::ApprovalThreshold, 1).ok());
    // The session's own service may read it but, as a dispatcher's, not change it back.
    CHECK(d.session->settingsService().policy()->value(PolicyKey::ApprovalThreshold) == 1);
    CHECK_FALSE(d.session->settingsService().setPolicy(PolicyKey::ApprovalThreshold, 10000).ok());

    auto after = d.session->workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(after.ok());
    CHECK(after->needsApproval);
}
