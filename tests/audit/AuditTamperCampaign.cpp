#include "tests/audit/AuditTamperCampaign.h"

#include "app/audit/AuditChain.h"
#include "app/audit/AuditLog.h"
#include "app/audit/AuditVerifier.h"
#include "app/audit/SigningKey.h"
#include "app/audit/SqliteHandle.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/FakeClock.h"

#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <random>
#include <stdexcept>

namespace burgernet::test {

namespace {

enum class Tamper {
    ChangeActor,
    ChangeDetails,
    ChangeResult,
    ChangeTime,
    ChangeMode,
    ChangeCheckpoint,
    DeleteRecord,
    DeleteRange,
    DeleteCheckpoint,
    Swap,
    InsertCopy,
    CutTail,
    RewriteRehash,
    RewriteResignOwnKey,
    RewriteResignForeignKey,
    DropCheckpointsRehash,
};

constexpr std::array kTamperNames{
    "change-actor",
    "change-details",
    "change-result",
    "change-time",
    "change-mode",
    "change-checkpoint",
    "delete-record",
    "delete-range",
    "delete-checkpoint",
    "swap",
    "insert-copy",
    "cut-tail",
    "rewrite-rehash",
    "rewrite-resign-own-key",
    "rewrite-resign-foreign-key",
    "drop-checkpoints-rehash",
};

void exec(SqliteHandle& db, const QString& sql)
{
    if (auto s = db.exec(sql.toUtf8().constData()); !s)
        throw std::runtime_error((sql + QStringLiteral(": ") + s.errorMessage()).toStdString());
}

// Writes the log the campaign tampers with: batches of 1 to 300 records, the clock jumping
// forward and back, a restart now and then.
qint64 writeLog(AuditFixture& f, int records, std::mt19937& random)
{
    int written = 0;
    while (written < records) {
        const int size = std::min(records - written, 1 + static_cast<int>(random() % 300));
        std::vector<AuditEvent> batch;
        for (int i = 0; i < size; ++i) {
            AuditEvent e = sampleEvent(written + i);
            e.mode = random() % 4 == 0 ? Mode::Training : Mode::Live;
            batch.push_back(std::move(e));
        }
        f.clock().advance(static_cast<qint64>(random() % 7'200'000) - 3'600'000);
        if (!f.log().append(batch).ok())
            throw std::runtime_error("append failed");
        written += size;
        if (random() % 20 == 0)
            f.reopen();
    }
    f.close();
    return written;
}

} // namespace

TamperCampaignResult runTamperCampaign(const TamperCampaign& c)
{
    TamperCampaignResult result;
    std::mt19937 random(c.seed);
    QElapsedTimer timer;
    timer.start();
    AuditFixture f(AuditChain::kMaxRecordsBetweenCheckpoints);
    writeLog(f, c.records, random);
    result.buildSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const SigningKey key = f.key();
    const SigningKey forger = SigningKey::generate();

    auto opened = SqliteHandle::open(f.path(), false);
    if (!opened)
        throw std::runtime_error(opened.errorMessage().toStdString());
    SqliteHandle db = std::move(opened).value();
    exec(db, QStringLiteral("DROP TRIGGER audit_records_no_update"));
    exec(db, QStringLiteral("DROP TRIGGER audit_records_no_delete"));

    AuditTrust trust{key.publicKey(), AuditKeySource::Workstation, std::nullopt};
    auto pristine = AuditVerifier::verify(db, trust);
    if (!pristine || !pristine->intact())
        throw std::runtime_error("the untouched log does not verify");
    trust.anchors = pristine->signedHeads;
    const QString logId = pristine->logId;
    const qint64 last = pristine->lastSeq;
    result.logRecords = last;
    std::vector<qint64> checkpoints; // the checkpoint records' numbers
    for (const AuditAnchor& a : pristine->signedHeads)
        checkpoints.push_back(a.seq + 1);
    const qint64 lastAnchoredHead = pristine->signedHeads.back().seq;

    auto pick = [&](qint64 lo, qint64 hi) {
        return lo + static_cast<qint64>(random() % static_cast<unsigned>(hi - lo + 1));
    };
    auto pickOrdinary = [&](qint64 hi) {
        for (;;) {
            const qint64 s = pick(1, hi);
            if (!std::binary_search(checkpoints.begin(), checkpoints.end(), s))
                return s;
        }
    };
    // From the checkpoint record before `seq` to the next one that signs `seq` or later: the
    // first place where a rewritten chain can contradict a signature or an anchor.
    auto span = [&](qint64 seq) {
        const auto before = std::lower_bound(checkpoints.begin(), checkpoints.end(), seq);
        const qint64 lo = before == checkpoints.begin() ? 1 : *std::prev(before) + 1;
        const auto signs = std::find_if(checkpoints.begin(), checkpoints.end(),
                                        [&](qint64 c) { return c - 1 >= seq; });
        const qint64 hi = signs == checkpoints.end() ? last + 1 : *signs;
        return std::pair{lo, hi};
    };

    timer.restart();
    for (int op = 0; op < c.operations; ++op) {
        if (c.untouchedEvery > 0 && op % c.untouchedEvery == 0) {
            auto v = AuditVerifier::verify(db, trust);
            result.untouchedChecks++;
            if (!v || !v->intact())
                result.falseAlarms++;
        }
        const auto kind = static_cast<Tamper>(random() % kTamperNames.size());
        qint64 first = 0;
        exec(db, QStringLiteral("BEGIN"));
        switch (kind) {
        case Tamper::ChangeActor:
            first = pickOrdinary(last);
            exec(db, QStringLiteral("UPDATE audit_records SET actor = actor || 'x' WHERE seq = %1")
                         .arg(first));
            break;
        case Tamper::ChangeDetails:
            first = pickOrdinary(last);
            exec(db, QStringLiteral("UPDATE audit_records SET details = details || ' ' WHERE "
                                    "seq = %1")
                         .arg(first));
            break;
        case Tamper::ChangeResult:
            first = pickOrdinary(last);
            exec(db, QStringLiteral("UPDATE audit_records SET result = CASE result WHEN 'ok' "
                                    "THEN 'denied' ELSE 'ok' END WHERE seq = %1")
                         .arg(first));
            break;
        case Tamper::ChangeTime:
            first = pickOrdinary(last);
            exec(db, QStringLiteral("UPDATE audit_records SET time_utc = replace(time_utc, "
                                    "'T', ' ') WHERE seq = %1")
                         .arg(first));
            break;
        case Tamper::ChangeMode:
            first = pickOrdinary(last);
            exec(db, QStringLiteral("UPDATE audit_records SET mode = CASE mode WHEN 'live' THEN "
                                    "'training' ELSE 'live' END WHERE seq = %1")
                         .arg(first));
            break;
        case Tamper::ChangeCheckpoint:
            first = checkpoints[random() % checkpoints.size()];
            exec(db, QStringLiteral("UPDATE audit_records SET details = replace(details, "
                                    "'\"signed_at\":\"2', '\"signed_at\":\"1') WHERE seq = %1")
                         .arg(first));
            break;
        case Tamper::DeleteRecord:
            first = pick(1, last - 1);
            exec(db, QStringLiteral("DELETE FROM audit_records WHERE seq = %1").arg(first));
            break;
        case Tamper::DeleteRange: {
            first = pick(1, last - 1);
            const qint64 to = std::min(last - 1, first + pick(1, 500));
            exec(db, QStringLiteral("DELETE FROM audit_records WHERE seq BETWEEN %1 AND %2")
                         .arg(first)
                         .arg(to));
            break;
        }
        case Tamper::DeleteCheckpoint:
            first = checkpoints[random() % (checkpoints.size() - 1)];
            exec(db, QStringLiteral("DELETE FROM audit_records WHERE seq = %1").arg(first));
            break;
        case Tamper::Swap:
            first = pick(1, last - 1);
            exec(db, QStringLiteral("UPDATE audit_records SET seq = -1 WHERE seq = %1").arg(first));
            exec(db, QStringLiteral("UPDATE audit_records SET seq = %1 WHERE seq = %2")
                         .arg(first)
                         .arg(first + 1));
            exec(db,
                 QStringLiteral("UPDATE audit_records SET seq = %1 WHERE seq = -1").arg(first + 1));
            break;
        case Tamper::InsertCopy:
            first = pick(2, last);
            exec(db, QStringLiteral("UPDATE audit_records SET seq = -seq - 1 WHERE seq >= %1")
                         .arg(first));
            exec(db, QStringLiteral("UPDATE audit_records SET seq = -seq WHERE seq < 0"));
            exec(db, QStringLiteral("INSERT INTO audit_records SELECT %1, time_utc, utc_offset, "
                                    "actor, role, on_behalf_of, workstation, action, "
                                    "object_type, object_id, result, details, prev_hash, hash, "
                                    "mode FROM audit_records WHERE seq = %2")
                         .arg(first)
                         .arg(first - 1));
            // The copy and its original are the same record twice: the verifier names the
            // earlier of the two.
            --first;
            break;
        case Tamper::CutTail:
            // A cut that takes at least one anchored record (the final checkpoint record alone
            // signs nothing that a person did, and nothing anchors it).
            first = pick(1, lastAnchoredHead);
            exec(db, QStringLiteral("DELETE FROM audit_records WHERE seq >= %1").arg(first));
            break;
        case Tamper::RewriteRehash:
        case Tamper::RewriteResignOwnKey:
        case Tamper::RewriteResignForeignKey:
            first = pickOrdinary(lastAnchoredHead);
            rewriteChain(
                db, logId, first, [](AuditRecord& r) { r.actor += QLatin1Char('x'); }, false,
                kind == Tamper::RewriteRehash         ? nullptr
                : kind == Tamper::RewriteResignOwnKey ? &key
                                                      : &forger);
            break;
        case Tamper::DropCheckpointsRehash:
            first = checkpoints[random() % (checkpoints.size() - 1)];
            rewriteChain(
                db, logId, first, [](AuditRecord&) {}, true, nullptr);
            break;
        }
        auto v = AuditVerifier::verify(db, trust);
        exec(db, QStringLiteral("ROLLBACK"));
        const QString name = QLatin1String(kTamperNames[static_cast<size_t>(kind)]);
        result.operations++;
        result.byKind[name]++;
        const auto [lo, hi] = span(first);
        const bool detected = v && !v->intact();
        const bool located = detected && v->badSeq >= lo && v->badSeq <= hi;
        result.detected += detected;
        result.located += located;
        result.exact += detected && v->badSeq == first;
        if (!located) {
            result.missedBy[name]++;
            if (result.firstMiss.isEmpty())
                result.firstMiss = QStringLiteral("%1 at %2 (between %3 and %4): %5")
                                       .arg(name)
                                       .arg(first)
                                       .arg(lo)
                                       .arg(hi)
                                       .arg(v ? v->summary() : v.errorMessage());
        }
    }
    result.secondsPerOperation =
        static_cast<double>(timer.elapsed()) / 1000.0 / std::max(1, result.operations);
    return result;
}

} // namespace burgernet::test
