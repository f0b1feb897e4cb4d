#include "app/audit/AuditLog.h"

#include "app/audit/AuditChain.h"
#include "app/audit/PersonalDataGuard.h"
#include "app/core/Clock.h"
#include "app/core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace burgernet {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS audit_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_records (
    seq          INTEGER PRIMARY KEY,
    time_utc     TEXT NOT NULL,
    utc_offset   INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    role         TEXT NOT NULL,
    on_behalf_of TEXT NOT NULL,
    workstation  TEXT NOT NULL,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    result       TEXT NOT NULL,
    details      TEXT NOT NULL,
    prev_hash    BLOB NOT NULL,
    hash         BLOB NOT NULL,
    mode         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS audit_records_time ON audit_records (time_utc);
CREATE INDEX IF NOT EXISTS audit_records_object ON audit_records (object_type, object_id);
-- Append-only: a program error cannot rewrite history. Deliberate tampering can drop these,
-- which is what the hash chain and the signatures are for.
CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_records_no_delete BEFORE DELETE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
)sql";

// Only the checkpoint records are in it: finding the last one costs a look-up, not a scan.
constexpr const char* kCheckpointIndex =
    "CREATE INDEX IF NOT EXISTS audit_records_checkpoints ON audit_records (seq) "
    "WHERE action = 'audit.checkpoint'";
constexpr const char* kLastCheckpoint =
    "SELECT coalesce(max(seq), 0) FROM audit_records WHERE action = 'audit.checkpoint'";

constexpr const char* kInsert =
    "INSERT INTO audit_records (seq, time_utc, utc_offset, actor, role, on_behalf_of, "
    "workstation, action, object_type, object_id, result, details, prev_hash, hash, mode) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

QString isoUtc(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

Status ensureOwnerOnlyFile(const QString& path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return Error{AuditLog::tr("Cannot create the folder %1.").arg(dir.path())};
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{
                AuditLog::tr("Cannot create the audit log %1: %2").arg(path, file.errorString())};
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return {};
}

bool hasColumn(const SqliteHandle& db, const char* table, const QString& column)
{
    SqliteStatement info = db.prepare((QByteArray("PRAGMA table_info(") + table + ')').constData());
    while (info.step())
        if (info.text(1) == column)
            return true;
    return false;
}

bool hasTable(const SqliteHandle& db, const char* table)
{
    SqliteStatement query =
        db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    query.bind(1, QString::fromLatin1(table));
    return query.step();
}

// Where a log signed with another key goes: beside it, named by its id, never overwritten.
QString retiredPathFor(const QString& path, const QString& logId)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(
        QStringLiteral("%1-retired-%2.%3")
            .arg(info.completeBaseName(), logId.left(8), info.suffix()));
}

} // namespace

AuditLog::AuditLog(Options options, const Clock& clock, SqliteHandle db, SigningKey key)
    : m_options(std::move(options))
    , m_clock(clock)
    , m_db(std::move(db))
    , m_key(std::move(key))
{}

Result<std::unique_ptr<AuditLog>> AuditLog::open(const Options& options, const Clock& clock)
{
    if (auto s = ensureOwnerOnlyFile(options.path); !s)
        return s.error();
    Result<SigningKey> key =
        options.key ? Result<SigningKey>(*options.key) : SigningKey::loadOrCreate(options.keyPath);
    if (!key)
        return key.error();
    auto log = openFile(options, clock, *key);
    if (!log)
        return log;
    auto logKey = (*log)->signingKeyOfLog();
    if (!logKey)
        return logKey.error();
    if (logKey->isEmpty() || *logKey == key->publicKey())
        return log;

    // Signed with another key: retire the file whole (WAL folded in) and begin a new log.
    const QString oldId = (*log)->logId();
    auto oldLast = (*log)->lastSeq();
    if (!oldLast)
        return oldLast.error();
    (void)(*log)->m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    log->reset();
    const QString retired = retiredPathFor(options.path, oldId);
    if (QFileInfo::exists(retired) || !QFile::rename(options.path, retired))
        return Error{tr("The audit log %1 is signed with another key than this workstation's, "
                        "and cannot be set aside as %2.")
                         .arg(options.path, retired)};
    QFile::remove(options.path + QStringLiteral("-wal"));
    QFile::remove(options.path + QStringLiteral("-shm"));
    qCWarning(lcAudit) << "audit log signed with another key retired to" << retired;
    if (auto s = ensureOwnerOnlyFile(options.path); !s)
        return s.error();
    auto fresh = openFile(options, clock, *key);
    if (!fresh)
        return fresh;
    (*fresh)->m_retiredPath = retired;
    if (auto s =
            (*fresh)->recordRetired(retired, oldId, *oldLast, SigningKey::fingerprintOf(*logKey));
        !s)
        return s.error();
    return fresh;
}

Result<std::unique_ptr<AuditLog>> AuditLog::openFile(const Options& options, const Clock& clock,
                                                     const SigningKey& key)
{
    auto db = SqliteHandle::open(options.path, false);
    if (!db)
        return Error{tr("Cannot open the audit log %1: %2").arg(options.path, db.errorMessage())};
    std::unique_ptr<AuditLog> log(new AuditLog(options, clock, std::move(db).value(), key));
    if (auto s = log->initialise(); !s)
        return Error{tr("Cannot open the audit log %1: %2").arg(options.path, s.errorMessage())};
    return log;
}

Status AuditLog::initialise()
{
    if (auto s = m_db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"); !s)
        return s;
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    auto fail = [&](const QString& why) -> Status {
        m_db.rollback();
        return Error{why};
    };
    if (auto s = m_db.exec(kSchema); !s)
        return fail(s.errorMessage());
    SqliteStatement get = m_db.prepare("SELECT value FROM audit_meta WHERE key = ?");
    auto meta = [&](const char* key) {
        get.reset();
        get.bind(1, QString::fromLatin1(key));
        return get.step() ? get.text(0) : QString();
    };
    SqliteStatement put =
        m_db.prepare("INSERT OR REPLACE INTO audit_meta (key, value) VALUES (?, ?)");
    auto setMeta = [&](const QString& key, const QString& value) {
        put.reset();
        put.bind(1, key);
        put.bind(2, value);
        put.step();
        return !put.hasError();
    };
    m_logId = meta("log_id");
    const int format = meta("format").toInt();
    if (format > AuditChain::kFormatVersion)
        return fail(tr("The audit log was written by a newer program (format %1).").arg(format));
    if (m_logId.isEmpty()) {
        m_logId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const auto& [key, value] :
             {std::pair{QStringLiteral("log_id"), m_logId},
              std::pair{QStringLiteral("format"), QString::number(AuditChain::kFormatVersion)},
              std::pair{QStringLiteral("chained_from"), QStringLiteral("1")},
              std::pair{QStringLiteral("created_at"), isoUtc(m_clock.nowUtc())},
              std::pair{QStringLiteral("workstation"), m_options.workstation}})
            if (!setMeta(key, value))
                return fail(m_db.lastError());
    } else if (format < AuditChain::kFormatVersion) {
        // Format 1: records without a mode, checkpoints in a table of their own. They stay as
        // they are and verify as before; checkpoint records begin after the last of them.
        if (!hasColumn(m_db, "audit_records", QStringLiteral("mode")))
            if (auto s = m_db.exec("ALTER TABLE audit_records ADD COLUMN mode TEXT NOT NULL "
                                   "DEFAULT ''");
                !s)
                return fail(s.errorMessage());
        SqliteStatement last = m_db.prepare("SELECT coalesce(max(seq), 0) FROM audit_records");
        const qint64 next = (last.step() ? last.int64(0) : 0) + 1;
        last.reset();
        if (!setMeta(QStringLiteral("format"), QString::number(AuditChain::kFormatVersion)) ||
            !setMeta(QStringLiteral("chained_from"), QString::number(next)))
            return fail(m_db.lastError());
    }
    if (auto s = m_db.exec(kCheckpointIndex); !s)
        return fail(s.errorMessage());
    m_chainedFrom = qMax<qint64>(1, meta("chained_from").toLongLong());
    get.reset();
    put.reset();
    m_lastCheckpointMs = m_clock.monotonicMs();
    return m_db.exec("COMMIT");
}

Result<QByteArray> AuditLog::signingKeyOfLog() const
{
    std::lock_guard lock(m_mutex);
    SqliteStatement last = m_db.prepare(
        "SELECT details FROM audit_records WHERE action = 'audit.checkpoint' ORDER BY seq DESC "
        "LIMIT 1");
    if (last.step()) {
        if (auto anchor = AuditChain::parseCheckpointDetails(last.textView(0)))
            return anchor->publicKey;
        return Error{tr("The last checkpoint of the audit log %1 cannot be read.").arg(path())};
    }
    if (!hasTable(m_db, "audit_checkpoints"))
        return QByteArray();
    SqliteStatement legacy =
        m_db.prepare("SELECT public_key FROM audit_checkpoints ORDER BY id DESC LIMIT 1");
    return legacy.step() ? legacy.blob(0) : QByteArray();
}

Status AuditLog::recordRetired(const QString& retiredPath, const QString& oldLogId,
                               qint64 oldLastSeq, const QString& oldKeyFingerprint)
{
    AuditEvent event;
    event.actor = event.role = QStringLiteral("system");
    event.action = QStringLiteral("audit.log-retired");
    event.objectType = QStringLiteral("audit-log");
    event.objectId = oldLogId;
    event.details = {{QStringLiteral("file"), QFileInfo(retiredPath).fileName()},
                     {QStringLiteral("last_seq"), oldLastSeq},
                     {QStringLiteral("key"), oldKeyFingerprint},
                     {QStringLiteral("reason"), QStringLiteral("signing-key-changed")}};
    event.kinds = {{QStringLiteral("file"), DetailKind::Id},
                   {QStringLiteral("last_seq"), DetailKind::Count},
                   {QStringLiteral("key"), DetailKind::Fingerprint},
                   {QStringLiteral("reason"), DetailKind::Code}};
    auto seq = append(event);
    if (!seq)
        return seq.error();
    return checkpoint();
}

AuditLog::~AuditLog()
{
    if (auto s = checkpoint(); !s)
        qCWarning(lcAudit) << "final checkpoint failed:" << s.errorMessage();
}

Result<qint64> AuditLog::lastSeq() const
{
    std::lock_guard lock(m_mutex);
    SqliteStatement query = m_db.prepare("SELECT coalesce(max(seq), 0) FROM audit_records");
    if (!query.step())
        return Error{m_db.lastError()};
    return query.int64(0);
}

Result<qint64> AuditLog::append(const AuditEvent& event)
{
    return append(std::vector<AuditEvent>{event});
}

Result<qint64> AuditLog::append(const std::vector<AuditEvent>& events)
{
    if (events.empty())
        return lastSeq();
    // Refuse the whole batch before anything is written.
    std::vector<QString> details;
    details.reserve(events.size());
    for (const AuditEvent& event : events) {
        if (event.actor.isEmpty() || event.action.isEmpty())
            return Error{tr("An audit record needs an actor and an action.")};
        if (event.action == QLatin1String(AuditChain::kCheckpointAction.data()))
            return Error{tr("Checkpoints are written by the audit log itself.")};
        const auto refused = [&](const Status& s) -> Result<qint64> {
            return Error{
                tr("The audit record \"%1\" was refused: %2").arg(event.action, s.errorMessage())};
        };
        if (auto s = PersonalDataGuard::check(event.details, event.kinds); !s)
            return refused(s);
        for (const QString& text : {event.objectId, event.onBehalfOf})
            if (auto s = PersonalDataGuard::checkText(QStringLiteral("object_id"), text); !s)
                return refused(s);
        details.push_back(
            QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
    }

    bool signedAny = false;
    qint64 lastEventSeq = 0;
    {
        std::lock_guard lock(m_mutex);
        if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
            return Error{tr("Cannot write the audit log: %1").arg(s.errorMessage())};
        auto fail = [&](const QString& why) -> Result<qint64> {
            m_db.rollback();
            return Error{tr("Cannot write the audit log: %1").arg(why)};
        };
        auto head = headLocked();
        if (!head)
            return fail(head.errorMessage());
        SqliteStatement insert = m_db.prepare(kInsert);
        if (!insert.isValid())
            return fail(m_db.lastError());

        const int every = std::clamp(m_options.checkpointEveryRecords, 1,
                                     AuditChain::kMaxRecordsBetweenCheckpoints);
        const QDateTime now = m_clock.nowUtc();
        AuditRecord record;
        record.timeUtc = isoUtc(now);
        record.utcOffset = now.toLocalTime().offsetFromUtc();
        record.workstation = m_options.workstation;
        for (size_t i = 0; i < events.size(); ++i) {
            const AuditEvent& event = events[i];
            record.actor = event.actor;
            record.role = event.role;
            record.onBehalfOf = event.onBehalfOf;
            record.action = event.action;
            record.objectType = event.objectType;
            record.objectId = event.objectId;
            record.result = auditResultId(event.result);
            record.details = details[i];
            record.mode = event.mode;
            record.seq = head->seq + 1;
            record.prevHash = head->hash;
            record.hash = AuditChain::recordHash(record);
            if (auto s = insertLocked(insert, record); !s)
                return fail(s.errorMessage());
            head->seq = record.seq;
            head->hash = record.hash;
            lastEventSeq = record.seq;
            if (head->seq - head->lastCheckpoint >= every) {
                if (auto s = checkpointLocked(insert, *head); !s)
                    return fail(s.errorMessage());
                signedAny = true;
            }
        }
        const bool due = head->lastCheckpoint != head->seq &&
                         m_clock.monotonicMs() - m_lastCheckpointMs >= m_options.checkpointEveryMs;
        if (due) {
            if (auto s = checkpointLocked(insert, *head); !s)
                return fail(s.errorMessage());
            signedAny = true;
        }
        if (auto s = m_db.exec("COMMIT"); !s)
            return fail(s.errorMessage());
        if (signedAny)
            m_lastCheckpointMs = m_clock.monotonicMs();
    }
    if (signedAny)
        notifyCheckpoint();
    return lastEventSeq;
}

Result<AuditLog::Head> AuditLog::headLocked() const
{
    Head head;
    head.hash = AuditChain::genesisHash(m_logId);
    SqliteStatement last =
        m_db.prepare("SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1");
    if (last.step()) {
        head.seq = last.int64(0);
        head.hash = last.blob(1);
    } else if (last.hasError()) {
        return Error{m_db.lastError()};
    }
    SqliteStatement checkpoint = m_db.prepare(kLastCheckpoint);
    if (!checkpoint.step())
        return Error{m_db.lastError()};
    // Records before the first of format 2 are signed by format 1's own checkpoints.
    head.lastCheckpoint = qMax(checkpoint.int64(0), m_chainedFrom - 1);
    return head;
}

Status AuditLog::insertLocked(SqliteStatement& insert, AuditRecord& record)
{
    insert.reset();
    insert.bind(1, record.seq);
    insert.bind(2, record.timeUtc);
    insert.bind(3, static_cast<qint64>(record.utcOffset));
    insert.bind(4, record.actor);
    insert.bind(5, record.role);
    insert.bind(6, record.onBehalfOf);
    insert.bind(7, record.workstation);
    insert.bind(8, record.action);
    insert.bind(9, record.objectType);
    insert.bind(10, record.objectId);
    insert.bind(11, record.result);
    insert.bind(12, record.details);
    insert.bind(13, record.prevHash);
    insert.bind(14, record.hash);
    insert.bind(15, record.mode ? enumId(*record.mode) : QString());
    insert.step();
    if (insert.hasError())
        return Error{m_db.lastError()};
    return {};
}

// The checkpoint is itself a record: it signs the head before it, and the chain links it, so
// that taking it out breaks the chain like any other record.
Status AuditLog::checkpointLocked(SqliteStatement& insert, Head& head)
{
    AuditAnchor anchor;
    anchor.seq = head.seq;
    anchor.headHash = head.hash;
    anchor.signedAt = isoUtc(m_clock.nowUtc());
    anchor.publicKey = m_key.publicKey();
    anchor.signature = m_key.sign(
        AuditChain::checkpointMessage(m_logId, anchor.seq, anchor.headHash, anchor.signedAt));
    AuditRecord record;
    record.seq = head.seq + 1;
    record.timeUtc = anchor.signedAt;
    record.utcOffset = m_clock.nowUtc().toLocalTime().offsetFromUtc();
    record.actor = record.role = QStringLiteral("system");
    record.workstation = m_options.workstation;
    record.action = QString::fromLatin1(AuditChain::kCheckpointAction.data(),
                                        AuditChain::kCheckpointAction.size());
    record.objectType = QStringLiteral("audit-log");
    record.objectId = m_logId;
    record.result = auditResultId(AuditResult::Ok);
    record.details = AuditChain::checkpointDetails(anchor);
    record.prevHash = head.hash;
    record.hash = AuditChain::recordHash(record);
    if (auto s = insertLocked(insert, record); !s)
        return s;
    head.seq = record.seq;
    head.hash = record.hash;
    head.lastCheckpoint = record.seq;
    return {};
}

Status AuditLog::checkpoint()
{
    {
        std::lock_guard lock(m_mutex);
        if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
            return s;
        auto head = headLocked();
        if (!head) {
            m_db.rollback();
            return head.error();
        }
        if (head->seq == 0 || head->lastCheckpoint == head->seq) {
            m_db.rollback();
            return {}; // nothing new to sign
        }
        SqliteStatement insert = m_db.prepare(kInsert);
        if (auto s = checkpointLocked(insert, *head); !s) {
            m_db.rollback();
            return s;
        }
        if (auto s = m_db.exec("COMMIT"); !s)
            return s;
        m_lastCheckpointMs = m_clock.monotonicMs();
    }
    notifyCheckpoint();
    return {};
}

void AuditLog::setCheckpointListener(std::function<void()> listener)
{
    std::lock_guard lock(m_listenerMutex);
    m_checkpointListener = std::move(listener);
}

void AuditLog::notifyCheckpoint()
{
    std::lock_guard lock(m_listenerMutex);
    if (m_checkpointListener)
        m_checkpointListener();
}

Result<std::vector<AuditAnchor>> AuditLog::checkpointsAfter(qint64 seq) const
{
    std::lock_guard lock(m_mutex);
    SqliteStatement query = m_db.prepare(
        "SELECT details FROM audit_records WHERE action = 'audit.checkpoint' AND seq > ? "
        "ORDER BY seq");
    query.bind(1, seq + 1);
    std::vector<AuditAnchor> anchors;
    while (query.step()) {
        auto anchor = AuditChain::parseCheckpointDetails(query.textView(0));
        if (!anchor)
            return Error{tr("A checkpoint of the audit log %1 cannot be read.").arg(path())};
        anchors.push_back(*anchor);
    }
    if (query.hasError())
        return Error{m_db.lastError()};
    return anchors;
}

} // namespace burgernet
