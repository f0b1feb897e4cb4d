#include "ui/dispatch/DispatchDock.h"

#include "app/dispatch/Outbox.h"
#include "app/services/ReauthGate.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "ui/dispatch/ActionTableModel.h"
#include "ui/dispatch/ActionsDock.h"
#include "ui/dispatch/ChannelPreview.h"
#include "ui/dispatch/ConfirmDispatchDialog.h"
#include "ui/senders/ListenButton.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextToSpeech>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

void fill(DispatchDock& dock, const char* name, const QString& text)
{
    auto* edit = dock.findChild<QLineEdit*>(QLatin1String(name));
    REQUIRE(edit);
    edit->setText(text);
}

void compose(DispatchDock& dock)
{
    dock.setIncidentLocation(DispatchFixture::centre(), QStringLiteral("Utrecht Centraal"));
    auto* incident = dock.findChild<QComboBox*>(QStringLiteral("incident"));
    incident->setCurrentIndex(incident->findData(QStringLiteral("straatroof")));
    dock.findChild<QComboBox*>(QStringLiteral("person.sex"))->setCurrentIndex(1);
    fill(dock, "person.age", QStringLiteral("25"));
    fill(dock, "person.clothing", QStringLiteral("een zwarte jas"));
    dock.findChild<QSpinBox*>(QStringLiteral("radius"))->setValue(1500);
    dock.refreshPreview();
}

} // namespace

TEST_CASE("Dispatch dock: live preview with SMS limits, UCS-2 marks, warnings and counts",
          "[ui][dispatch]")
{
    DispatchFixture f;
    DispatchDock dock(f.actions(), f.selection(), f.clock());
    compose(dock);
    ChannelPreview* sms = dock.preview(QStringLiteral("sms"));
    REQUIRE(sms);
    CHECK(sms->limitsText().startsWith(QStringLiteral("GSM-7")));
    CHECK(dock.recipientsText().startsWith(QStringLiteral("18 participant")));
    CHECK(dock.warnings().isEmpty());

    fill(dock, "person.clothing", QStringLiteral("een jas met “Zoë” erop"));
    fill(dock, "person.particulars", QStringLiteral("de verdachte heeft ca. 2 tassen"));
    dock.refreshPreview();
    CHECK(sms->limitsText().startsWith(QStringLiteral("UCS-2")));
    CHECK(sms->shownHtml().contains(QStringLiteral("#ffb300")));
    CHECK(dock.warnings().size() == 2);
    const QString voice = dock.preview(QStringLiteral("voice"))->limitsText();
    CHECK(voice.contains(QStringLiteral("seconds")));

    // Only a notice can be scheduled.
    auto* later = dock.findChild<QCheckBox*>(QStringLiteral("sendLater"));
    REQUIRE(later);
    CHECK_FALSE(later->isEnabled());
    auto* kind = dock.findChild<QComboBox*>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("notice")));
    CHECK(later->isEnabled());
    later->setChecked(true);
    CHECK(dock.content().scheduledAt.isValid());
}

TEST_CASE("Confirmation states the mode and is deliberate: a typed word, Enter does nothing",
          "[ui][dispatch]")
{
    DispatchSummary s;
    s.channels = {QStringLiteral("sms"), QStringLiteral("app")};
    s.perChannel = {{QStringLiteral("sms"), 14}, {QStringLiteral("app"), 1}};
    s.participants = 18;
    s.areaDescription = QStringLiteral("Utrecht centrum");
    ConfirmDispatchDialog live(s);
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

    s.mode = Mode::Training;
    ConfirmDispatchDialog training(s);
    const auto* liveBanner = live.findChild<QLabel*>(QStringLiteral("modeBanner"));
    const auto* trainingBanner = training.findChild<QLabel*>(QStringLiteral("modeBanner"));
    CHECK(liveBanner->text() != trainingBanner->text());
    CHECK(liveBanner->styleSheet() != trainingBanner->styleSheet());
    CHECK(training.confirmationWord() == QStringLiteral("TRAINING"));
}

TEST_CASE("Sending from the dock queues the outbox only after confirmation", "[ui][dispatch]")
{
    DispatchFixture f;
    DispatchDock dock(f.actions(), f.selection(), f.clock());
    compose(dock);
    DispatchSummary seen;
    dock.setConfirmer([&](const DispatchSummary& s, QWidget*) {
        seen = s;
        return false;
    });
    CHECK(dock.send() == 0);
    CHECK(seen.participants == 18);
    CHECK(seen.perChannel.value(QStringLiteral("sms")) == 14);
    // Not confirmed: nothing queued, the draft withdrawn.
    auto all = f.actions().actions(false);
    REQUIRE(all->size() == 1);
    CHECK(all->front().state == ActionState::Cancelled);
    CHECK(f.states(all->front().id, QStringLiteral("sms")).isEmpty());

    dock.setConfirmer([](const DispatchSummary&, QWidget*) { return true; });
    const qint64 id = dock.send();
    REQUIRE(id > 0);
    CHECK(f.states(id, QStringLiteral("sms")).value(outbox::Queued) == 14);
}

TEST_CASE("Actions dock: progress per channel, retry failed, close with outcome, cancel",
          "[ui][dispatch]")
{
    DispatchFixture f;
    ActionsDock dock(f.actions(), f.clock(), f.settings());
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ActionContent c = DispatchFixture::urgentContent();
    c.channels = {QStringLiteral("sms"), QStringLiteral("email")};
    auto id = f.actions().createDraft(c, DispatchFixture::area(), QStringLiteral("centrum"));
    REQUIRE(f.actions().submit(*id).ok());
    f.sms().setScript([](const OutgoingMessage&, int call) {
        return call < 2 ? test::ScriptedSender::final() : test::ScriptedSender::ok();
    });
    auto worker = f.worker();
    f.drain(*worker);
    f.actions().refreshStates({*id});
    dock.refresh();
    dock.selectAction(*id);
    CHECK(dock.currentActionId() == *id);
    CHECK(dock.progressText().contains(
        QStringLiteral("sms: queued 0 · sent 12 · delivered 0 · failed 2")));
    CHECK(dock.progressText().contains(QStringLiteral("email: queued 0 · sent 18")));
    CHECK(dock.reminderText().startsWith(QStringLiteral("Closing message due in 30:00")));
    REQUIRE(dock.button(QStringLiteral("retryFailed"))->isEnabled());
    CHECK_FALSE(dock.button(QStringLiteral("approve"))->isEnabled());
    CHECK(dock.button(QStringLiteral("cancel"))->isEnabled());

    QTest::mouseClick(dock.button(QStringLiteral("retryFailed")), Qt::LeftButton);
    f.drain(*worker);
    dock.refresh();
    CHECK(dock.progressText().contains(QStringLiteral("sms: queued 0 · sent 14")));

    f.clock().advance(31 * 60'000);
    dock.refresh();
    CHECK(dock.reminderText().startsWith(QStringLiteral("Closing message overdue")));

    ActionPrompts prompts;
    prompts.outcome = [](QWidget*) {
        return std::optional(std::pair{Outcome::PersonFound, QString()});
    };
    dock.setPrompts(prompts);
    QTest::mouseClick(dock.button(QStringLiteral("close")), Qt::LeftButton);
    CHECK(f.actions().action(*id)->state == ActionState::Closed);
    CHECK(dock.model()
              ->data(dock.model()->index(0, ActionTableModel::State))
              .toString()
              .contains(QStringLiteral("closed")));
    CHECK_FALSE(dock.button(QStringLiteral("cancel"))->isEnabled());
}

TEST_CASE("Actions dock: an update can grow the area to the one now on the map", "[ui][dispatch]")
{
    DispatchFixture f;
    ActionsDock dock(f.actions(), f.clock(), f.settings());
    ActionContent c = DispatchFixture::urgentContent();
    c.channels = {QStringLiteral("email")};
    auto id = f.actions().createDraft(c, DispatchFixture::area(500), QStringLiteral("centrum"));
    REQUIRE(f.actions().submit(*id).ok());
    auto worker = f.worker();
    f.drain(*worker);
    const int first = f.email().calls();
    dock.refresh();
    dock.selectAction(*id);
    dock.setAlertArea(DispatchFixture::area(1500));
    ActionPrompts prompts;
    prompts.text = [](QWidget*, const QString&, const QString&) {
        return std::optional<QString>(QStringLiteral("Nu richting Jaarbeurs."));
    };
    bool asked = false;
    prompts.choice = [&](QWidget*, const QString&, const QString&, const QString&, const QString&) {
        asked = true;
        return std::optional<bool>(true);
    };
    dock.setPrompts(prompts);
    REQUIRE(dock.button(QStringLiteral("update"))->isEnabled());
    QTest::mouseClick(dock.button(QStringLiteral("update")), Qt::LeftButton);
    CHECK(asked);
    f.drain(*worker);
    // The earlier recipients get the update, the newcomers the alert: 18 alerts in all.
    int alerts = 0, updates = 0;
    for (const auto& m : f.email().sent()) {
        alerts += m.messageType == QLatin1String("alert");
        updates += m.messageType == QLatin1String("update");
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
    DispatchFixture f;
    Prompt prompt;
    ReauthGate gate(
        f.auditService(), 10,
        [](const QString& password, QString* message) {
            if (password == QStringLiteral("juist-wachtwoord"))
                return ReauthGate::Check::Right;
            *message = QStringLiteral("wrong");
            return ReauthGate::Check::Wrong;
        },
        &prompt);
    DispatchDock dock(f.actions(), f.selection(), f.clock());
    dock.setReauthGate(&gate);
    dock.setConfirmer([](const DispatchSummary&, QWidget*) { return true; });
    compose(dock);

    // 18 participants > 10: a wrong password (three tries) sends nothing.
    prompt.answer = QStringLiteral("fout");
    CHECK(dock.send() == 0);
    CHECK(prompt.asked == 3);
    auto all = f.actions().actions(false);
    REQUIRE(all->size() == 1);
    CHECK(all->front().state == ActionState::Cancelled);
    CHECK(f.states(all->front().id, QStringLiteral("sms")).isEmpty());

    prompt.answer = QStringLiteral("juist-wachtwoord");
    const qint64 id = dock.send();
    REQUIRE(id > 0);
    CHECK(f.states(id, QStringLiteral("sms")).value(outbox::Queued) == 14);
}

TEST_CASE("The voice preview has a Listen button that says why when no speech engine exists",
          "[ui][dispatch]")
{
    DispatchFixture f;
    DispatchDock dock(f.actions(), f.selection(), f.clock());
    compose(dock);
    auto* voice = dock.findChild<ChannelPreview*>(QStringLiteral("preview-voice"));
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
    auto* sms = dock.findChild<ChannelPreview*>(QStringLiteral("preview-sms"));
    REQUIRE(sms);
    CHECK(sms->listenButton() == nullptr);
}
