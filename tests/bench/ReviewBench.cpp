// The review's statistics over a year of 20,000 actions with their outbox summaries (three
// channels each) and tips: target <= 1 s for the year's figures, as the dashboard and
// `burgernetctl report stats` read them, through ReviewService on a SQLite register.
#include "app/audit/AuditLog.h"
#include "app/core/Clock.h"
#include "app/reports/ReviewPdf.h"
#include "app/services/AuditService.h"
#include "app/services/ReviewService.h"
#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"
#include "tests/bench/BenchReport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <random>

using namespace burgernet;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

void exec(QSqlQuery& q)
{
    if (!q.exec())
        die(q.lastError().text());
}

// `count` closed actions spread over the year before `until`, each with its summary.
void fill(Database& db, int count, const QDateTime& until)
{
    static const char* types[] = {"woninginbraak",         "vermissing", "straatroof",
                                  "winkeldiefstal",        "overval",    "zakkenrollerij",
                                  "doorrijden-na-ongeval", "overig"};
    static const char* outcomes[] = {"arrested",  "useful_information", "no_result",
                                     "no_result", "useful_information", "person_found"};
    static const char* channels[] = {"sms", "voice", "email"};
    std::mt19937_64 rng(7);
    const qint64 end = until.toMSecsSinceEpoch();
    const qint64 year = 365LL * 24 * 3600 * 1000;
    SqlTransaction transaction(db.connection());
    QSqlQuery action(db.connection()), summary(db.connection()), channel(db.connection()),
        tip(db.connection());
    action.prepare(QStringLiteral(
        "INSERT INTO actions (kind, incident_type, mode, language, state, outcome, author, "
        "content, created_at, updated_at, sent_at, closed_at, workstation) VALUES ('urgent', ?, "
        "'live', 'nl', 'closed', ?, ?, '{}', ?, ?, ?, ?, ?)"));
    summary.prepare(QStringLiteral("INSERT INTO review_actions (action_id, area_kind, area_m2, "
                                   "radius_m, made_at) VALUES (?, 'circle', ?, ?, ?)"));
    channel.prepare(QStringLiteral(
        "INSERT INTO review_channels (action_id, channel, messages, messages_reached, "
        "recipients, reached, first_at, t90_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    tip.prepare(QStringLiteral("INSERT INTO action_tips (action_id, at, text, useful, author) "
                               "VALUES (?, ?, 'tip', ?, 'dispatcher')"));
    for (int i = 0; i < count; ++i) {
        const qint64 created = end - qint64(rng() % quint64(year));
        const qint64 sent = created + 120'000;
        const qint64 closed = sent + 1'800'000 + qint64(rng() % 3'600'000);
        action.addBindValue(QString::fromLatin1(types[rng() % 8]));
        action.addBindValue(QString::fromLatin1(outcomes[rng() % 6]));
        action.addBindValue(QStringLiteral("dispatcher-%1").arg(rng() % 40));
        action.addBindValue(created);
        action.addBindValue(closed);
        action.addBindValue(sent);
        action.addBindValue(closed);
        action.addBindValue(QStringLiteral("ws-%1").arg(i % 4));
        exec(action);
        const qint64 id = action.lastInsertId().toLongLong();
        const double radius = 500 + double(rng() % 3500);
        summary.addBindValue(id);
        summary.addBindValue(3.14159 * radius * radius);
        summary.addBindValue(radius);
        summary.addBindValue(closed);
        exec(summary);
        for (const char* c : channels) {
            const qint64 recipients = 50 + qint64(rng() % 2000);
            channel.addBindValue(id);
            channel.addBindValue(QString::fromLatin1(c));
            channel.addBindValue(recipients * 2);
            channel.addBindValue(recipients * 2 - 10);
            channel.addBindValue(recipients);
            channel.addBindValue(recipients - 5);
            channel.addBindValue(sent);
            channel.addBindValue(qint64(10'000 + rng() % 200'000));
            exec(channel);
        }
        for (int t = int(rng() % 4); t > 0; --t) {
            tip.addBindValue(id);
            tip.addBindValue(sent + qint64(rng() % 1'800'000));
            tip.addBindValue(int(rng() % 2));
            exec(tip);
        }
    }
    if (auto s = transaction.commit(); !s)
        die(s.errorMessage());
}

} // namespace

int main(int argc, char* argv[])
{
    // The period's PDF is painted with QtGui, which needs a platform for its fonts.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    bench::BenchReport report(QStringLiteral("review"));
    QTemporaryDir dir;
    auto opened = Database::open(DatabaseSpec::sqlite(dir.filePath(QStringLiteral("r.sqlite"))));
    if (!opened)
        die(opened.errorMessage());
    Database& db = **opened;
    const SystemClock clock;
    const int actions = qEnvironmentVariableIntValue("BENCH_REVIEW_ACTIONS") > 0
                            ? qEnvironmentVariableIntValue("BENCH_REVIEW_ACTIONS")
                            : 20'000;
    const QDateTime until = clock.nowUtc();
    QElapsedTimer timer;
    timer.start();
    fill(db, actions, until);
    report.figure(QStringLiteral("fill.seconds"), timer.elapsed() / 1000.0, QStringLiteral("s"),
                  QStringLiteral("%1 actions with summaries and tips").arg(actions));

    AuditLog::Options options;
    options.path = dir.filePath(QStringLiteral("audit.sqlite"));
    options.keyPath = dir.filePath(QStringLiteral("key"));
    options.workstation = QStringLiteral("bench");
    auto log = AuditLog::open(options, clock);
    if (!log)
        die(log.errorMessage());
    AuditService audit(**log, Session{QStringLiteral("chef"), Role::Supervisor,
                                      QStringLiteral("bench"), Mode::Live});
    ReviewService review(db, audit, clock);
    ReviewFilter yearFilter;
    yearFilter.from = until.addDays(-366);
    yearFilter.to = until.addSecs(60);
    qint64 counted = 0;
    const double yearMs = bench::medianMs(5, [&] {
        auto stats = review.stats(yearFilter);
        if (!stats)
            die(stats.errorMessage());
        counted = stats->actions;
    });
    if (counted != actions)
        die(QStringLiteral("counted %1 actions, expected %2").arg(counted).arg(actions));
    report.target(QStringLiteral("stats.year_ms"), yearMs, 1000, QStringLiteral("ms"));
    // The processor time of one such read: on a shared machine the wall clock also counts the
    // others' work.
    const std::clock_t cpuBefore = std::clock();
    (void)review.stats(yearFilter);
    report.figure(QStringLiteral("stats.year_cpu_ms"),
                  1000.0 * double(std::clock() - cpuBefore) / CLOCKS_PER_SEC, QStringLiteral("ms"));
    ReviewFilter monthFilter = yearFilter;
    monthFilter.from = until.addDays(-31);
    const double monthMs = bench::medianMs(5, [&] {
        auto stats = review.stats(monthFilter);
        if (!stats)
            die(stats.errorMessage());
    });
    report.figure(QStringLiteral("stats.month_ms"), monthMs, QStringLiteral("ms"));
    const double overviewMs = bench::medianMs(5, [&] {
        auto rows = review.overview(monthFilter);
        if (!rows)
            die(rows.errorMessage());
    });
    report.figure(QStringLiteral("overview.month_ms"), overviewMs, QStringLiteral("ms"),
                  QStringLiteral("about 1,700 rows"));
    // The same year at one of four workstations, and the year's PDF (figures and charts).
    ReviewFilter workstationFilter = yearFilter;
    workstationFilter.workstation = QStringLiteral("ws-1");
    const double workstationMs = bench::medianMs(5, [&] {
        auto stats = review.stats(workstationFilter);
        if (!stats || stats->actions != (actions + 2) / 4)
            die(QStringLiteral("the workstation's year: %1").arg(stats ? stats->actions : -1));
    });
    report.target(QStringLiteral("stats.year_workstation_ms"), workstationMs, 1000,
                  QStringLiteral("ms"));
    auto yearStats = review.stats(yearFilter);
    if (!yearStats)
        die(yearStats.errorMessage());
    qint64 pdfBytes = 0;
    const double pdfMs = bench::medianMs(3, [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (auto s = ReviewPdf::writePeriod(*yearStats, Mode::Live, buffer); !s)
            die(s.errorMessage());
        pdfBytes = buffer.size();
    });
    report.figure(QStringLiteral("pdf.period_year_ms"), pdfMs, QStringLiteral("ms"),
                  QStringLiteral("%1 bytes, writing only").arg(pdfBytes));
    return report.finish();
}
