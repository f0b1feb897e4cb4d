// The audit log's reader and verifier on a damaged log: a genuine log of a few dozen records
// and checkpoints is made once, then each input damages a copy, either its bytes (a disk or a
// hand with a hex editor) or its rows through SQL with the append-only triggers dropped (a
// forger), and the copy is verified and read back.
#include "app/audit/AuditLog.h"
#include "app/audit/AuditQuery.h"
#include "app/audit/AuditVerifier.h"
#include "app/core/Clock.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QFile>
#include <QJsonObject>

#include <sqlite3.h>

namespace burgernet::fuzz {

namespace {

struct Pristine
{
    QByteArray file;
    QByteArray publicKey;
    QStringList columns;
};

const Pristine& pristine()
{
    static const Pristine p = [] {
        Pristine made;
        SystemClock system;
        VirtualClock clock(system, QDateTime(QDate(2026, 3, 28), QTime(23, 0), Qt::UTC), 0);
        const QString path = tempPath(QStringLiteral("pristine-audit.sqlite"));
        QFile::remove(path);
        AuditLog::Options options;
        options.path = path;
        options.key = SigningKey::generate();
        options.workstation = QStringLiteral("mk-oost-07");
        options.checkpointEveryRecords = 7;
        made.publicKey = options.key->publicKey();
        {
            auto log = AuditLog::open(options, clock);
            FUZZ_CHECK(log.ok(), log.errorMessage());
            for (int i = 0; i < 30; ++i) {
                AuditEvent e;
                e.actor = i % 3 ? QStringLiteral("dispatcher") : QStringLiteral("supervisor");
                e.role = QStringLiteral("dispatcher");
                e.action =
                    i % 4 ? QStringLiteral("action.send") : QStringLiteral("settings.change");
                e.objectType = QStringLiteral("action");
                e.objectId = QStringLiteral("A-%1").arg(1000 + i);
                e.details = QJsonObject{{QStringLiteral("recipients"), i * 17}};
                e.mode = i % 5 ? Mode::Live : Mode::Training;
                FUZZ_CHECK((*log)->append(e).ok(), QStringLiteral("append"));
                clock.advance(20 * 60 * 1000); // across the change to summer time
            }
        }
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::ReadOnly), path);
        made.file = file.readAll();
        made.columns = {
            QStringLiteral("seq"),    QStringLiteral("time_utc"), QStringLiteral("utc_offset"),
            QStringLiteral("actor"),  QStringLiteral("action"),   QStringLiteral("object_id"),
            QStringLiteral("result"), QStringLiteral("details"),  QStringLiteral("prev_hash"),
            QStringLiteral("hash"),   QStringLiteral("mode"),     QStringLiteral("workstation")};
        return made;
    }();
    return p;
}

// Input: chunks of 4 bytes, each changing one byte of the file: offset (3 bytes), value.
QByteArray mutatedBytes(const QByteArray& file, const QByteArray& input)
{
    QByteArray out = file;
    for (qsizetype i = 1; i + 4 <= input.size(); i += 4) {
        const auto b = [&](qsizetype k) { return uint32_t(uint8_t(input[i + k])); };
        const uint32_t offset = (b(0) << 16 | b(1) << 8 | b(2)) % uint32_t(out.size());
        out[offset] = char(b(3));
    }
    if (input.size() % 4 == 3) // some inputs also cut the file short
        out.truncate(out.size() * uint8_t(input.back()) / 256);
    return out;
}

// Input: statements separated by 0x00, each "<kind><seq><column><value...>": 'u' sets the
// column of record seq to the value (text, or a blob when the value starts with 0xff, or NULL
// when empty), 'd' deletes the record, 'c' copies it to a new seq, 's' swaps it with the next.
void mutateRows(const QString& path, const QByteArray& input, const QStringList& columns)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return;
    }
    sqlite3_exec(db, "DROP TRIGGER audit_records_no_update; DROP TRIGGER audit_records_no_delete;",
                 nullptr, nullptr, nullptr);
    for (const QByteArray& statement : input.mid(1).split('\0')) {
        if (statement.size() < 3)
            continue;
        const int seq = uint8_t(statement[1]) % 40;
        const QString column = columns[uint8_t(statement[2]) % columns.size()];
        const QByteArray value = statement.mid(3);
        QByteArray sql;
        switch (statement[0]) {
        case 'd':
            sql = "DELETE FROM audit_records WHERE seq = ?1";
            break;
        case 'c':
            sql = "INSERT INTO audit_records SELECT " + QByteArray::number(seq + 100) +
                  ", time_utc, utc_offset, actor, role, on_behalf_of, workstation, action, "
                  "object_type, object_id, result, details, prev_hash, hash, mode "
                  "FROM audit_records WHERE seq = ?1";
            break;
        case 's':
            sql = "UPDATE audit_records SET seq = CASE seq WHEN ?1 THEN -1 ELSE seq END "
                  "WHERE seq = ?1; UPDATE audit_records SET seq = ?1 WHERE seq = ?1 + 1; "
                  "UPDATE audit_records SET seq = ?1 + 1 WHERE seq = -1";
            break;
        default:
            sql = "UPDATE audit_records SET " + column.toUtf8() + " = ?2 WHERE seq = ?1";
        }
        const char* tail = sql.constData();
        while (tail && *tail) {
            sqlite3_stmt* stmt = nullptr;
            if (sqlite3_prepare_v2(db, tail, -1, &stmt, &tail) != SQLITE_OK || !stmt)
                break;
            sqlite3_bind_int(stmt, 1, seq);
            if (sqlite3_bind_parameter_count(stmt) >= 2) {
                if (value.isEmpty())
                    sqlite3_bind_null(stmt, 2);
                else if (uint8_t(value[0]) == 0xff)
                    sqlite3_bind_blob(stmt, 2, value.constData() + 1, int(value.size() - 1),
                                      SQLITE_TRANSIENT);
                else if (uint8_t(value[0]) == 0xfe)
                    sqlite3_bind_int64(stmt, 2,
                                       value.size() > 1 ? qint64(value.mid(1).toLongLong())
                                                        : qint64(1) << 62);
                else
                    sqlite3_bind_text(stmt, 2, value.constData(), int(value.size()),
                                      SQLITE_TRANSIENT);
            }
            sqlite3_step(stmt);
            sqlite3_finalize(stmt);
        }
    }
    sqlite3_close(db);
}

} // namespace

void auditLogWarmUp()
{
    (void)pristine();
}

int auditLog(const uint8_t* data, size_t size)
{
    const Pristine& p = pristine();
    const QByteArray input = bytes(data, size);
    const QString path = tempPath(QStringLiteral("audit.sqlite"));
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    const bool bytesMode = input.isEmpty() || uint8_t(input[0]) % 2 == 0;
    writeTemp(QStringLiteral("audit.sqlite"), bytesMode ? mutatedBytes(p.file, input) : p.file);
    if (!bytesMode)
        mutateRows(path, input, p.columns);

    for (const auto& key : {std::optional<QByteArray>(p.publicKey), std::optional<QByteArray>()}) {
        const auto verified = AuditVerifier::verify(path, key);
        if (!verified) {
            FUZZ_CHECK(!verified.errorMessage().isEmpty(), QStringLiteral("refused silently"));
            continue;
        }
        (void)verified->summary();
        (void)verified->toJson();
        if (!verified->intact())
            FUZZ_CHECK(!verified->detail.isEmpty() || verified->badSeq != 0,
                       QStringLiteral("damage %1 without a place").arg(int(verified->damage)));
    }
    // The register's copy looked up by the file's own log id, naming another log as well.
    AuditTrust withCopy;
    withCopy.registerCopy = [](const QString& logId) -> Result<RegisterCopy> {
        RegisterCopy copy;
        copy.otherLogs.push_back(
            {logId + QStringLiteral("-before"), 5, QStringLiteral("2026-01-01T00:00:00.000Z")});
        return copy;
    };
    (void)AuditVerifier::verify(path, withCopy);

    const auto query = AuditQuery::open(path);
    if (!query)
        return 0;
    AuditFilter all;
    all.withCheckpoints = true;
    (void)(*query)->count(all);
    (void)(*query)->page(all, 0, 50);
    (void)(*query)->forEach(all, [](const AuditRecord&) { return true; });
    AuditFilter some;
    some.action = QStringLiteral("action.");
    some.mode = Mode::Training;
    some.fromUtc = QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC);
    (void)(*query)->page(some, 20, 10);
    (void)(*query)->distinctActors();
    (void)(*query)->distinctActions();
    return 0;
}

} // namespace burgernet::fuzz
