#include "tests/audit/AuditTestSupport.h"

#include "app/audit/AuditChain.h"

#include <QSqlError>
#include <QUuid>

#include <catch2/catch.hpp>

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
    tamper({QStringLiteral("CREATE TEMP TABLE renumbered AS SELECT seq AS old, "
                           "row_number() OVER (ORDER BY seq) AS new FROM audit_records"),
            QStringLiteral("UPDATE audit_records SET seq = -seq"),
            QStringLiteral("UPDATE audit_records SET seq = (SELECT new FROM renumbered WHERE "
                           "old = -audit_records.seq)")});
    rehashFrom(1, signer);
}

void AuditFixture::rehashFrom(qint64 from, const SigningKey* signer)
{
    close();
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path());
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_records_no_update"));
        QSqlQuery id(db);
        REQUIRE(id.exec(QStringLiteral("SELECT value FROM audit_meta WHERE key='log_id'")));
        REQUIRE(id.next());
        const QString logId = id.value(0).toString();
        QSqlQuery prev(db);
        prev.prepare(QStringLiteral("SELECT hash FROM audit_records WHERE seq = ?"));
        prev.addBindValue(from - 1);
        REQUIRE(prev.exec());
        QByteArray prevHash =
            prev.next() ? prev.value(0).toByteArray() : AuditChain::genesisHash(logId);
        QSqlQuery rows(db);
        REQUIRE(rows.exec(
            QStringLiteral(
                "SELECT seq, time_utc, utc_offset, actor, role, on_behalf_of, workstation, action, "
                "object_type, object_id, result, details, mode FROM audit_records WHERE seq >= %1 "
                "ORDER BY seq")
                .arg(from)));
        std::vector<AuditRecord> records;
        while (rows.next()) {
            AuditRecord r;
            r.seq = rows.value(0).toLongLong();
            r.timeUtc = rows.value(1).toString();
            r.utcOffset = rows.value(2).toInt();
            r.actor = rows.value(3).toString();
            r.role = rows.value(4).toString();
            r.onBehalfOf = rows.value(5).toString();
            r.workstation = rows.value(6).toString();
            r.action = rows.value(7).toString();
            r.objectType = rows.value(8).toString();
            r.objectId = rows.value(9).toString();
            r.result = rows.value(10).toString();
            r.details = rows.value(11).toString();
            r.mode = enumFromId<Mode>(rows.value(12).toString());
            records.push_back(r);
        }
        QSqlQuery update(db);
        update.prepare(QStringLiteral(
            "UPDATE audit_records SET prev_hash = ?, hash = ?, details = ? WHERE seq = ?"));
        for (AuditRecord& r : records) {
            if (signer && r.action == QLatin1String("audit.checkpoint")) {
                AuditAnchor anchor;
                anchor.seq = r.seq - 1;
                anchor.headHash = prevHash;
                anchor.signedAt = r.timeUtc;
                anchor.publicKey = signer->publicKey();
                anchor.signature = signer->sign(AuditChain::checkpointMessage(
                    logId, anchor.seq, anchor.headHash, anchor.signedAt));
                r.details = AuditChain::checkpointDetails(anchor);
            }
            r.prevHash = prevHash;
            r.hash = AuditChain::recordHash(r);
            update.addBindValue(r.prevHash);
            update.addBindValue(r.hash);
            update.addBindValue(r.details);
            update.addBindValue(r.seq);
            REQUIRE(update.exec());
            prevHash = r.hash;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace burgernet::test
