// The supervisors' review in the console's own session, after a real run of the workflow: the
// overview is filtered, one action's report opens in its window with the merged timeline and the
// delivery curves, and its replay plays to the end on a fake clock, showing at each moment the
// area in force, the tips logged by then and the recipients reached by then.
#include "ui/review/ActionReportWindow.h"

#include "app/services/AuditService.h"
#include "tests/review/ReplayScenario.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/map/MapCanvas.h"
#include "ui/review/DeliveryCurves.h"
#include "ui/review/ReplayLayer.h"
#include "ui/review/ReplayPanel.h"
#include "ui/review/ReviewDock.h"
#include "ui/review/ReviewTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;
using test::DispatchFixture;

namespace {

// Pixels of the density colour on the replay's map as it is drawn now.
int densityPixels(ReplayPanel& replay)
{
    const QImage image = replay.canvas()->grab().toImage();
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            n += c.blue() > c.red() + 40 && c.blue() > c.green() + 20 ? 1 : 0;
        }
    return n;
}

} // namespace

TEST_CASE("Review: the overview opens one action's report, whose replay plays to the end on a "
          "fake clock",
          "[ui][review][replay]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 0, u"chef"_s, Role::Supervisor);
    const test::ReplayScenario s = test::runReplayScenario(f);
    QTemporaryDir dir;
    ConsoleSession console(ConsoleSession::Inputs{f.auditService().session(), f.db(), f.db(),
                                                  f.auditService().log(), f.settings(), f.clock(),
                                                  dir.filePath(u"data"_s), true});
    const Status started = console.start();
    INFO(started.errorMessage().toStdString());
    REQUIRE(started.ok());
    ReviewDock* dock = console.window()->reviewDock();
    REQUIRE(dock);

    // The overview of the day, filtered by type.
    const QDate day = s.sent.toLocalTime().date();
    dock->fromEdit()->setDate(day.addDays(-1));
    dock->toEdit()->setDate(day.addDays(1));
    dock->typeBox()->setCurrentIndex(dock->typeBox()->findData(u"vermissing"_s));
    dock->refresh();
    CHECK(dock->model()->rowCount() == 0);
    dock->typeBox()->setCurrentIndex(
        dock->typeBox()->findData(enumId(IncidentType::StreetRobbery)));
    dock->refresh();
    REQUIRE(dock->model()->rowCount() == 1);

    // Enter or a double-click opens the report in its window.
    emit dock->table()->activated(dock->model()->index(0, ReviewTableModel::Type));
    ActionReportWindow* window = dock->reportWindow();
    REQUIRE(window);
    CHECK(window->isVisible());
    CHECK(window->actionId() == s.id);
    const QString text = window->reportView()->toPlainText();
    CHECK(text.contains(u"area grown"_s));
    CHECK(text.contains(u"audit no."_s));
    CHECK(text.contains(u"sent by the channel"_s));
    CHECK(!text.contains(u"Jaarbeurs"_s)); // no words of tips
    CHECK(window->curves()->curveCount() == 2);

    // The replay, played at 60× on the fake clock: one tick is a second, a minute of the action.
    ReplayPanel* replay = window->replay();
    replay->setClock(f.clock());
    CHECK(replay->time() == replay->data().start);
    CHECK(replay->areaVersion() == 0);
    CHECK(replay->deliveredShown() == 0);
    CHECK(densityPixels(*replay) == 0);
    replay->setSpeed(60);
    QSignalSpy finished(replay, &ReplayPanel::finished);
    replay->play();
    CHECK(replay->isPlaying());
    bool sawFirst = false, sawGrown = false;
    for (int tick = 0; tick < 200 && replay->isPlaying(); ++tick) {
        f.clock().advance(1000);
        replay->advance();
        const QDateTime t = replay->time();
        if (t >= s.firstTip && t < s.grown && !sawFirst) {
            sawFirst = true;
            CHECK(replay->areaVersion() == 1);
            CHECK(replay->tipsShown() == 1);
            CHECK(replay->deliveredShown() == s.alertedFirst);
            CHECK_FALSE(replay->closingShown());
            CHECK(densityPixels(*replay) > 0);
        }
        if (t >= s.grown && t < s.secondTip && !sawGrown) {
            sawGrown = true;
            CHECK(replay->areaVersion() == 2);
            CHECK(replay->tipsShown() == 1);
            CHECK(replay->deliveredShown() == s.alerted);
            CHECK(replay->statusLabel()->text().contains(u"Area 2 of 2"_s));
        }
    }
    CHECK(sawFirst);
    CHECK(sawGrown);
    CHECK(finished.count() == 1);
    CHECK_FALSE(replay->isPlaying());
    CHECK(replay->time() == replay->data().end);
    CHECK(replay->areaVersion() == 2);
    CHECK(replay->tipsShown() == 2);
    CHECK(replay->deliveredShown() == s.alerted);
    CHECK(replay->closingShown());
    CHECK(replay->statusLabel()->text().contains(u"closed"_s));

    // The slider goes back in time; the report and the replay were read once each, recorded.
    replay->setTime(s.grown.addSecs(-30));
    CHECK(replay->areaVersion() == 1);
    CHECK(replay->tipsShown() == 1);
    CHECK(f.records(u"report.action"_s).size() == 1);
    CHECK(f.records(u"report.replay"_s).size() == 1);
}
