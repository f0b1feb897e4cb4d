// Tampering with a log in every way an insider with write access to the file could, and the
// verification catching each one with the first bad sequence number and the kind of damage. The
// checker trusts the workstation's public key and the register's anchors (here: the signed heads
// of the untouched log, as a notary or the register keeps them).
#include "app/audit/AuditChain.h"
#include "app/audit/AuditVerifier.h"
#include "app/audit/SigningKey.h"
#include "tests/audit/AuditTestSupport.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

// 40 records, and checkpoint records after every ten: 11 (signing 10), 22, 33 and 44.
struct SignedLog
{
    test::AuditFixture f{10};
    SigningKey key;
    std::vector<AuditAnchor> anchors; // the register's copy: heads 10, 21, 32 and 43

    SignedLog()
    {
        f.appendSome(40);
        f.close();
        key = f.key();
        auto v = AuditVerifier::verify(f.path(), key.publicKey());
        REQUIRE(v.ok());
        REQUIRE(v->intact());
        REQUIRE(v->lastSeq == 44);
        anchors = v->signedHeads;
        REQUIRE(anchors.size() == 4);
    }

    AuditVerification check(bool withKey = true, bool withAnchors = true) const
    {
        AuditTrust trust;
        if (withKey)
            trust.publicKey = key.publicKey();
        trust.keySource = withKey ? AuditKeySource::Workstation : AuditKeySource::LogOwn;
        if (withAnchors)
            trust.anchors = anchors;
        auto v = AuditVerifier::verify(f.path(), trust);
        REQUIRE(v.ok());
        return *v;
    }
};

void expectDamage(const AuditVerification& v, AuditDamage kind, qint64 seq)
{
    INFO(v.summary().toStdString());
    CHECK(auditDamageId(v.damage) == auditDamageId(kind));
    CHECK(v.badSeq == seq);
}

void run(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("tamper-direct");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("Tamper: a changed field is caught in the record that was changed", "[audit][tamper]")
{
    const std::vector<std::pair<QString, qint64>> edits{
        {QStringLiteral("UPDATE audit_records SET actor = 'centralist.wesT' WHERE seq = 17"), 17},
        {QStringLiteral("UPDATE audit_records SET details = replace(details, '1', '2') "
                        "WHERE seq = 3"),
         3},
        {QStringLiteral("UPDATE audit_records SET result = 'denied' WHERE seq = 43"), 43},
        {QStringLiteral("UPDATE audit_records SET time_utc = '2026-11-27T13:00:00.000Z' "
                        "WHERE seq = 5"),
         5},
        {QStringLiteral("UPDATE audit_records SET on_behalf_of = 'supervisor.oost' WHERE seq = 30"),
         30},
        {QStringLiteral("UPDATE audit_records SET mode = 'training' WHERE seq = 12"), 12},
        {QStringLiteral("UPDATE audit_records SET details = replace(details, '\"head_seq\":21', "
                        "'\"head_seq\":20') WHERE seq = 22"),
         22},
    };
    for (const auto& [sql, seq] : edits) {
        SignedLog log;
        log.f.tamper({sql});
        expectDamage(log.check(), AuditDamage::Changed, seq);
        expectDamage(log.check(false, false), AuditDamage::Changed, seq);
    }
}

TEST_CASE("Tamper: deleted records are caught, checkpoints included", "[audit][tamper]")
{
    SignedLog one;
    one.f.tamper({QStringLiteral("DELETE FROM audit_records WHERE seq = 12")});
    expectDamage(one.check(), AuditDamage::Deleted, 12);

    SignedLog first;
    first.f.tamper({QStringLiteral("DELETE FROM audit_records WHERE seq IN (1, 2, 3)")});
    expectDamage(first.check(), AuditDamage::Deleted, 1);

    SignedLog checkpoint;
    checkpoint.f.tamper({QStringLiteral("DELETE FROM audit_records WHERE seq = 22")});
    expectDamage(checkpoint.check(false, false), AuditDamage::Deleted, 22);

    SignedLog every;
    every.f.tamper({QStringLiteral("DELETE FROM audit_records WHERE action = 'audit.checkpoint'")});
    expectDamage(every.check(false, false), AuditDamage::Deleted, 11);
}

TEST_CASE("Tamper: an inserted record is caught, even with a well-forged hash", "[audit][tamper]")
{
    SignedLog log;
    // Make room at 15 and slip in a record that links to 14 with a correct hash.
    log.f.tamper(
        {QStringLiteral("UPDATE audit_records SET seq = -seq - 1 WHERE seq >= 15"),
         QStringLiteral("UPDATE audit_records SET seq = -seq WHERE seq < 0"),
         QStringLiteral("INSERT INTO audit_records SELECT 15, time_utc, utc_offset, 'intruder', "
                        "role, on_behalf_of, workstation, 'action.cancel', object_type, "
                        "object_id, result, details, hash, x'00', mode FROM audit_records "
                        "WHERE seq = 14")});
    // The inserted record's own hash, as the attacker computes it (the rest stays as it was).
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        db.setDatabaseName(log.f.path());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT time_utc, utc_offset, actor, role, on_behalf_of, workstation, action, "
            "object_type, object_id, result, details, prev_hash, mode FROM audit_records "
            "WHERE seq = 15")));
        REQUIRE(q.next());
        AuditRecord r;
        r.seq = 15;
        r.timeUtc = q.value(0).toString();
        r.utcOffset = q.value(1).toInt();
        r.actor = q.value(2).toString();
        r.role = q.value(3).toString();
        r.onBehalfOf = q.value(4).toString();
        r.workstation = q.value(5).toString();
        r.action = q.value(6).toString();
        r.objectType = q.value(7).toString();
        r.objectId = q.value(8).toString();
        r.result = q.value(9).toString();
        r.details = q.value(10).toString();
        r.prevHash = q.value(11).toByteArray();
        r.mode = enumFromId<Mode>(q.value(12).toString());
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE audit_records SET hash = ? WHERE seq = 15"));
        u.addBindValue(AuditChain::recordHash(r));
        REQUIRE(u.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    expectDamage(log.check(), AuditDamage::Inserted, 15);
}

TEST_CASE("Tamper: swapped records are caught as reordered", "[audit][tamper]")
{
    SignedLog log;
    log.f.tamper({QStringLiteral("UPDATE audit_records SET seq = -1 WHERE seq = 23"),
                  QStringLiteral("UPDATE audit_records SET seq = 23 WHERE seq = 24"),
                  QStringLiteral("UPDATE audit_records SET seq = 24 WHERE seq = -1")});
    expectDamage(log.check(), AuditDamage::Reordered, 23);
}

TEST_CASE("Tamper: a tail cut off together with the checkpoints above the cut is caught by the "
          "register's anchors",
          "[audit][tamper]")
{
    for (const qint64 cut : {35, 33, 20}) {
        SignedLog log;
        log.f.tamper({QStringLiteral("DELETE FROM audit_records WHERE seq > %1").arg(cut)});
        const AuditVerification v = log.check();
        expectDamage(v, AuditDamage::Truncated, cut + 1);
        CHECK(v.detail.contains(QStringLiteral("record 43"))); // the last anchored head
        // The file alone cannot tell: what is left is a whole, shorter log.
        CHECK(log.check(true, false).intact());
    }
}

TEST_CASE("Tamper: a chain rewritten and rehashed is caught by the next checkpoint",
          "[audit][tamper]")
{
    SignedLog log;
    log.f.tamper(
        {QStringLiteral("UPDATE audit_records SET action = 'action.cancel' WHERE seq = 26")});
    log.f.rehashFrom(26);
    const AuditVerification v = log.check(true, false);
    expectDamage(v, AuditDamage::Changed, 23); // after the checkpoint at 22, before the one at 33
    CHECK(v.detail.contains(QStringLiteral("32")));
}

TEST_CASE("Tamper: the later checkpoints deleted, then a record rewritten and the chain rehashed",
          "[audit][tamper]")
{
    SignedLog log;
    log.f.tamper({QStringLiteral("DELETE FROM audit_records WHERE seq = 44"),
                  QStringLiteral("UPDATE audit_records SET actor = 'nobody' WHERE seq = 36")});
    log.f.rehashFrom(36);
    // The file alone looks whole, with an unsigned tail; the register's anchor of 43 does not.
    const AuditVerification alone = log.check(true, false);
    CHECK(alone.intact());
    CHECK(alone.unsignedTail() == 10);
    expectDamage(log.check(), AuditDamage::Restored, 43);
}

TEST_CASE("Tamper: every checkpoint deleted and the chain renumbered and rehashed",
          "[audit][tamper]")
{
    SignedLog log;
    log.f.tamper({QStringLiteral("DELETE FROM audit_records WHERE action = 'audit.checkpoint'")});
    log.f.renumberAndRehash();
    // Records 1 to 10 are as they were; the anchored head of 21 is not.
    expectDamage(log.check(), AuditDamage::Restored, 21);

    // A log longer than the writer ever leaves unsigned is caught without the register too.
    test::AuditFixture big(100);
    for (int i = 0; i < 25; ++i) {
        std::vector<AuditEvent> batch;
        for (int j = 0; j < 100; ++j)
            batch.push_back(test::sampleEvent(i * 100 + j));
        REQUIRE(big.log().append(batch).ok());
    }
    big.close();
    big.tamper({QStringLiteral("DELETE FROM audit_records WHERE action = 'audit.checkpoint'")});
    big.renumberAndRehash();
    auto v = AuditVerifier::verify(big.path());
    REQUIRE(v.ok());
    expectDamage(*v, AuditDamage::Unsigned, 1);
}

TEST_CASE("Tamper: a log re-signed with another key", "[audit][tamper]")
{
    SignedLog log;
    log.f.tamper({QStringLiteral("UPDATE audit_records SET actor = 'nobody' WHERE seq = 5")});
    const SigningKey forger = SigningKey::generate();
    log.f.rehashFrom(5, &forger);
    expectDamage(log.check(true, false), AuditDamage::WrongKey, 10);
    // Without the workstation's key or the register, the log looks whole, and the verification
    // names the forger's key and says that it was not compared with an exported one.
    const AuditVerification alone = log.check(false, false);
    CHECK(alone.intact());
    CHECK(alone.keyFingerprint == forger.fingerprint());
    CHECK(alone.summary().contains(QStringLiteral("not compared")));
    // The register's anchors hold the heads as they were.
    expectDamage(log.check(false, true), AuditDamage::Restored, 10);
}

TEST_CASE("Tamper: a log rewritten and re-signed with the workstation's own key is caught by the "
          "register's anchors",
          "[audit][tamper]")
{
    SignedLog log;
    log.f.tamper({QStringLiteral("UPDATE audit_records SET actor = 'nobody' WHERE seq = 27")});
    log.f.rehashFrom(27, &log.key);
    CHECK(log.check(true, false).intact()); // who holds the key can rewrite the file
    expectDamage(log.check(), AuditDamage::Restored, 32);
}

TEST_CASE("Tamper: a damaged checkpoint signature is caught", "[audit][tamper]")
{
    SignedLog log;
    log.f.tamper({QStringLiteral("UPDATE audit_records SET details = json_set(details, "
                                 "'$.signature', 'AAAA' || substr(json_extract(details, "
                                 "'$.signature'), 5)) WHERE seq = 22")});
    log.f.rehashFrom(22);
    expectDamage(log.check(true, false), AuditDamage::BadSignature, 21);
}

TEST_CASE("Tamper: a second key within one log is damage even without a trusted key",
          "[audit][tamper]")
{
    SignedLog log;
    // Records appended at the end, chained properly, with a checkpoint of the attacker's key.
    log.f.tamper({QStringLiteral("INSERT INTO audit_records SELECT 45, time_utc, utc_offset, "
                                 "actor, role, on_behalf_of, workstation, action, object_type, "
                                 "object_id, result, details, x'00', x'00', mode FROM "
                                 "audit_records WHERE seq = 43"),
                  QStringLiteral("INSERT INTO audit_records SELECT 46, time_utc, utc_offset, "
                                 "actor, role, on_behalf_of, workstation, action, object_type, "
                                 "object_id, result, details, x'00', x'00', mode FROM "
                                 "audit_records WHERE seq = 44")});
    const SigningKey other = SigningKey::generate();
    log.f.rehashFrom(45, &other);
    expectDamage(log.check(false, false), AuditDamage::WrongKey, 45);
}

TEST_CASE("Tamper: an older copy of the log put back is caught by the register's anchors",
          "[audit][tamper]")
{
    test::AuditFixture f(10);
    f.appendSome(20);
    f.close();
    const QString old = f.path() + QStringLiteral(".old");
    REQUIRE(QFile::copy(f.path(), old));
    f.reopen();
    f.appendSome(25);
    f.close();
    const SigningKey key = f.key();
    auto whole = AuditVerifier::verify(f.path(), key.publicKey());
    REQUIRE(whole.ok());
    const std::vector<AuditAnchor> anchors = whole->signedHeads;
    const AuditTrust trust{key.publicKey(), AuditKeySource::Workstation, anchors};

    REQUIRE(QFile::remove(f.path()));
    REQUIRE(QFile::copy(old, f.path()));
    auto restored = AuditVerifier::verify(f.path(), trust);
    REQUIRE(restored.ok());
    expectDamage(*restored, AuditDamage::Truncated, 23);
    CHECK(restored->detail.contains(QStringLiteral("older copy")));

    // The console goes on writing into the old copy: the same numbers now hold other records.
    f.reopen();
    f.clock().advance(60'000);
    f.appendSome(30);
    f.close();
    auto continued = AuditVerifier::verify(f.path(), trust);
    REQUIRE(continued.ok());
    INFO(continued->summary().toStdString());
    CHECK(continued->damage == AuditDamage::Restored);
    CHECK(continued->badSeq > 22);
}

TEST_CASE("Tamper: a record taken from another log is caught", "[audit][tamper]")
{
    SignedLog log;
    SignedLog other;
    run(log.f.path(),
        {QStringLiteral("ATTACH DATABASE '%1' AS other").arg(other.f.path()),
         QStringLiteral("DROP TRIGGER IF EXISTS audit_records_no_delete"),
         QStringLiteral("DELETE FROM audit_records WHERE seq = 5"),
         QStringLiteral("INSERT INTO audit_records SELECT * FROM other.audit_records WHERE "
                        "seq = 5")});
    const AuditVerification v = log.check();
    INFO(v.summary().toStdString());
    CHECK(v.damage == AuditDamage::Changed);
    CHECK((v.badSeq == 4 || v.badSeq == 5));
}

TEST_CASE("Tamper: an anchor forged in the register is caught", "[audit][tamper]")
{
    SignedLog log;
    log.anchors[2].signature[5] = static_cast<char>(log.anchors[2].signature[5] ^ 0x40);
    expectDamage(log.check(), AuditDamage::BadSignature, 32);
}

TEST_CASE("An untouched log verifies against its key and the register across clock jumps",
          "[audit][tamper]")
{
    test::AuditFixture f(10);
    for (int i = 0; i < 12; ++i) {
        f.appendSome(7);
        // Daylight saving, a corrected clock, a clock set back by a day.
        f.clock().advance(i % 3 == 0 ? -3'600'000 : (i % 3 == 1 ? 86'400'000 : -86'400'000));
        if (i % 4 == 0)
            f.reopen();
    }
    f.close();
    const SigningKey key = f.key();
    auto first = AuditVerifier::verify(f.path(), key.publicKey());
    REQUIRE(first.ok());
    const AuditTrust trust{key.publicKey(), AuditKeySource::Workstation, first->signedHeads};
    auto v = AuditVerifier::verify(f.path(), trust);
    REQUIRE(v.ok());
    INFO(v->summary().toStdString());
    CHECK(v->intact());
    CHECK(v->anchors == static_cast<int>(first->signedHeads.size()));
    CHECK(v->records - v->checkpoints == 84);
}
