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
    hash         BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_records_time ON audit_records (time_utc);
CREATE INDEX IF NOT EXISTS audit_records_object ON audit_records (object_type, object_id);
CREATE TABLE IF NOT EXISTS audit_checkpoints (
    id         INTEGER PRIMARY KEY,
    seq        INTEGER NOT NULL,
    head_hash  BLOB NOT NULL,
    signed_at  TEXT NOT NULL,
    public_key BLOB NOT NULL,
    signature  BLOB NOT NULL
);
-- Append-only: a program error cannot rewrite history. Deliberate tampering can drop these,
-- which is what the hash chain and the signatures are for.
CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_records_no_delete BEFORE DELETE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
)sql";

constexpr int kFormatVersion = 1;

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
    auto key = SigningKey::loadOrCreate(options.keyPath);
    if (!key)
        return key.error();
    auto db = SqliteHandle::open(options.path, false);
    if (!db)
        return Error{tr("Cannot open the audit log %1: %2").arg(options.path, db.errorMessage())};
    std::unique_ptr<AuditLog> log(
        new AuditLog(options, clock, std::move(db).value(), std::move(key).value()));
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
    if (auto s = m_db.exec(kSchema); !s) {
        m_db.rollback();
        return s;
    }
    SqliteStatement get = m_db.prepare("SELECT value FROM audit_meta WHERE key = ?");
    auto meta = [&](const char* key) {
        get.reset();
        get.bind(1, QString::fromLatin1(key));
        return get.step() ? get.text(0) : QString();
    };
    m_logId = meta("log_id");
    const int format = meta("format").toInt();
    if (format > kFormatVersion) {
        m_db.rollback();
        return Error{tr("The audit log was written by a newer program (format %1).").arg(format)};
    }
    if (m_logId.isEmpty()) {
        m_logId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SqliteStatement put = m_db.prepare("INSERT INTO audit_meta (key, value) VALUES (?, ?)");
        for (const auto& [key, value] :
             {std::pair{QStringLiteral("log_id"), m_logId},
              std::pair{QStringLiteral("format"), QString::number(kFormatVersion)},
              std::pair{QStringLiteral("created_at"), isoUtc(m_clock.nowUtc())},
              std::pair{QStringLiteral("workstation"), m_options.workstation}}) {
            put.reset();
            put.bind(1, key);
            put.bind(2, value);
            put.step();
            if (put.hasError()) {
                const QString error = m_db.lastError();
                m_db.rollback();
                return Error{error};
            }
        }
    }
    SqliteStatement last = m_db.prepare("SELECT coalesce(max(seq), 0) FROM audit_checkpoints");
    m_lastCheckpointSeq = last.step() ? last.int64(0) : 0;
    last.reset();
    get.reset();
    m_lastCheckpointMs = m_clock.monotonicMs();
    return m_db.exec("COMMIT");
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

    std::lock_guard lock(m_mutex);
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return Error{tr("Cannot write the audit log: %1").arg(s.errorMessage())};
    auto fail = [&](const QString& why) -> Result<qint64> {
        m_db.rollback();
        return Error{tr("Cannot write the audit log: %1").arg(why)};
    };

    SqliteStatement head =
        m_db.prepare("SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1");
    qint64 seq = 0;
    QByteArray prevHash = AuditChain::genesisHash(m_logId);
    if (head.step()) {
        seq = head.int64(0);
        prevHash = head.blob(1);
    }
    head.reset();

    SqliteStatement insert = m_db.prepare(
        "INSERT INTO audit_records (seq, time_utc, utc_offset, actor, role, on_behalf_of, "
        "workstation, action, object_type, object_id, result, details, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return fail(m_db.lastError());

    const QDateTime now = m_clock.nowUtc();
    AuditRecord record;
    record.timeUtc = isoUtc(now);
    record.utcOffset = now.toLocalTime().offsetFromUtc();
    record.workstation = m_options.workstation;
    for (size_t i = 0; i < events.size(); ++i) {
        const AuditEvent& event = events[i];
        record.seq = ++seq;
        record.actor = event.actor;
        record.role = event.role;
        record.onBehalfOf = event.onBehalfOf;
        record.action = event.action;
        record.objectType = event.objectType;
        record.objectId = event.objectId;
        record.result = auditResultId(event.result);
        record.details = details[i];
        record.prevHash = prevHash;
        record.hash = AuditChain::recordHash(record);

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
        insert.step();
        if (insert.hasError())
            return fail(m_db.lastError());
        prevHash = record.hash;
    }

    const bool due = seq - m_lastCheckpointSeq >= m_options.checkpointEveryRecords ||
                     m_clock.monotonicMs() - m_lastCheckpointMs >= m_options.checkpointEveryMs;
    if (due) {
        if (auto s = signHeadLocked(seq, prevHash); !s)
            return fail(s.errorMessage());
    }
    if (auto s = m_db.exec("COMMIT"); !s)
        return fail(s.errorMessage());
    if (due) {
        m_lastCheckpointSeq = seq;
        m_lastCheckpointMs = m_clock.monotonicMs();
    }
    return seq;
}

Status AuditLog::signHeadLocked(qint64 seq, const QByteArray& headHash)
{
    const QString signedAt = isoUtc(m_clock.nowUtc());
    const QByteArray signature =
        m_key.sign(AuditChain::checkpointMessage(m_logId, seq, headHash, signedAt));
    SqliteStatement insert = m_db.prepare(
        "INSERT INTO audit_checkpoints (seq, head_hash, signed_at, public_key, signature) "
        "VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, seq);
    insert.bind(2, headHash);
    insert.bind(3, signedAt);
    insert.bind(4, m_key.publicKey());
    insert.bind(5, signature);
    insert.step();
    if (insert.hasError())
        return Error{m_db.lastError()};
    return {};
}

Status AuditLog::checkpoint()
{
    std::lock_guard lock(m_mutex);
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    SqliteStatement head =
        m_db.prepare("SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1");
    SqliteStatement signedHead =
        m_db.prepare("SELECT coalesce(max(seq), 0) FROM audit_checkpoints");
    const qint64 lastSigned = signedHead.step() ? signedHead.int64(0) : 0;
    signedHead.reset();
    const bool any = head.step();
    const qint64 seq = any ? head.int64(0) : 0;
    const QByteArray headHash = any ? head.blob(1) : QByteArray();
    head.reset();
    if (!any || seq == lastSigned) {
        m_db.rollback();
        return {}; // nothing new to sign
    }
    if (auto s = signHeadLocked(seq, headHash); !s) {
        m_db.rollback();
        return s;
    }
    if (auto s = m_db.exec("COMMIT"); !s)
        return s;
    m_lastCheckpointSeq = seq;
    m_lastCheckpointMs = m_clock.monotonicMs();
    return {};
}

} // namespace burgernet
