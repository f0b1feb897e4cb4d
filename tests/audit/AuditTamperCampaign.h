#pragma once

#include <QString>

#include <map>

namespace burgernet::test {

// A randomised tampering campaign: a log of `records` records written in batches of random size
// on a clock that jumps back and forth (and restarts in between), then `operations` random
// tamperings of a private copy, each applied inside a transaction, verified against the
// workstation's key and the register's anchors, and rolled back. Untouched, the log is verified
// again every `untouchedEvery` operations: each of those is a chance for a false alarm.
struct TamperCampaign
{
    int records = 5'000;
    int operations = 300;
    int untouchedEvery = 50;
    unsigned seed = 1;
    QString folder; // where the log is written
};

struct TamperCampaignResult
{
    int operations = 0;
    int detected = 0;
    // The damage is reported between the checkpoint before the first record touched and the
    // first checkpoint that signs it (for a change, deletion, swap or cut: that very record).
    int located = 0;
    int exact = 0; // at the first record touched
    int untouchedChecks = 0;
    int falseAlarms = 0;
    qint64 logRecords = 0;
    double buildSeconds = 0;
    double secondsPerOperation = 0;
    std::map<QString, int> byKind;   // operations per kind of tampering
    std::map<QString, int> missedBy; // kinds with an undetected or unlocated operation
    QString firstMiss;               // the first one, described
};

TamperCampaignResult runTamperCampaign(const TamperCampaign& campaign);

} // namespace burgernet::test
