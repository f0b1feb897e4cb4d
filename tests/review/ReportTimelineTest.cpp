// One action's report and replay through ReviewService on SQLite and PostgreSQL, after a real
// run of the workflow: the timeline merges the register's steps, the outbox, the tips, the areas
// and the audit log's records; the replay shows each area from its moment, the tips, the
// recipients reached as cells of at least three; both reads are recorded and refused to a
// dispatcher.
#include "app/services/ReportTimeline.h"

#include "app/audit/AuditQuery.h"
#include "app/services/ReviewFormats.h"
#include "app/services/ReviewService.h"
#include "tests/review/ReplayScenario.h"
#include "tests/support/StorageTest.h"

#include <QJsonArray>

using namespace burgernet;
using namespace Qt::StringLiterals;
using test::DispatchFixture;

namespace {

const TimelineEntry* find(const ActionReport& r, const QString& what)
{
    for (const TimelineEntry& e : r.timeline)
        if (e.what == what)
            return &e;
    return nullptr;
}

void mergedTimelineAndReplay(DatabaseKind kind)
{
    DispatchFixture f(kind, 0, u"chef"_s, Role::Supervisor);
    const test::ReplayScenario s = test::runReplayScenario(f);
    REQUIRE(s.alertedFirst > 0);
    REQUIRE(s.alerted > s.alertedFirst);

    ReviewService review(f.db(), f.auditService(), f.clock());
    auto report = review.action(s.id);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());

    // The areas, from their moments, the second one larger.
    REQUIRE(report->areas.size() == 2);
    CHECK(report->areas[0].at == s.sent);
    CHECK(report->areas[1].at == s.grown);
    CHECK(report->areas[1].km2 > 6 * report->areas[0].km2);
    const TimelineEntry* area = find(*report, u"area"_s);
    const TimelineEntry* grown = find(*report, u"area_grown"_s);
    REQUIRE(area);
    REQUIRE(grown);
    CHECK(area->detail == u"circle 600 m, 1.13 km2"_s);
    CHECK(grown->detail.endsWith(u"circle 1500 m, 7.07 km2"_s));

    // The register's steps carry their audit record's number; the channels' batches come from
    // the audit log alone, summed up per channel; the review's own reads are left out.
    for (const QString& step : {u"create"_s, u"send"_s, u"update"_s, u"close"_s}) {
        const TimelineEntry* e = find(*report, step);
        INFO(step.toStdString());
        REQUIRE(e);
        CHECK(e->source == u"register+audit"_s);
        CHECK(e->seq > 0);
        CHECK(e->actor == u"chef"_s);
    }
    const TimelineEntry* useful = find(*report, u"tip_useful"_s);
    REQUIRE(useful);
    CHECK(useful->source == u"tips+audit"_s);
    CHECK(useful->at == s.firstTip);
    int batches = 0;
    for (const TimelineEntry& e : report->timeline) {
        CHECK_FALSE(e.what.startsWith(u"report."_s));
        CHECK_FALSE(e.detail.contains(u"Jaarbeurs"_s)); // no words of tips or messages
        if (e.what == u"dispatch.batch"_s) {
            ++batches;
            CHECK(e.source == u"audit"_s);
            CHECK(e.detail.contains(u"sent="_s));
        }
    }
    CHECK(batches == 2); // sms and email
    CHECK(find(*report, u"first_message"_s)->source == u"outbox"_s);
    CHECK(
        std::is_sorted(report->timeline.begin(), report->timeline.end(),
                       [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; }));
    const QJsonObject json = ReviewFormats::reportJson(*report);
    CHECK(json.value(u"areas"_s).toArray().size() == 2);
    CHECK(json.value(u"timeline"_s).toArray().size() == report->timeline.size());

    // The replay: the area in force, the tips and the recipients reached at each moment.
    auto replay = review.replay(s.id);
    INFO(replay.errorMessage().toStdString());
    REQUIRE(replay.ok());
    const ReplayData& d = *replay;
    CHECK(d.areas.size() == 2);
    CHECK(d.tips.size() == 2);
    CHECK(d.recipients == s.alerted);
    CHECK(d.closed == s.closed);
    CHECK(d.end >= s.closed);
    CHECK(d.areaIndexAt(s.sent.addSecs(-1)) == -1);
    CHECK(d.areaIndexAt(s.sent) == 0);
    CHECK(d.areaIndexAt(s.grown.addSecs(-1)) == 0);
    CHECK(d.areaIndexAt(s.grown) == 1);
    CHECK(d.reachedAt(s.sent.addSecs(-1)) == 0);
    CHECK(d.reachedAt(s.firstTip) == s.alertedFirst);
    CHECK(d.reachedAt(d.end) == s.alerted);
    CHECK(d.tipsAt(s.firstTip) == 1);
    CHECK(d.tipsAt(s.secondTip) == 2);
    CHECK_FALSE(d.closedAt(s.closed.addSecs(-1)));
    CHECK(d.closedAt(s.closed));
    // Cells, never addresses: none with fewer than three recipients, together most of them.
    REQUIRE(!d.cells.empty());
    qint64 inCells = 0;
    for (const ReplayCell& c : d.cells) {
        CHECK(c.recipients >= ReplayData::kMinCellRecipients);
        CHECK(c.reachedBy(d.end.toMSecsSinceEpoch()) == c.recipients);
        inCells += c.recipients;
    }
    CHECK(inCells <= d.recipients);
    CHECK(inCells * 2 > d.recipients);

    // Both reads recorded; a dispatcher may neither.
    CHECK(f.records(u"report.action"_s).size() == 1);
    CHECK(f.records(u"report.replay"_s).size() == 1);
    AuditService dispatcherAudit(
        f.auditService().log(),
        Session{u"centralist.west"_s, Role::Dispatcher, u"mk-west-08"_s, Mode::Live});
    ReviewService refused(f.db(), dispatcherAudit, f.clock());
    CHECK_FALSE(refused.replay(s.id).ok());
    CHECK_FALSE(refused.action(s.id).ok());
    int denied = 0;
    for (const AuditRecord& r : f.records(u"report."_s))
        denied += r.result == u"denied"_s;
    CHECK(denied == 2);
}

} // namespace

BURGERNET_STORAGE_TEST("One action's report merges the audit log into its timeline, its replay "
                       "shows areas, tips and reach over time",
                       mergedTimelineAndReplay)

TEST_CASE("A merged timeline folds batches per channel, keeps refusals and leaves out reads",
          "[review]")
{
    ActionReport report;
    report.row.id = 7;
    const QDateTime t0(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC);
    report.timeline = {{t0, u"create"_s, u"ops"_s, QString()},
                       {t0.addSecs(60), u"send"_s, u"ops"_s, u"sending (12)"_s}};
    const auto record = [&](qint64 seq, int seconds, const QString& action, const QString& result,
                            const QString& details) {
        AuditRecord r;
        r.seq = seq;
        r.timeUtc = t0.addSecs(seconds).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
        r.actor = action.startsWith(u"dispatch"_s) ? u"system"_s : u"ops"_s;
        r.action = action;
        r.objectType = u"action"_s;
        r.objectId = u"7"_s;
        r.result = result;
        r.details = details;
        return r;
    };
    ReportTimeline::mergeAudit(
        report,
        {record(1, 0, u"action.create"_s, u"ok"_s, u"{}"_s),
         record(2, 30, u"send.reauth"_s, u"denied"_s, u"{\"reason\":\"no-password\"}"_s),
         record(3, 61, u"action.send"_s, u"ok"_s, u"{\"rows\":12}"_s),
         record(4, 62, u"dispatch.batch"_s, u"ok"_s, u"{\"channel\":\"sms\",\"sent\":10}"_s),
         record(5, 64, u"dispatch.batch"_s, u"ok"_s,
                u"{\"channel\":\"sms\",\"sent\":1,\"failed\":1}"_s),
         record(6, 90, u"report.action"_s, u"ok"_s, u"{}"_s),
         record(7, 95, u"action.view"_s, u"denied"_s, u"{}"_s)});
    REQUIRE(report.timeline.size() == 4);
    CHECK(report.timeline[0].source == u"register+audit"_s);
    CHECK(report.timeline[0].seq == 1);
    CHECK(report.timeline[1].what == u"send.reauth"_s);
    CHECK(report.timeline[1].source == u"audit"_s);
    CHECK(report.timeline[1].detail == u"denied, reason=no-password"_s);
    CHECK(report.timeline[2].seq == 3);
    CHECK(report.timeline[3].what == u"dispatch.batch"_s);
    CHECK(report.timeline[3].at == t0.addSecs(64));
    CHECK(report.timeline[3].detail == u"sms: failed=1, sent=11 (2 records)"_s);
}

namespace {

void retryAfterSummary(DatabaseKind kind)
{
    // Five of the SMS fail at first; the action is closed and summarised with them.
    DispatchFixture f(kind, 20, u"chef"_s, Role::Supervisor);
    f.sms().setScript([](const OutgoingMessage&, int call) {
        return call < 5 ? test::ScriptedSender::final() : test::ScriptedSender::ok();
    });
    ActionContent content = DispatchFixture::urgentContent();
    content.channels = {BuiltinChannel::Sms};
    auto id = f.actions().createDraft(content, DispatchFixture::area(), u"Utrecht Centraal"_s);
    REQUIRE(id.ok());
    REQUIRE(f.actions().submit(*id).ok());
    auto worker = f.worker();
    f.drain(*worker);
    auto closed = f.actions().close(*id, Outcome::NoResult, u"De man is niet gevonden."_s);
    INFO(closed.errorMessage().toStdString());
    REQUIRE(closed.ok());
    f.drain(*worker);

    ReviewService review(f.db(), f.auditService(), f.clock());
    const auto smsOf = [&]() -> ReviewChannel {
        auto rows = review.overview({});
        REQUIRE(rows.ok());
        for (const ReviewRow& r : *rows)
            if (r.id == *id)
                for (const ReviewChannel& c : r.channels)
                    if (c.channel == u"sms"_s)
                        return c;
        FAIL("no SMS figures for the action");
        return {};
    };
    const ReviewChannel before = smsOf();
    REQUIRE(before.recipients > 5);
    CHECK(before.reached == before.recipients - 5);

    // A retry of the failed ones, after the close: the figures follow once they are sent.
    auto retried = f.actions().retryFailed(*id);
    REQUIRE(retried.ok());
    CHECK(*retried == 5);
    f.drain(*worker);
    const ReviewChannel after = smsOf();
    CHECK(after.recipients == before.recipients);
    CHECK(after.reached == before.recipients);
}

} // namespace

BURGERNET_STORAGE_TEST("A retry of failed messages after the close is counted in the review's "
                       "figures",
                       retryAfterSummary)
