// The stored exercise runs on both kinds of register: a trainee's runs of a scenario come back
// latest first and give each goal's previous score; the trainer's observations and corrective
// actions are kept with a run and recorded without their text; only who runs exercises stores.
#include "app/training/ExerciseRuns.h"

#include "app/audit/AuditQuery.h"
#include "app/services/AuditService.h"
#include "app/storage/Database.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

Debrief debriefWith(double first, double second)
{
    Debrief d;
    d.scenario = QStringLiteral("woninginbraak-utrecht.json");
    d.title = QStringLiteral("Woninginbraak in Utrecht-Oost");
    d.startedAt = QDateTime(QDate(2026, 12, 5), QTime(13, 30), Qt::UTC);
    d.goals << GoalScore{QStringLiteral("snel"), QStringLiteral("Snel versturen"), first, {}, {}}
            << GoalScore{
                   QStringLiteral("gebied"), QStringLiteral("Het goede gebied"), second, {}, {}};
    d.objectives << QStringLiteral("Snel versturen") << QStringLiteral("Het goede gebied");
    if (second < 60)
        d.improvements << QStringLiteral("Het goede gebied");
    return d;
}

void runsAreKeptPerTrainee(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    test::AuditFixture audit;
    AuditService trainer(audit.log(), Session{QStringLiteral("trainer"), Role::Trainer,
                                              QStringLiteral("oefenzaal-1"), Mode::Training});
    ExerciseRuns runs(**db, trainer);

    auto first = runs.store(debriefWith(70, 20), QStringLiteral("centralist.oost"));
    REQUIRE(first.ok());
    CHECK(first->runId > 0);
    CHECK(first->earlier.isEmpty());
    REQUIRE(first->corrective.size() == 1);
    CHECK(first->corrective.front().owner == QStringLiteral("centralist.oost"));
    CHECK(first->corrective.front().due.isValid());
    // Somebody else's run does not count as this trainee's.
    REQUIRE(runs.store(debriefWith(90, 90), QStringLiteral("centralist.west")).ok());
    auto second = runs.store(debriefWith(100, 80), QStringLiteral("centralist.oost"));
    REQUIRE(second.ok());
    REQUIRE(second->earlier.size() == 1);
    CHECK(second->earlier.front().id == first->runId);
    CHECK(second->earlier.front().average == Approx(45));
    REQUIRE(second->goals.at(0).previous.has_value());
    CHECK(*second->goals.at(0).previous == Approx(70));
    CHECK(*second->goals.at(1).previous == Approx(20));
    CHECK(second->corrective.isEmpty());
    auto before = runs.earlier(QStringLiteral("centralist.oost"), second->scenario, second->runId);
    REQUIRE(before.ok());
    CHECK(before->size() == 1);

    // A full name is not a user name: it stays out of the register and the log.
    CHECK_FALSE(runs.store(debriefWith(1, 1), QStringLiteral("Jan de Vries")).ok());

    const QList<CorrectiveAction> plan{{QStringLiteral("Corridor tekenen oefenen"),
                                        QStringLiteral("centralist.oost"), QDate(2027, 1, 15)}};
    REQUIRE(runs.observe(second->runId, QStringLiteral("Goed overzicht gehouden."), plan).ok());
    auto loaded = runs.load(second->runId);
    REQUIRE(loaded.ok());
    CHECK(loaded->observations == QStringLiteral("Goed overzicht gehouden."));
    REQUIRE(loaded->corrective.size() == 1);
    CHECK(loaded->corrective.front().due == QDate(2027, 1, 15));
    CHECK(loaded->goals.size() == 2);
    CHECK_FALSE(runs.observe(second->runId, {}, {{QString(), QString(), QDate()}}).ok());

    auto query = AuditQuery::open(audit.path());
    REQUIRE(query.ok());
    AuditFilter filter;
    filter.action = QStringLiteral("exercise.observe");
    auto observed = (*query)->page(filter, 0, 10);
    REQUIRE(observed.ok());
    REQUIRE(observed->size() == 1);
    CHECK_FALSE(observed->front().details.contains(QStringLiteral("overzicht")));
    filter.action = QStringLiteral("exercise.debrief");
    auto stored = (*query)->page(filter, 0, 10);
    REQUIRE(stored.ok());
    CHECK(stored->size() == 3);

    AuditService dispatcher(audit.log(), Session{QStringLiteral("centralist"), Role::Dispatcher,
                                                 QStringLiteral("oefenzaal-1"), Mode::Training});
    CHECK_FALSE(ExerciseRuns(**db, dispatcher)
                    .store(debriefWith(1, 1), QStringLiteral("centralist.oost"))
                    .ok());
}

} // namespace

BURGERNET_STORAGE_TEST("Exercise runs are kept per trainee and compared with the earlier ones",
                       runsAreKeptPerTrainee)
