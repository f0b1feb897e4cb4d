// Approval with content and the checks before sending, through the services the window and
// burgernetctl share and through the real burgernetctl executable: an approver rejects with a
// reason, the author sees it and the audit log has both; the overlap with recent actions and the
// area assistant with fixed areas and times; the duplicate guard; the estimates per channel.
#include "app/audit/AuditQuery.h"
#include "app/core/SettingsKeys.h"
#include "app/ctl/CtlContext.h"
#include "app/dispatch/ChannelStatus.h"
#include "app/services/AreaAssistant.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/AuditRecords.h"
#include "tests/support/PolicyForTests.h"
#include "tests/support/StorageTest.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

const QString kReason = QStringLiteral("Signalement te vaag: de kleding ontbreekt");

const AuditRecord* find(const std::vector<AuditRecord>& records, const QString& result)
{
    for (const AuditRecord& r : records)
        if (r.result == result)
            return &r;
    return nullptr;
}

// Participant i of the fixture stands 0.0012° of longitude (82 m) east of the centre per step:
// 0, 82, 164, ... 1395 m.
GeoArea circleEast(double metresEast, double radius)
{
    return GeoArea::circle(geo::destination(DispatchFixture::centre(), 90, metresEast), radius);
}

} // namespace

void rejectWithReason(DatabaseKind kind)
{
    DispatchFixture f(kind);
    test::setPolicy(f.db(), PolicyKey::ApprovalThreshold, 10);
    auto id = f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                      QStringLiteral("centrum"));
    REQUIRE(id.ok());
    REQUIRE(*f.actions().submit(*id) == ActionState::AwaitingApproval);
    auto chef = f.servicesFor(QStringLiteral("chef"), Role::Supervisor);

    // The approver sees whose it is and how long it has waited, every channel's text and count.
    f.clock().advance(4 * 60 * 1000);
    auto plan = chef->workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(plan.ok());
    CHECK(plan->approving);
    CHECK(plan->author == QStringLiteral("centralist.west"));
    CHECK(plan->submittedAt.secsTo(plan->preparedAt) == 240);
    REQUIRE(plan->messages.size() == 1);
    CHECK(plan->messages.front().message.find(QStringLiteral("nl"), Channel::sms()));
    CHECK(plan->messages.front().message.find(QStringLiteral("nl"), Channel::voice()));

    // The rules are the service's: a reason, no personal data in it, the approve permission, and
    // the author never approves their own.
    auto empty = chef->reject(*id, QStringLiteral("  "));
    CHECK(empty.errorMessage().startsWith(QStringLiteral("Reason:")));
    auto phone = chef->reject(*id, QStringLiteral("Bel de melder op 06-12345678"));
    CHECK(phone.errorMessage().startsWith(QStringLiteral("Reason:")));
    CHECK_FALSE(f.actions().reject(*id, kReason).ok()); // a dispatcher may not
    CHECK_FALSE(f.actions().approve(*id).ok());         // nor approve their own
    CHECK(f.actions().action(*id)->state == ActionState::AwaitingApproval);

    REQUIRE(chef->reject(*id, kReason).ok());
    auto a = f.actions().action(*id);
    CHECK(a->state == ActionState::Draft);
    CHECK(a->sentBack());
    CHECK(a->rejectionReason == kReason);
    CHECK(a->rejectedBy == QStringLiteral("chef"));
    auto events = f.actions().events(*id);
    REQUIRE(events.ok());
    CHECK(events->last().event == QStringLiteral("reject"));
    CHECK(events->last().detail == kReason);

    // The audit log has both: the submission by the author and the rejection with its reason.
    const auto submitted = f.records(QStringLiteral("action.submit"));
    REQUIRE(find(submitted, QStringLiteral("ok")));
    CHECK(find(submitted, QStringLiteral("ok"))->actor == QStringLiteral("centralist.west"));
    const auto rejected = f.records(QStringLiteral("action.reject"));
    const AuditRecord* ok = find(rejected, QStringLiteral("ok"));
    REQUIRE(ok);
    CHECK(ok->actor == QStringLiteral("chef"));
    CHECK(ok->onBehalfOf == QStringLiteral("centralist.west"));
    CHECK(ok->objectId == QString::number(*id));
    CHECK(ok->details.contains(kReason));
    CHECK(find(rejected, QStringLiteral("denied"))); // the dispatcher's try

    // Put right and submitted again, it is no longer "sent back", and the approver approves.
    REQUIRE(*f.actions().submit(*id) == ActionState::AwaitingApproval);
    CHECK_FALSE(f.actions().action(*id)->sentBack());
    // While it waits it cannot be changed, and the refusal names its state in words.
    auto waiting = f.actions().workflow().updateDraft(*id, DispatchFixture::urgentContent(),
                                                      DispatchFixture::area(), QStringLiteral("x"));
    CHECK(waiting.errorMessage().contains(QStringLiteral("awaiting approval")));
    CHECK_FALSE(waiting.errorMessage().contains(QStringLiteral("awaiting_approval")));
    REQUIRE(chef->approve(*id).ok());
    CHECK(f.actions().action(*id)->approver == QStringLiteral("chef"));
    CHECK(find(f.records(QStringLiteral("action.approve")), QStringLiteral("ok")));
}

BURGERNET_STORAGE_TEST("An approver rejects with a reason, the author sees it, the audit log has "
                       "both",
                       rejectWithReason)

TEST_CASE("The overlap with an action of the last hours: its number, type, time and the "
          "participants inside both",
          "[approval][overlap]")
{
    DispatchFixture f;
    // A: 530 m around the centre holds participants 0..6. Sent at the fake clock's start.
    ActionContent burglary = DispatchFixture::urgentContent();
    burglary.incident = IncidentType::Burglary;
    auto first = f.actions().createDraft(burglary, GeoArea::circle(DispatchFixture::centre(), 530),
                                         QStringLiteral("A"));
    REQUIRE(first.ok());
    REQUIRE(*f.actions().submit(*first) == ActionState::Sending);
    const QDateTime sentAt = f.actions().action(*first)->sentAt;

    // B: 600 m around a point 950 m east holds participants 5..17; 5 and 6 are in both.
    f.clock().advance(90 * 60 * 1000);
    auto second = f.actions().createDraft(DispatchFixture::urgentContent(), circleEast(950, 600),
                                          QStringLiteral("B"));
    REQUIRE(second.ok());
    auto plan = f.actions().plan(*second);
    REQUIRE(plan.ok());
    CHECK(plan->participants == 13);
    CHECK(plan->overlapHours == 2);
    REQUIRE(plan->overlaps.size() == 1);
    CHECK(plan->overlaps.front().actionId == *first);
    CHECK(plan->overlaps.front().incident == IncidentType::Burglary);
    CHECK(plan->overlaps.front().sentAt == sentAt);
    CHECK(plan->overlaps.front().sharedParticipants == 2);
    bool said = false;
    for (const QString& w : plan->warnings)
        said = said || (w.contains(QStringLiteral("action %1").arg(*first)) &&
                        w.contains(QStringLiteral("woninginbraak")) &&
                        w.contains(QStringLiteral("2 participant")));
    CHECK(said);

    // Far away: no overlap.
    auto far = f.actions().createDraft(DispatchFixture::urgentContent(), circleEast(5000, 600),
                                       QStringLiteral("C"));
    CHECK(f.actions().plan(*far)->overlaps.isEmpty());

    // Two and a half hours after A: outside the 2 hours, until the setting is 3.
    f.clock().advance(60 * 60 * 1000);
    CHECK(f.actions().plan(*second)->overlaps.isEmpty());
    test::setPolicy(f.db(), PolicyKey::OverlapHours, 3);
    CHECK(f.actions().plan(*second)->overlaps.size() == 1);
    test::setPolicy(f.db(), PolicyKey::OverlapHours, 0);
    CHECK(f.actions().plan(*second)->overlaps.isEmpty());
}

TEST_CASE("The area assistant: a radius from the incident type and the minutes, the table "
          "changed by an administrator only and recorded",
          "[approval][assistant]")
{
    DispatchFixture f;
    AreaAssistant dispatcher(f.db(), f.auditService(), f.clock());
    // Straatroof: cycling at 15 km/h; 10 minutes: 2.5 km.
    auto robbery = dispatcher.suggest(IncidentType::StreetRobbery, 10);
    REQUIRE(robbery.ok());
    CHECK(robbery->mode == TravelMode::Cycling);
    CHECK(robbery->radius == 2500);
    CHECK(robbery->walking == 850); // 833 m, to 50 m
    CHECK(robbery->car == 5000);    // 5.8 km, held at the type's largest
    const GeoArea ring = robbery->circle(DispatchFixture::centre());
    CHECK(ring.kind() == GeoArea::Kind::Circle);
    CHECK(ring.radiusMetres() == 2500);
    CHECK(dispatcher.suggest(IncidentType::Burglary, 0)->radius == 500); // the smallest
    CHECK(dispatcher.suggest(IncidentType::HitAndRun, 30)->radius == 17500);
    CHECK(dispatcher.suggest(IncidentType::Missing, 60)->radius == 4000);
    CHECK(dispatcher.suggest(IncidentType::Other, -1)
              .errorMessage()
              .startsWith(QStringLiteral("Minutes:")));
    CHECK_FALSE(dispatcher.suggest(IncidentType::Other, 241).ok());

    AreaRadiusRule faster = robbery->rule;
    faster.cyclingKmh = 20;
    CHECK_FALSE(dispatcher.setRule(faster).ok()); // a dispatcher may not
    AuditService admin(f.auditService().log(),
                       Session{QStringLiteral("beheer"), Role::Administrator,
                               QStringLiteral("mk-west-01"), Mode::Live});
    AreaAssistant administrator(f.db(), admin, f.clock());
    AreaRadiusRule wrong = faster;
    wrong.walkingKmh = 0;
    CHECK(administrator.setRule(wrong).errorMessage().startsWith(QStringLiteral("Walking:")));
    REQUIRE(administrator.setRule(faster).ok());
    CHECK(dispatcher.suggest(IncidentType::StreetRobbery, 10)->radius == 3350);
    auto rules = dispatcher.rules();
    REQUIRE(rules.ok());
    CHECK(rules->size() == allIncidentTypes().size());
    const AreaRadiusRule& stored =
        rules->at(int(allIncidentTypes().indexOf(IncidentType::StreetRobbery)));
    CHECK(stored.changedBy == QStringLiteral("beheer"));
    const auto changes = f.records(QStringLiteral("area.rule"));
    REQUIRE(find(changes, QStringLiteral("ok")));
    CHECK(find(changes, QStringLiteral("ok"))->objectId == QStringLiteral("straatroof"));
    CHECK(find(changes, QStringLiteral("denied")));
}

namespace {
// A dispatcher whose SMS worker keeps to 5 a second at 7 cents a part.
class PacedSms final : public ChannelStatusSource
{
public:
    ChannelStatus status(const Channel& channel) const override
    {
        ChannelStatus s{channel, ChannelReadiness::Ready};
        if (channel == Channel::sms()) {
            s.limitPerSecond = 5;
            s.costPerMessage = 0.07;
        }
        return s;
    }
};
} // namespace

TEST_CASE("The duplicate guard, the large-area warning and the estimates per channel",
          "[approval][duplicate]")
{
    DispatchFixture f;
    ActionContent content = DispatchFixture::urgentContent();
    content.incidentNumber = QStringLiteral("P-2026-0042");
    auto first = f.actions().createDraft(content, DispatchFixture::area(), QStringLiteral("A"));
    REQUIRE(first.ok());
    REQUIRE(f.actions().submit(*first).ok());
    CHECK(f.actions().action(*first)->content.incidentNumber == QStringLiteral("P-2026-0042"));

    auto second = f.actions().createDraft(content, DispatchFixture::area(), QStringLiteral("B"));
    REQUIRE(second.ok());
    auto plan = f.actions().plan(*second);
    REQUIRE(plan->duplicates.size() == 1);
    CHECK(plan->duplicates.front().actionId == *first);
    CHECK(plan->incidentNumber == QStringLiteral("P-2026-0042"));
    auto refused = f.actions().workflow().submit(*plan, Confirmation::yes());
    CHECK_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("already open")));
    CHECK(f.actions().action(*second)->state == ActionState::Draft);
    bool deniedDuplicate = false;
    for (const AuditRecord& r : f.records(QStringLiteral("action.send")))
        deniedDuplicate = deniedDuplicate || (r.result == QLatin1String("denied") &&
                                              r.details.contains(QStringLiteral("duplicate")));
    CHECK(deniedDuplicate);
    Confirmation meant = Confirmation::yes();
    meant.allowDuplicate = true;
    REQUIRE(f.actions().workflow().submit(*plan, meant).ok());
    // Another number: no question.
    content.incidentNumber = QStringLiteral("P-2026-0043");
    auto third = f.actions().createDraft(content, DispatchFixture::area(), QStringLiteral("C"));
    CHECK(f.actions().plan(*third)->duplicates.isEmpty());

    // The map's warning threshold, repeated in the plan; time and cost from the SMS worker.
    f.settings().setValue(keys::MapParticipantWarning, 10);
    PacedSms paced;
    f.actions().workflow().setChannelStatus(&paced);
    auto large = f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                         QStringLiteral("D"));
    auto estimated = f.actions().plan(*large);
    REQUIRE(estimated.ok());
    CHECK(estimated->largeArea);
    CHECK(estimated->largeAreaThreshold == 10);
    const PlannedChannel* sms = nullptr;
    for (const PlannedChannel& c : estimated->channels)
        if (c.channel == Channel::sms())
            sms = &c;
    REQUIRE(sms);
    CHECK(sms->rows == 14); // those with a mobile number
    CHECK(sms->finishSeconds == Approx(14 / 5.0));
    CHECK(sms->cost == Approx(14 * 2 * 0.07)); // the description makes two parts
    for (const PlannedChannel& c : estimated->channels)
        if (c.channel != Channel::sms())
            CHECK(c.cost < 0); // no price declared
}

namespace {

// The real burgernetctl on the fixture's register, with settings and accounts of its own.
struct Ctl
{
    explicit Ctl(DispatchFixture& f)
        : db(f.spec().sqlitePath)
    {
        REQUIRE(home.isValid());
        accounts.as(QStringLiteral("centralist"), Role::Dispatcher);
        accounts.as(QStringLiteral("chef"), Role::Supervisor);
    }
    QStringList base() const
    {
        return {QStringLiteral("--db"), db, QStringLiteral("--audit-log"),
                home.filePath(QStringLiteral("audit.sqlite"))};
    }
    test::CtlRun run(const QStringList& args)
    {
        return test::runCtlProcess(base() + args, home.path());
    }
    test::CtlRun as(const QString& user, const QStringList& args)
    {
        return run(QStringList{QStringLiteral("--user"), user, QStringLiteral("--password-file"),
                               accounts.passwordFile(user)} +
                   args);
    }
    static QStringList send(const QString& incidentNumber = {})
    {
        QStringList args{QStringLiteral("action"),    QStringLiteral("send"),
                         QStringLiteral("--type"),    QStringLiteral("straatroof"),
                         QStringLiteral("--circle"),  QStringLiteral("52.0894,5.11,1500"),
                         QStringLiteral("--text"),    QStringLiteral("Man met rode jas"),
                         QStringLiteral("--channel"), QStringLiteral("sms"),
                         QStringLiteral("--yes"),     QStringLiteral("--json")};
        if (!incidentNumber.isEmpty())
            args << QStringLiteral("--incident-number") << incidentNumber;
        return args;
    }
    std::vector<AuditRecord> records(const QString& action)
    {
        return test::auditRecords(home.filePath(QStringLiteral("audit.sqlite")), action, 100);
    }

    QTemporaryDir home;
    QString db;
    test::CtlAccounts accounts{base(), home.path()};
};

QJsonObject json(const test::CtlRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("burgernetctl: review, reject with a reason, the author sees it in action status, the "
          "audit log has both",
          "[approval][ctl]")
{
    DispatchFixture f;
    test::setPolicy(f.db(), PolicyKey::ApprovalThreshold, 10);
    Ctl ctl(f);
    auto sent = ctl.as(QStringLiteral("centralist"), Ctl::send());
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == ExitOk);
    const qint64 id = json(sent).value(QStringLiteral("id")).toInteger();
    CHECK(json(sent).value(QStringLiteral("state")).toString() ==
          QStringLiteral("awaiting_approval"));

    auto review = ctl.as(QStringLiteral("chef"),
                         {QStringLiteral("action"), QStringLiteral("review"), QString::number(id)});
    INFO(review.err.toStdString());
    REQUIRE(review.exitCode == ExitOk);
    CHECK(review.out.contains(QStringLiteral("Submitted by centralist")));
    CHECK(review.out.contains(QStringLiteral("Text SMS (nl)")));
    CHECK(review.out.contains(QStringLiteral("Man met rode jas")));

    auto noReason = ctl.as(QStringLiteral("chef"), {QStringLiteral("action"),
                                                    QStringLiteral("reject"), QString::number(id)});
    CHECK(noReason.exitCode == ExitUsage);
    auto rejected =
        ctl.as(QStringLiteral("chef"), {QStringLiteral("action"), QStringLiteral("reject"),
                                        QString::number(id), QStringLiteral("--reason"), kReason});
    INFO(rejected.err.toStdString());
    REQUIRE(rejected.exitCode == ExitOk);

    auto status =
        ctl.as(QStringLiteral("centralist"), {QStringLiteral("action"), QStringLiteral("status"),
                                              QString::number(id), QStringLiteral("--json")});
    REQUIRE(status.exitCode == ExitOk);
    const QJsonObject back = json(status).value(QStringLiteral("rejected")).toObject();
    CHECK(json(status).value(QStringLiteral("state")).toString() == QStringLiteral("draft"));
    CHECK(back.value(QStringLiteral("reason")).toString() == kReason);
    CHECK(back.value(QStringLiteral("by")).toString() == QStringLiteral("chef"));
    CHECK(back.value(QStringLiteral("current")).toBool());
    auto words = ctl.as(QStringLiteral("centralist"),
                        {QStringLiteral("action"), QStringLiteral("status"), QString::number(id)});
    CHECK(words.out.contains(QStringLiteral("Sent back by chef")));
    CHECK(words.out.contains(kReason));

    const auto submits = ctl.records(QStringLiteral("action.submit"));
    const AuditRecord* submit = find(submits, QStringLiteral("ok"));
    REQUIRE(submit);
    CHECK(submit->actor == QStringLiteral("centralist"));
    const auto rejects = ctl.records(QStringLiteral("action.reject"));
    const AuditRecord* reject = find(rejects, QStringLiteral("ok"));
    REQUIRE(reject);
    CHECK(reject->actor == QStringLiteral("chef"));
    CHECK(reject->details.contains(kReason));
}

TEST_CASE("burgernetctl: the duplicate guard refuses without --allow-duplicate, and area suggest",
          "[approval][ctl]")
{
    DispatchFixture f;
    Ctl ctl(f);
    auto first = ctl.as(QStringLiteral("centralist"), Ctl::send(QStringLiteral("P-77")));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == ExitOk);
    const qint64 firstId = json(first).value(QStringLiteral("id")).toInteger();

    auto again = ctl.as(QStringLiteral("centralist"), Ctl::send(QStringLiteral("P-77")));
    CHECK(again.exitCode == ExitFailure);
    CHECK(again.err.contains(QStringLiteral("already open")));
    CHECK(again.err.contains(QStringLiteral("--allow-duplicate")));
    CHECK(again.err.contains(QStringLiteral("action %1").arg(firstId)));
    // Nothing queued for the refused one: its draft is withdrawn.
    auto all = f.actions().workflow().actions(false);
    REQUIRE(all->size() == 2);
    CHECK(all->front().state == ActionState::Cancelled);

    auto meant = ctl.as(QStringLiteral("centralist"), Ctl::send(QStringLiteral("P-77"))
                                                          << QStringLiteral("--allow-duplicate"));
    INFO(meant.err.toStdString());
    REQUIRE(meant.exitCode == ExitOk);
    const QJsonObject result = json(meant);
    REQUIRE(result.value(QStringLiteral("duplicates")).toArray().size() == 1);
    CHECK(result.value(QStringLiteral("overlaps")).toArray().size() == 1); // the same area
    CHECK(result.value(QStringLiteral("overlaps"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("shared_participants"))
              .toInt() == 18);

    auto suggest =
        ctl.run({QStringLiteral("area"), QStringLiteral("suggest"), QStringLiteral("--type"),
                 QStringLiteral("straatroof"), QStringLiteral("--minutes"), QStringLiteral("10"),
                 QStringLiteral("--json")});
    INFO(suggest.err.toStdString());
    REQUIRE(suggest.exitCode == ExitOk);
    const QJsonObject s = json(suggest);
    CHECK(s.value(QStringLiteral("radius")).toInt() == 2500);
    CHECK(s.value(QStringLiteral("mode")).toString() == QStringLiteral("cycling"));
    auto bad =
        ctl.run({QStringLiteral("area"), QStringLiteral("suggest"), QStringLiteral("--type"),
                 QStringLiteral("inbraak"), QStringLiteral("--minutes"), QStringLiteral("10")});
    CHECK(bad.exitCode == ExitUsage);
    CHECK(bad.err.contains(QStringLiteral("--type")));
    auto rule =
        ctl.as(QStringLiteral("centralist"),
               {QStringLiteral("area"), QStringLiteral("rule"), QStringLiteral("straatroof"),
                QStringLiteral("--cycling"), QStringLiteral("20")});
    CHECK(rule.exitCode == ExitFailure); // only an administrator
}
