// Random tampering of a log, each operation caught and located, and no false alarm on the
// untouched log. The small campaign runs with the tests; the full one (10,000 operations on a
// 100,000-record log) is the `bench_audit_tamper` benchmark.
#include "tests/audit/AuditTamperCampaign.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cstdio>

using namespace burgernet;

namespace {

void report(const test::TamperCampaignResult& r)
{
    std::printf("tamper campaign: %lld records (built in %.1f s), %d operations, %d detected, "
                "%d located (%d at the very record), %d untouched checks, %d false alarms, "
                "%.1f ms per operation\n",
                static_cast<long long>(r.logRecords), r.buildSeconds, r.operations, r.detected,
                r.located, r.exact, r.untouchedChecks, r.falseAlarms,
                r.secondsPerOperation * 1000.0);
    for (const auto& [kind, count] : r.byKind)
        std::printf("  %-28s %6d\n", qPrintable(kind), count);
    std::fflush(stdout);
}

void check(const test::TamperCampaignResult& r)
{
    INFO(r.firstMiss.toStdString());
    CHECK(r.detected == r.operations);
    CHECK(r.located == r.operations);
    CHECK(r.falseAlarms == 0);
    CHECK(r.untouchedChecks > 0);
}

int fromEnvironment(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

TEST_CASE("Random tampering: every operation on a 5,000-record log is caught and located, and "
          "the untouched log never raises an alarm",
          "[audit][tamper]")
{
    for (unsigned seed : {11u, 12u}) {
        test::TamperCampaign campaign;
        campaign.records = 5'000;
        campaign.operations = 200;
        campaign.untouchedEvery = 25;
        campaign.seed = seed;
        const auto result = test::runTamperCampaign(campaign);
        report(result);
        check(result);
        CHECK(result.byKind.size() == 16);
    }
}

TEST_CASE("The full tamper campaign", "[.campaign]")
{
    test::TamperCampaign campaign;
    campaign.records = fromEnvironment("BENCH_TAMPER_RECORDS", 100'000);
    campaign.operations = fromEnvironment("BENCH_TAMPER_OPERATIONS", 10'000);
    campaign.untouchedEvery = 100;
    campaign.seed = static_cast<unsigned>(fromEnvironment("BENCH_TAMPER_SEED", 2026));
    const auto result = test::runTamperCampaign(campaign);
    report(result);
    check(result);
}
