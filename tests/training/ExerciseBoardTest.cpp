// What an exercise shares through the training register, on both kinds of register: the trainer
// posts, the trainee reads what is new; each message and gateway is recorded without the
// scenario's text; only who runs exercises writes, and only in training; the trainee's clock
// follows the exercise's.
#include "app/training/ExerciseBoard.h"

#include "app/audit/AuditQuery.h"
#include "app/core/Clock.h"
#include "app/services/AuditService.h"
#include "app/storage/Database.h"
#include "app/training/ExerciseInbox.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

void sharedThroughTheRegister(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    test::FakeClock base;
    VirtualClock trainerClock(base, base.nowUtc(), 0);
    test::AuditFixture trainerLog;
    test::AuditFixture traineeLog;
    AuditService trainer(trainerLog.log(), Session{QStringLiteral("trainer"), Role::Trainer,
                                                   QStringLiteral("oefenzaal-1"), Mode::Training});
    AuditService trainee(traineeLog.log(),
                         Session{QStringLiteral("centralist.oost"), Role::Dispatcher,
                                 QStringLiteral("oefenzaal-2"), Mode::Training});
    ExerciseBoard board(**db, trainer, trainerClock);
    ExerciseBoard traineeBoard(**db, trainee, base);
    ExerciseInbox inbox(traineeBoard);

    auto none = inbox.refresh();
    REQUIRE(none.ok());
    CHECK_FALSE(none->exercise.has_value());

    const QDateTime start(QDate(2026, 12, 5), QTime(19, 40), Qt::UTC);
    trainerClock.setTime(start);
    auto id = board.begin(QStringLiteral("sms-storing-den-haag.json"), start, 5);
    REQUIRE(id.ok());
    REQUIRE(
        board.post(*id, 0, InjectKind::CallerInfo, QStringLiteral("Beroving Grote Markt")).ok());
    auto first = inbox.refresh();
    REQUIRE(first.ok());
    REQUIRE(first->exercise.has_value());
    CHECK(first->newExercise);
    CHECK(first->exercise->trainer == QStringLiteral("trainer"));
    REQUIRE(first->messages.size() == 1);
    CHECK(first->messages.front().kind == InjectKind::CallerInfo);
    CHECK(first->messages.front().text == QStringLiteral("Beroving Grote Markt"));
    CHECK(first->messages.front().virtualAt == start);
    // Only what is new the next time.
    REQUIRE(
        board.post(*id, 9, InjectKind::SupervisorRequest, QStringLiteral("Stand van zaken?")).ok());
    auto second = inbox.refresh();
    REQUIRE(second.ok());
    CHECK_FALSE(second->newExercise);
    REQUIRE(second->messages.size() == 1);
    CHECK(second->messages.front().minute == Approx(9));

    // Recorded at the trainer's, without the text.
    auto query = AuditQuery::open(trainerLog.path());
    REQUIRE(query.ok());
    AuditFilter filter;
    filter.action = QStringLiteral("exercise.inject");
    auto injects = (*query)->page(filter, 0, 10);
    REQUIRE(injects.ok());
    REQUIRE(injects->size() == 2);
    CHECK_FALSE(injects->front().details.contains(QStringLiteral("Grote Markt")));

    // Gateways: the trainer's switch is the register's.
    REQUIRE(board.setGateway(*id, Channel::sms(), true, 10).ok());
    auto failing = ExerciseRepository(**db).failingGateways();
    REQUIRE(failing.ok());
    CHECK(*failing == QSet<Channel>{Channel::sms()});
    REQUIRE(board.setGateway(*id, Channel::sms(), false, 22).ok());
    CHECK(ExerciseRepository(**db).failingGateways()->isEmpty());

    // The trainee may read, not write; a live session neither.
    CHECK_FALSE(traineeBoard.post(*id, 1, InjectKind::CallerInfo, QStringLiteral("x")).ok());
    CHECK_FALSE(traineeBoard.setGateway(*id, Channel::sms(), true, 1).ok());
    AuditService live(trainerLog.log(), Session{QStringLiteral("trainer"), Role::Trainer,
                                                QStringLiteral("oefenzaal-1"), Mode::Live});
    ExerciseBoard liveBoard(**db, live, base);
    CHECK_FALSE(liveBoard.latest().ok());
    CHECK_FALSE(liveBoard.begin(QStringLiteral("x"), start, 1).ok());

    // The trainee's clock follows the running exercise, stands when it is paused and goes on
    // at the real pace after the stop.
    VirtualClock traineeClock(base, base.nowUtc(), 1.0);
    trainerClock.setTime(start.addSecs(600));
    REQUIRE(board.publishClock(*id, ExerciseClockState::Running, 5).ok());
    auto running = inbox.refresh();
    REQUIRE(running.ok());
    CHECK(ExerciseInbox::follow(traineeClock, *running->exercise));
    CHECK(traineeClock.rate() == 5);
    CHECK(std::abs(traineeClock.nowUtc().msecsTo(start.addSecs(600))) < 60'000);
    REQUIRE(board.publishClock(*id, ExerciseClockState::Paused, 5).ok());
    CHECK(ExerciseInbox::follow(traineeClock, *inbox.refresh()->exercise));
    CHECK(traineeClock.rate() == 0);
    REQUIRE(board.publishClock(*id, ExerciseClockState::Stopped, 5).ok());
    CHECK(ExerciseInbox::follow(traineeClock, *inbox.refresh()->exercise));
    CHECK(traineeClock.rate() == 1);

    // A new exercise starts the inbox afresh.
    auto next = board.begin(QStringLiteral("woninginbraak-utrecht.json"), start, 1);
    REQUIRE(next.ok());
    auto fresh = inbox.refresh();
    REQUIRE(fresh.ok());
    CHECK(fresh->newExercise);
    CHECK(fresh->messages.isEmpty());
}

} // namespace

TEST_CASE("An exercise's messages, gateways and clock shared through a SQLite training register",
          "[training][exercise]")
{
    sharedThroughTheRegister(DatabaseKind::Sqlite);
}

TEST_CASE("An exercise's messages, gateways and clock shared through a PostgreSQL training "
          "register",
          "[training][exercise][postgres]")
{
    sharedThroughTheRegister(DatabaseKind::PostgreSql);
}
