// The statistics dashboard in the console's own session (ConsoleSession and its window), on a
// register with demo history: every chart's series hold the figures ReviewStore computes for
// the same filter, the programme's figures are drawn as reference lines, training results are
// read apart and purple, and each read is recorded.
#include "ui/review/StatisticsDashboard.h"

#include "app/audit/AuditQuery.h"
#include "app/core/Settings.h"
#include "app/register/DemoPopulation.h"
#include "app/services/AuditService.h"
#include "app/services/DemoHistory.h"
#include "app/services/ReviewStore.h"
#include "app/storage/Database.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/AuditRecords.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/review/ReviewDock.h"
#include "ui/review/ReviewTableModel.h"
#include "ui/review/StatisticsCharts.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

struct DashboardConsole
{
    QTemporaryDir dir;
    test::AuditFixture audit;
    std::unique_ptr<Database> db;
    std::unique_ptr<Settings> settings = Settings::atFile(dir.filePath(u"s.ini"_s));
    std::unique_ptr<ConsoleSession> console;

    DashboardConsole()
    {
        auto opened = Database::open(DatabaseSpec::sqlite(dir.filePath(u"register.sqlite"_s)));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(DemoPopulation::generate(*db, 300, 4).ok());
        for (Mode mode : {Mode::Live, Mode::Training}) {
            AuditService workstation(audit.log(),
                                     Session{u"ops"_s, Role::Workstation, u"mk-west-07"_s, mode});
            DemoHistory::Options options;
            options.months = mode == Mode::Live ? 3 : 1;
            options.seed = 11;
            options.actionsPerMonth = mode == Mode::Live ? 40 : 12;
            options.until = audit.clock().nowUtc();
            auto added = DemoHistory(*db, workstation).add(options);
            INFO(added.errorMessage().toStdString());
            REQUIRE(added.ok());
        }
    }

    MainWindow* start()
    {
        const Session session{u"supervisor"_s, Role::Supervisor, u"mk-west-07"_s, Mode::Live};
        console = std::make_unique<ConsoleSession>(
            ConsoleSession::Inputs{session, *db, *db, audit.log(), *settings, audit.clock(),
                                   dir.filePath(u"data"_s), true});
        const Status started = console->start();
        INFO(started.errorMessage().toStdString());
        REQUIRE(started.ok());
        return console->window();
    }

    int records(const QString& action)
    {
        return int(test::auditRecords(audit.path(), action).size());
    }
};

QBarSet* barSet(QChart* chart, const QString& name)
{
    REQUIRE(chart);
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                if (set->objectName() == name)
                    return set;
    return nullptr;
}

QLineSeries* line(QChart* chart, const QString& name)
{
    for (QAbstractSeries* series : chart->series())
        if (series->objectName() == name)
            return qobject_cast<QLineSeries*>(series);
    return nullptr;
}

QList<double> values(QBarSet* set)
{
    REQUIRE(set);
    QList<double> out;
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

QList<double> counts(const QList<DelayBucket>& buckets)
{
    QList<double> out;
    for (const DelayBucket& b : buckets)
        out << double(b.count);
    return out;
}

} // namespace

TEST_CASE("Statistics dashboard: the charts hold the service's figures, training apart",
          "[ui][review][dashboard]")
{
    DashboardConsole f;
    MainWindow* window = f.start();
    ReviewDock* dock = window->reviewDock();
    REQUIRE(dock);
    const QDate today = f.audit.clock().nowUtc().toLocalTime().date();
    dock->fromEdit()->setDate(today.addMonths(-4));
    dock->toEdit()->setDate(today);
    const int readsBefore = f.records(u"report.stats"_s);
    StatisticsDashboard* dashboard = dock->openStatistics();
    REQUIRE(dashboard);
    CHECK(dashboard->isWindow());
    CHECK(f.records(u"report.stats"_s) == readsBefore + 1);

    // The figures computed again, straight from the store, for the dashboard's own filter.
    const ReviewFilter filter = dashboard->filter();
    auto expected = ReviewStore(*f.db).stats(filter, Mode::Live, f.audit.clock().nowUtc());
    REQUIRE(expected.ok());
    const ReviewStats& s = *expected;
    REQUIRE(s.actions == 120);
    CHECK(dashboard->stats().actions == s.actions);
    CHECK(dashboard->summaryLabel()->text().contains(u"120 actions"_s));

    // Actions per month (the period is four months), stacked by type: the bars add up.
    QChart* perPeriod = dashboard->chart(u"perPeriod"_s);
    REQUIRE(perPeriod);
    double stacked = 0;
    for (QAbstractSeries* series : perPeriod->series())
        if (auto* bars = qobject_cast<QStackedBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                stacked += set->sum();
    CHECK(stacked == double(s.actions));
    CHECK(values(barSet(perPeriod, u"woninginbraak"_s)).size() == s.perMonth.size());

    // Success by type, with the programme's reference lines.
    QChart* byType = dashboard->chart(u"successType"_s);
    QList<double> direct, indirect;
    for (const SuccessFigures& fig : s.successByType) {
        direct << fig.directPercent();
        indirect << fig.indirectPercent();
    }
    CHECK(values(barSet(byType, u"direct"_s)) == direct);
    CHECK(values(barSet(byType, u"indirect"_s)) == indirect);
    REQUIRE(line(byType, u"reference-direct"_s));
    CHECK(line(byType, u"reference-direct"_s)->at(0).y() == StatisticsCharts::kDirectReference);
    CHECK(line(byType, u"reference-indirect"_s)->at(0).y() == StatisticsCharts::kIndirectReference);
    if (s.successByType.contains(IncidentType::Missing)) {
        REQUIRE(line(byType, u"reference-missing"_s));
        CHECK(line(byType, u"reference-missing"_s)->at(0).y() ==
              StatisticsCharts::kMissingReference);
    }
    QList<double> hours;
    for (const SuccessFigures& fig : s.successByHour)
        hours << fig.directPercent();
    CHECK(values(barSet(dashboard->chart(u"successHour"_s), u"direct"_s)) == hours);
    QList<double> weekdays;
    for (const SuccessFigures& fig : s.successByWeekday)
        weekdays << fig.indirectPercent();
    CHECK(values(barSet(dashboard->chart(u"successWeekday"_s), u"indirect"_s)) == weekdays);
    CHECK(values(barSet(dashboard->chart(u"successSize"_s), u"direct"_s)).size() ==
          s.successBySize.size());

    // Delays, delivery, reach and fatigue.
    CHECK(values(barSet(dashboard->chart(u"firstTip"_s), u"count"_s)) == counts(s.firstTip));
    CHECK(values(barSet(dashboard->chart(u"closing"_s), u"count"_s)) == counts(s.closing));
    CHECK(dashboard->chart(u"closing"_s)
              ->title()
              .contains(QLocale().toString(s.closingOnTimePercent(), 'f', 1)));
    QList<double> delivered, average;
    for (const ChannelFigures& c : s.channels) {
        delivered << c.deliveryPercent();
        average << std::max(0.0, c.averageT90Seconds / 60.0);
    }
    REQUIRE(!delivered.isEmpty());
    CHECK(values(barSet(dashboard->chart(u"delivery"_s), u"delivered"_s)) == delivered);
    CHECK(values(barSet(dashboard->chart(u"t90"_s), u"average"_s)) == average);
    CHECK(values(barSet(dashboard->chart(u"reached"_s), u"count"_s)) == counts(s.reachedPerAction));
    auto* pie = qobject_cast<QPieSeries*>(dashboard->chart(u"fatigue"_s)->series().value(0));
    REQUIRE(pie);
    CHECK(pie->slices().value(1)->value() == double(s.fatiguedLast30Days));
    CHECK(pie->sum() == double(s.alertedLast30Days));

    // Training results: asked for, read apart, purple.
    dashboard->trainingBox()->setChecked(true);
    REQUIRE(dashboard->refresh());
    auto training =
        ReviewStore(*f.db).stats(dashboard->filter(), Mode::Training, f.audit.clock().nowUtc());
    REQUIRE(training.ok());
    CHECK(training->actions == 12);
    CHECK(dashboard->stats().actions == 12);
    CHECK(dashboard->chart(u"successType"_s)->title().startsWith(u"TRAINING"_s));
    CHECK(dashboard->summaryLabel()->styleSheet().contains(u"color"_s));
    CHECK(f.records(u"report.stats"_s) == readsBefore + 2);

    // The period's PDF from the window, recorded like the command line's.
    const QString pdf = f.dir.filePath(u"periode.pdf"_s);
    dashboard->setFileChooser([&](const QString& suggested) {
        CHECK(suggested.endsWith(u".pdf"_s));
        return pdf;
    });
    CHECK(dashboard->exportPdf() == pdf);
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");
    CHECK(f.records(u"report.export"_s) == 1);

    // One action's PDF from the dock, for the selected row.
    dashboard->trainingBox()->setChecked(false);
    dock->refresh();
    REQUIRE(dock->model()->rowCount() > 0);
    dock->table()->selectRow(0);
    const QString actionPdf = f.dir.filePath(u"actie.pdf"_s);
    dock->setPdfChooser([&](const QString& suggested) {
        CHECK(suggested.startsWith(u"burgernet-actie-"_s));
        return actionPdf;
    });
    CHECK(dock->exportActionPdf() == actionPdf);
    CHECK(QFileInfo(actionPdf).size() > 1000);
    CHECK(f.records(u"report.export"_s) == 2);
}
