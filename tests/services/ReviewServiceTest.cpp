// The review on a register with a month of demo history, on SQLite and PostgreSQL: the figures
// read from the summaries equal those read from the outbox rows, filters select, live and
// training stay apart, and reading is recorded and refused to those without ViewReports.
#include "app/services/ReviewService.h"

#include "app/audit/AuditQuery.h"
#include "app/register/DemoPopulation.h"
#include "app/services/AuditService.h"
#include "app/services/DemoHistory.h"
#include "app/services/ReviewStore.h"
#include "app/storage/Database.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

Session as(const QString& user, Role role)
{
    return Session{user, role, u"mk-west-07"_s, Mode::Training};
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void reviewFigures(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto opened = Database::open(temp->spec());
    REQUIRE(opened.ok());
    Database& db = **opened;
    REQUIRE(DemoPopulation::generate(db, 400, 2).ok());
    test::AuditFixture audit;
    AuditService workstation(audit.log(), as(u"ops"_s, Role::Workstation));
    AuditService supervisor(audit.log(), as(u"chef"_s, Role::Supervisor));
    DemoHistory::Options options;
    options.months = 1;
    options.seed = 5;
    options.actionsPerMonth = 40;
    options.until = audit.clock().nowUtc();
    auto added = DemoHistory(db, workstation).add(options);
    INFO(added.errorMessage().toStdString());
    REQUIRE(added.ok());
    REQUIRE(*added == 40);

    // Before any summary the figures come from the outbox rows.
    auto fromOutbox = ReviewStore(db).stats({}, Mode::Training);
    REQUIRE(fromOutbox.ok());
    ReviewService review(db, supervisor, audit.clock());
    auto stats = review.stats({});
    REQUIRE(stats.ok());
    const qint64 finished =
        scalar(db, u"SELECT COUNT(*) FROM actions WHERE state IN ('closed', 'cancelled')"_s);
    CHECK(scalar(db, u"SELECT COUNT(*) FROM review_actions"_s) == finished);
    CHECK(stats->actions == 40);
    CHECK(fromOutbox->actions == 40);
    CHECK(stats->success.closed == fromOutbox->success.closed);
    CHECK(stats->success.direct == fromOutbox->success.direct);
    CHECK(stats->success.indirect == fromOutbox->success.indirect);
    CHECK(stats->closed == fromOutbox->closed);
    CHECK(stats->closedOnTime == fromOutbox->closedOnTime);
    CHECK(stats->tips == fromOutbox->tips);
    REQUIRE(stats->channels.size() == fromOutbox->channels.size());
    qint64 messages = 0;
    for (qsizetype i = 0; i < stats->channels.size(); ++i) {
        const ChannelFigures& a = stats->channels[i];
        const ChannelFigures& b = fromOutbox->channels[i];
        INFO(a.channel.toStdString());
        CHECK(a.channel == b.channel);
        CHECK(a.messages == b.messages);
        CHECK(a.messagesReached == b.messagesReached);
        CHECK(a.recipients == b.recipients);
        CHECK(a.reached == b.reached);
        messages += a.messages;
    }
    CHECK(messages == scalar(db, u"SELECT COUNT(*) FROM outbox"_s));
    // Only the summaries know how long 90 % took.
    CHECK(stats->channels.first().actionsWith90 > 0);
    CHECK(stats->channels.first().averageT90Seconds > 0);
    qint64 perType = 0;
    for (qint64 n : stats->perType)
        perType += n;
    CHECK(perType == 40);
    CHECK(stats->actionsReaching == finished);

    // Message fatigue, counted here from the alert rows of the 30 days before now.
    {
        const qint64 end = audit.clock().nowUtc().toMSecsSinceEpoch();
        QSqlQuery q(db.connection());
        REQUIRE(
            q.exec(u"SELECT participant_id, action_id FROM outbox WHERE message_type = "
                   "'alert' AND state IN ('sent', 'delivered') AND participant_id IS NOT "
                   "NULL AND created_at >= %1 AND created_at < %2"_s.arg(end - 30LL * 86'400'000)
                       .arg(end)));
        QHash<qint64, QSet<qint64>> actionsOf;
        while (q.next())
            actionsOf[q.value(0).toLongLong()].insert(q.value(1).toLongLong());
        qint64 fatigued = 0;
        for (const QSet<qint64>& actions : std::as_const(actionsOf))
            fatigued += actions.size() > 3 ? 1 : 0;
        CHECK(stats->alertedLast30Days == qint64(actionsOf.size()));
        CHECK(stats->alertedLast30Days > 0);
        CHECK(stats->fatiguedLast30Days == fatigued);
    }

    // The overview: every action, its channels; a type filter keeps that type only.
    auto rows = review.overview({});
    REQUIRE(rows.ok());
    CHECK(rows->size() == 40);
    qint64 recipients = 0;
    for (const ReviewRow& r : *rows)
        recipients += r.recipients();
    qint64 channelRecipients = 0;
    for (const ChannelFigures& c : stats->channels)
        channelRecipients += c.recipients;
    CHECK(recipients == channelRecipients);
    ReviewFilter burglary;
    burglary.incident = IncidentType::Burglary;
    auto burglaries = review.overview(burglary);
    REQUIRE(burglaries.ok());
    CHECK(burglaries->size() == stats->perType.value(IncidentType::Burglary));
    for (const ReviewRow& r : *burglaries)
        CHECK(r.incident == IncidentType::Burglary);
    ReviewFilter nobody;
    nobody.dispatcher = u"niemand"_s;
    CHECK(review.overview(nobody)->isEmpty());
    // By workstation: the actions made there, in the overview and the figures alike.
    ReviewFilter west;
    west.workstation = u"mk-west-02"_s;
    const qint64 atWest = scalar(db, u"SELECT COUNT(*) FROM actions WHERE workstation = "
                                     "'mk-west-02' AND sent_at IS NOT NULL"_s);
    CHECK(atWest > 0);
    CHECK(atWest < 40);
    auto westRows = review.overview(west);
    REQUIRE(westRows.ok());
    CHECK(westRows->size() == atWest);
    for (const ReviewRow& r : *westRows)
        CHECK(r.workstation == u"mk-west-02"_s);
    CHECK(review.stats(west)->actions == atWest);
    // Live and training are never counted together.
    ReviewFilter live;
    live.mode = Mode::Live;
    CHECK(review.stats(live)->actions == 0);

    // One action's report: its steps in time order, its delivery curves.
    auto report = review.action(rows->last().id);
    REQUIRE(report.ok());
    CHECK(!report->timeline.isEmpty());
    for (qsizetype i = 1; i < report->timeline.size(); ++i)
        CHECK(report->timeline[i - 1].at <= report->timeline[i].at);
    CHECK(!report->curves.isEmpty());

    // Each read is recorded; a dispatcher is refused, and that is recorded too.
    AuditService dispatcher(audit.log(), as(u"centralist"_s, Role::Dispatcher));
    CHECK(!ReviewService(db, dispatcher, audit.clock()).stats({}).ok());
    auto query = AuditQuery::open(audit.path());
    REQUIRE(query.ok());
    AuditFilter filter;
    filter.action = u"report.stats"_s;
    auto records = (*query)->page(filter, 0, 100);
    REQUIRE(records.ok());
    int denied = 0, ok = 0;
    for (const AuditRecord& r : *records)
        (r.result == u"denied"_s ? denied : ok)++;
    CHECK(denied == 1);
    CHECK(ok == 3);

    // A report written to a file: the export is in the log before the writer runs.
    const auto exports = [&] {
        auto q = AuditQuery::open(audit.path());
        REQUIRE(q.ok());
        AuditFilter f;
        f.action = u"report.export"_s;
        auto page = (*q)->page(f, 0, 100);
        REQUIRE(page.ok());
        return page->size();
    };
    QTemporaryDir out;
    bool wrote = false;
    auto period =
        review.exportPeriod(west, out.filePath(u"periode.pdf"_s), u"pdf"_s,
                            [&](const ReviewStats& s, Mode mode, QIODevice& device) -> Status {
                                CHECK(exports() == 1);
                                CHECK(s.actions == atWest);
                                CHECK(mode == Mode::Training);
                                wrote = device.write("%PDF-") == 5;
                                return {};
                            });
    REQUIRE(period.ok());
    CHECK(wrote);
    CHECK(QFile::exists(out.filePath(u"periode.pdf"_s)));
    // A writer that fails leaves no file, and its failure is recorded after the export.
    auto broken = review.exportAction(rows->first().id, out.filePath(u"actie.pdf"_s), u"pdf"_s,
                                      [&](const ActionReport& r, QIODevice&) -> Status {
                                          CHECK(r.row.id == rows->first().id);
                                          CHECK(!r.area.isEmpty());
                                          return Error{u"kapot"_s};
                                      });
    CHECK(!broken.ok());
    CHECK(!QFile::exists(out.filePath(u"actie.pdf"_s)));
    CHECK(exports() == 3);
}

} // namespace

BURGERNET_STORAGE_TEST("The review's figures from summaries equal those from the outbox",
                       reviewFigures)
