#include "tests/audit/AuditTestSupport.h"

#include "app/audit/AuditChain.h"
#include "app/audit/SqliteHandle.h"

#include <QSqlError>
#include <QUuid>

#include <catch2/catch.hpp>
#include <stdexcept>

namespace burgernet::test {

AuditEvent sampleEvent(int i)
{
    AuditEvent event;
    event.actor =
        i % 3 == 0 ? QStringLiteral("centralist.west") : QStringLiteral("supervisor.oost");
    event.role = i % 3 == 0 ? QStringLiteral("dispatcher") : QStringLiteral("supervisor");
    event.action = i % 2 == 0 ? QStringLiteral("action.send") : QStringLiteral("participant.open");
    event.objectType = i % 2 == 0 ? QStringLiteral("action") : QStringLiteral("participant");
    event.objectId = QStringLiteral("BN-%1").arg(1000 + i);
    event.details = QJsonObject{{QStringLiteral("recipients"), i * 7},
                                {QStringLiteral("note"), QStringLiteral("batch ë %1").arg(i)}};
    return event;
}

AuditFixture::AuditFixture(int checkpointEvery)
    : m_checkpointEvery(checkpointEvery)
{
    REQUIRE(m_dir.isValid());
    reopen();
}

AuditFixture::~AuditFixture() = default;

QString AuditFixture::path() const
{
    return m_dir.filePath(QStringLiteral("audit.sqlite"));
}

QString AuditFixture::keyPath() const
{
    return m_dir.filePath(QStringLiteral("audit-signing.key"));
}

void AuditFixture::reopen()
{
    m_log.reset();
    AuditLog::Options options;
    options.path = path();
    options.keyPath = keyPath();
    options.workstation = QStringLiteral("mk-west-07");
    options.checkpointEveryRecords = m_checkpointEvery;
    options.checkpointEveryMs = 24 * 3600 * 1000;
    auto log = AuditLog::open(options, m_clock);
    INFO(log.errorMessage().toStdString());
    REQUIRE(log.ok());
    m_log = std::move(log).value();
}

void AuditFixture::close()
{
    m_log.reset();
}

qint64 AuditFixture::appendSome(int count)
{
    qint64 last = 0;
    for (int i = 0; i < count; ++i) {
        m_clock.advance(1500);
        auto seq = m_log->append(sampleEvent(i));
        INFO(seq.errorMessage().toStdString());
        REQUIRE(seq.ok());
        last = *seq;
    }
    return last;
}

void AuditFixture::tamper(const QStringList& statements)
{
    close();
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path());
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& sql :
             QStringList{QStringLiteral("DROP TRIGGER IF EXISTS audit_records_no_update"),
                         QStringLiteral("DROP TRIGGER IF EXISTS audit_records_no_delete")} +
                 statements) {
            INFO(sql.toStdString());
            const bool ok = query.exec(sql);
            INFO(query.lastError().text().toStdString());
            REQUIRE(ok);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

SigningKey AuditFixture::key() const
{
    auto key = SigningKey::load(keyPath());
    REQUIRE(key.ok());
    return *key;
}

void AuditFixture::renumberAndRehash(const SigningKey* signer)
{
    // Rewriting from the first record numbers the records that are left 1, 2, 3 … again.
    rehashFrom(1, signer);
}

void AuditFixture::rehashFrom(qint64 from, const SigningKey* signer)
{
    tamper({});
    auto opened = SqliteHandle::open(path(), false);
    REQUIRE(opened.ok());
    SqliteHandle db = std::move(opened).value();
    SqliteStatement id = db.prepare("SELECT value FROM audit_meta WHERE key = 'log_id'");
    REQUIRE(id.step());
    const QString logId = id.text(0);
    id.reset();
    REQUIRE(db.exec("BEGIN").ok());
    rewriteChain(
        db, logId, from, [](AuditRecord&) {}, false, signer);
    REQUIRE(db.exec("COMMIT").ok());
}

void rewriteChain(SqliteHandle& db, const QString& logId, qint64 from,
                  const std::function<void(AuditRecord&)>& edit, bool dropCheckpoints,
                  const SigningKey* signer)
{
    SqliteStatement prev = db.prepare("SELECT hash FROM audit_records WHERE seq = ?");
    prev.bind(1, from - 1);
    QByteArray prevHash = prev.step() ? prev.blob(0) : AuditChain::genesisHash(logId);
    prev.reset();
    SqliteStatement rows = db.prepare(
        "SELECT seq, time_utc, utc_offset, actor, role, on_behalf_of, workstation, action, "
        "object_type, object_id, result, details, mode FROM audit_records WHERE seq >= ? "
        "ORDER BY seq");
    rows.bind(1, from);
    std::vector<AuditRecord> records;
    while (rows.step()) {
        AuditRecord r;
        r.seq = rows.int64(0);
        r.timeUtc = rows.text(1);
        r.utcOffset = static_cast<int>(rows.int64(2));
        r.actor = rows.text(3);
        r.role = rows.text(4);
        r.onBehalfOf = rows.text(5);
        r.workstation = rows.text(6);
        r.action = rows.text(7);
        r.objectType = rows.text(8);
        r.objectId = rows.text(9);
        r.result = rows.text(10);
        r.details = rows.text(11);
        r.mode = enumFromId<Mode>(rows.text(12));
        if (dropCheckpoints && r.action == QLatin1String("audit.checkpoint"))
            continue;
        records.push_back(std::move(r));
    }
    rows.reset();
    SqliteStatement drop = db.prepare("DELETE FROM audit_records WHERE seq >= ?");
    drop.bind(1, from);
    drop.step();
    SqliteStatement insert = db.prepare(
        "INSERT INTO audit_records (seq, time_utc, utc_offset, actor, role, on_behalf_of, "
        "workstation, action, object_type, object_id, result, details, prev_hash, hash, mode) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    qint64 seq = from;
    for (AuditRecord& r : records) {
        if (r.seq == from)
            edit(r);
        r.seq = seq++;
        if (signer && r.action == QLatin1String("audit.checkpoint")) {
            AuditAnchor anchor;
            anchor.seq = r.seq - 1;
            anchor.headHash = prevHash;
            anchor.signedAt = r.timeUtc;
            anchor.publicKey = signer->publicKey();
            anchor.signature = signer->sign(
                AuditChain::checkpointMessage(logId, anchor.seq, anchor.headHash, anchor.signedAt));
            r.details = AuditChain::checkpointDetails(anchor);
        }
        r.prevHash = prevHash;
        r.hash = AuditChain::recordHash(r);
        insert.reset();
        insert.bind(1, r.seq);
        insert.bind(2, r.timeUtc);
        insert.bind(3, static_cast<qint64>(r.utcOffset));
        insert.bind(4, r.actor);
        insert.bind(5, r.role);
        insert.bind(6, r.onBehalfOf);
        insert.bind(7, r.workstation);
        insert.bind(8, r.action);
        insert.bind(9, r.objectType);
        insert.bind(10, r.objectId);
        insert.bind(11, r.result);
        insert.bind(12, r.details);
        insert.bind(13, r.prevHash);
        insert.bind(14, r.hash);
        insert.bind(15, r.mode ? enumId(*r.mode) : QString());
        insert.step();
        if (insert.hasError())
            throw std::runtime_error(db.lastError().toStdString());
        prevHash = r.hash;
    }
}

} // namespace burgernet::test
