#include "app/core/SettingsKeys.h"
#include "app/dispatch/Outbox.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/PolicyForTests.h"
#include "tests/support/StorageTest.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <set>

using namespace burgernet;
using test::DispatchFixture;

namespace {

qint64 draft(DispatchFixture& f, ActionContent content = DispatchFixture::urgentContent(),
             double metres = 1500)
{
    auto id = f.actions().createDraft(content, DispatchFixture::area(metres),
                                      QStringLiteral("Utrecht centrum"));
    REQUIRE(id.ok());
    return *id;
}

qint64 rows(const DispatchPlan& plan, BuiltinChannel channel)
{
    for (const PlannedChannel& c : plan.channels)
        if (c.channel == channel)
            return c.rows;
    return 0;
}

QJsonObject details(const AuditRecord& r)
{
    return QJsonDocument::fromJson(r.details.toUtf8()).object();
}

// 20 participants, the last two far away: 18 in the area. Every fourth (i % 4 == 3) wants only
// e-mail: 3, 7, 11, 15 -> 4 of the 18. Voice and SMS: 14 each.
void urgentActionFromDraftToClosingMessage(DatabaseKind kind)
{
    DispatchFixture f(kind);
    const qint64 id = draft(f);
    auto summary = f.actions().plan(id);
    REQUIRE(summary.ok());
    CHECK(summary->participants == 18);
    CHECK(rows(*summary, BuiltinChannel::Sms) == 14);
    CHECK(rows(*summary, BuiltinChannel::Voice) == 14);
    CHECK(rows(*summary, BuiltinChannel::Email) == 18);
    CHECK(rows(*summary, BuiltinChannel::App) == 1);
    CHECK_FALSE(summary->needsApproval);
    CHECK(summary->refusal.isEmpty());

    auto state = f.actions().submit(id);
    REQUIRE(state.ok());
    CHECK(*state == ActionState::Sending);
    // Durable before anything is sent: the rows and the audit record are there, nothing went.
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Queued) == 14);
    CHECK(f.sms().calls() == 0);
    const auto sendRecords = f.records(QStringLiteral("action.send"));
    REQUIRE(sendRecords.size() == 1);
    CHECK(details(sendRecords[0]).value(QStringLiteral("rows")).toInt() == 14 + 14 + 18 + 1);

    auto worker = f.worker();
    f.drain(*worker);
    CHECK(f.sms().calls() == 14);
    CHECK(f.email().calls() == 18);
    CHECK(f.app().calls() == 1);
    // One message per person per channel, even with two addresses in the area.
    std::set<QString> smsTo;
    for (const auto& m : f.sms().sent())
        smsTo.insert(m.recipient);
    CHECK(smsTo.size() == 14);
    const auto firstSms = f.sms().sent().front();
    CHECK(firstSms.text.contains(QStringLiteral("0800-0011")));
    CHECK(firstSms.messageType == MessageType::Alert);
    CHECK_FALSE(firstSms.participantPseudonym.isEmpty());
    CHECK(f.app().sent().front().recipient.isEmpty());
    CHECK_FALSE(f.app().sent().front().areaGeoJson.isEmpty());
    // English speakers (i % 5 == 4) read English.
    int english = 0;
    for (const auto& m : f.email().sent())
        if (m.language == QLatin1String("en")) {
            ++english;
            CHECK(m.subject.startsWith(QStringLiteral("Burgernet appeal")));
        }
    CHECK(english == 3); // participants 4, 9 and 14; 19 lives far away
    f.actions().refreshStates({id});
    CHECK(f.actions().action(id)->state == ActionState::Sent);

    REQUIRE(f.actions().sendUpdate(id, QStringLiteral("De man heeft zijn pet afgezet.")).ok());
    f.drain(*worker);
    CHECK(f.sms().calls() == 28);
    CHECK(f.sms().sent().back().messageType == MessageType::Update);
    CHECK(f.actions().action(id)->state == ActionState::Updated);

    Tip tip;
    tip.lat = 52.09;
    tip.lon = 5.11;
    tip.text = QStringLiteral("Man gezien bij de Jaarbeurs");
    tip.useful = true;
    REQUIRE(f.actions().logTip(id, tip).ok());
    CHECK(f.actions().tips(id)->size() == 1);

    REQUIRE(f.actions().close(id, Outcome::Arrested).ok());
    f.drain(*worker);
    const auto closed = f.actions().action(id);
    CHECK(closed->state == ActionState::Closed);
    CHECK(closed->outcome == Outcome::Arrested);
    CHECK(f.sms().calls() == 42);
    CHECK(f.sms().sent().back().messageType == MessageType::Closing);
    CHECK(f.sms().sent().back().text.contains(QStringLiteral("aangehouden")));

    // Every step in the audit log, no personal data in any of them.
    for (const char* a : {"action.create", "action.send", "action.sent", "action.update",
                          "action.tip", "action.close"})
        CHECK(f.records(QLatin1String(a)).size() >= 1);
    for (const auto& r : f.records(QStringLiteral("action.")))
        CHECK_FALSE(r.details.contains(QStringLiteral("+316")));
    const auto events = f.actions().events(id);
    REQUIRE(events.ok());
    CHECK(events->size() >= 5);
}
BURGERNET_STORAGE_TEST("An urgent action goes from draft to closing message",
                       urgentActionFromDraftToClosingMessage)

void approvalByASecondUser(DatabaseKind kind)
{
    DispatchFixture f(kind);
    test::setPolicy(f.db(), PolicyKey::ApprovalThreshold, 10);
    const qint64 id = draft(f);
    auto state = f.actions().submit(id);
    REQUIRE(state.ok());
    CHECK(*state == ActionState::AwaitingApproval);
    CHECK(f.states(id, BuiltinChannel::Sms).isEmpty());

    // The author cannot approve, even with the permission.
    auto self = f.servicesFor(QStringLiteral("centralist.west"), Role::Supervisor);
    CHECK_FALSE(self->approve(id).ok());
    // A dispatcher lacks the permission.
    auto other = f.servicesFor(QStringLiteral("centralist.oost"), Role::Dispatcher);
    CHECK_FALSE(other->approve(id).ok());
    CHECK(f.records(QStringLiteral("action.approve")).size() == 2);
    // A supervisor can.
    auto supervisor = f.servicesFor(QStringLiteral("chef.van.dienst"), Role::Supervisor);
    REQUIRE(supervisor->approve(id).ok());
    const auto approved = f.actions().action(id);
    CHECK(approved->state == ActionState::Sending);
    CHECK(approved->approver == QStringLiteral("chef.van.dienst"));
    CHECK(f.states(id, BuiltinChannel::Sms).value(OutboxState::Queued) == 14);

    // Every non-urgent notice is reviewed, whatever its size.
    test::setPolicy(f.db(), PolicyKey::ApprovalThreshold, 100000);
    ActionContent notice = DispatchFixture::urgentContent();
    notice.kind = ActionKind::Notice;
    notice.freeText = QStringLiteral("Getuigen gezocht van een aanrijding.");
    const qint64 n = draft(f, notice);
    CHECK(*f.actions().submit(n) == ActionState::AwaitingApproval);
}
BURGERNET_STORAGE_TEST("Large actions and every notice need a second user's approval",
                       approvalByASecondUser)

void permissionsAndConsent(DatabaseKind kind)
{
    DispatchFixture f(kind, 20, QStringLiteral("gemeente.utrecht"), Role::MunicipalEditor);
    // A municipal editor may compose but not send an urgent action.
    const qint64 id = draft(f);
    CHECK_FALSE(f.actions().submit(id).ok());
    CHECK(f.records(QStringLiteral("action.send")).front().result == QStringLiteral("denied"));

    DispatchFixture d(kind);
    ActionContent missing = DispatchFixture::urgentContent();
    missing.incident = IncidentType::Missing;
    const qint64 m = draft(d, missing);
    auto refused = d.actions().submit(m);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("consent")));
}
BURGERNET_STORAGE_TEST("Permissions are checked and a missing person needs consent",
                       permissionsAndConsent)

void growingAreaAndDailyLimit(DatabaseKind kind)
{
    DispatchFixture f(kind);
    const qint64 id = draft(f, DispatchFixture::urgentContent(), 500);
    REQUIRE(f.actions().submit(id).ok());
    auto worker = f.worker();
    f.drain(*worker);
    const int firstEmails = f.email().calls();
    CHECK(firstEmails > 0);
    CHECK(firstEmails < 18);
    // The area grows: the newcomers get the full alert, the others only the update.
    REQUIRE(
        f.actions()
            .sendUpdate(id, QStringLiteral("Nu richting Jaarbeurs."), DispatchFixture::area(1500))
            .ok());
    f.drain(*worker);
    int alerts = 0, updates = 0;
    for (const auto& m : f.email().sent()) {
        alerts += m.messageType == MessageType::Alert;
        updates += m.messageType == MessageType::Update;
    }
    CHECK(alerts == 18);
    CHECK(updates == firstEmails);
    for (const auto& m : f.email().sent())
        if (m.messageType == MessageType::Alert && m.text.contains(QStringLiteral("Jaarbeurs")))
            --alerts;
    CHECK(alerts == firstEmails); // only the newcomers' alert carries the news

    // Daily limit: a third alert of the day is not sent to the same people.
    test::setPolicy(f.db(), PolicyKey::DailyLimit, 2);
    const qint64 second = draft(f);
    REQUIRE(f.actions().submit(second).ok());
    const qint64 third = draft(f);
    auto summary = f.actions().plan(third);
    REQUIRE(summary.ok());
    CHECK(summary->overDailyLimit == 18);
    CHECK(rows(*summary, BuiltinChannel::Email) == 0);
}
BURGERNET_STORAGE_TEST("A growing area alerts only newcomers; the daily limit holds",
                       growingAreaAndDailyLimit)

void cancelStopsWhatHasNotGoneOut(DatabaseKind kind)
{
    DispatchFixture f(kind);
    const qint64 id = draft(f);
    REQUIRE(f.actions().submit(id).ok());
    DispatchConfig config;
    config.batchSize = 5;
    auto worker = f.worker(config);
    worker->processOnce(); // five of each channel go out
    REQUIRE(f.actions().cancel(id, QStringLiteral("Persoon is gevonden.")).ok());
    const int smsBefore = f.sms().calls();
    CHECK(smsBefore == 5);
    f.drain(*worker);
    // The five who got the alert get the cancel message; the rest get nothing.
    CHECK(f.sms().calls() == 10);
    CHECK(f.sms().sent().back().messageType == MessageType::Cancel);
    const auto sms = f.states(id, BuiltinChannel::Sms);
    CHECK(sms.value(OutboxState::Cancelled) == 9);
    CHECK(f.actions().action(id)->state == ActionState::Cancelled);
    CHECK(f.records(QStringLiteral("action.cancel")).size() == 1);
}
BURGERNET_STORAGE_TEST("Cancel stops what has not gone out and tells those reached",
                       cancelStopsWhatHasNotGoneOut)

void templatesAreAdministered(DatabaseKind kind)
{
    DispatchFixture f(kind);
    CHECK_FALSE(
        f.actions()
            .setTemplate(QStringLiteral("nl"), QStringLiteral("alert.sms"), QStringLiteral("x"))
            .ok());
    auto admin = f.servicesFor(QStringLiteral("beheer"), Role::Administrator);
    REQUIRE(admin
                ->setTemplate(QStringLiteral("nl"), QStringLiteral("alert.sms"),
                              QStringLiteral("BN {description}. Bel {callback}."))
                .ok());
    CHECK_FALSE(
        admin->setTemplate(QStringLiteral("nl"), QStringLiteral("no.such"), QStringLiteral("x"))
            .ok());
    // Another service (a restart) reads the replacement from the register.
    auto later = f.servicesFor(QStringLiteral("centralist.west"), Role::Dispatcher);
    const ComposedMessage m =
        later->preview(DispatchFixture::urgentContent(), DispatchFixture::area(), {});
    CHECK(m.find(QStringLiteral("nl"), BuiltinChannel::Sms)
              ->text.startsWith(QStringLiteral("BN een man")));
    CHECK(f.records(QStringLiteral("template.change")).size() == 2);
}
BURGERNET_STORAGE_TEST("Templates are changed by an administrator only, and kept",
                       templatesAreAdministered)

} // namespace
