#include "app/core/Clock.h"

#include "tests/support/FakeClock.h"

#include <catch2/catch.hpp>

using namespace burgernet;

TEST_CASE("A virtual clock at rate 0 stands still until moved", "[clock]")
{
    test::FakeClock base;
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 30), Qt::UTC);
    VirtualClock clock(base, start, 0.0);

    base.advance(60'000);
    CHECK(clock.nowUtc() == start);

    clock.advance(90'000);
    CHECK(clock.nowUtc() == start.addSecs(90));
    CHECK(clock.nowUtc().timeSpec() == Qt::UTC);
}

TEST_CASE("A virtual clock runs at its rate relative to the base clock", "[clock]")
{
    test::FakeClock base;
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 30), Qt::UTC);
    VirtualClock clock(base, start, 10.0);

    base.advance(1'000);
    CHECK(clock.nowUtc() == start.addSecs(10));

    clock.setRate(1.0);
    base.advance(2'000);
    CHECK(clock.nowUtc() == start.addSecs(12));
    CHECK(clock.rate() == 1.0);

    clock.setRate(-3.0); // never backwards
    CHECK(clock.rate() == 0.0);
}

TEST_CASE("Setting a virtual clock back keeps its monotonic time increasing", "[clock]")
{
    test::FakeClock base;
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 30), Qt::UTC);
    VirtualClock clock(base, start, 1.0);
    base.advance(5'000);
    const qint64 before = clock.monotonicMs();

    clock.setTime(start.addSecs(-3600));
    CHECK(clock.nowUtc() == start.addSecs(-3600));
    CHECK(clock.monotonicMs() >= before);
    base.advance(1'000);
    CHECK(clock.monotonicMs() == before + 1'000);
}

TEST_CASE("The system clock gives UTC and a monotonic counter", "[clock]")
{
    SystemClock clock;
    const QDateTime now = clock.nowUtc();
    CHECK(now.timeSpec() == Qt::UTC);
    CHECK(qAbs(now.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    const qint64 a = clock.monotonicMs();
    const qint64 b = clock.monotonicMs();
    CHECK(b >= a);
}
