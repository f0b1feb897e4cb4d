// Tampering with a log in every way an attacker with write access to the file could, and
// verification catching each one with the first bad sequence number and the kind of damage.
#include "app/audit/AuditChain.h"
#include "app/audit/AuditVerifier.h"
#include "app/audit/SigningKey.h"
#include "tests/audit/AuditTestSupport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {

AuditVerification verified(const test::AuditFixture& f, bool withKey = true)
{
    std::optional<QByteArray> key;
    if (withKey) {
        auto loaded = SigningKey::load(f.keyPath());
        REQUIRE(loaded.ok());
        key = loaded->publicKey();
    }
    auto v = AuditVerifier::verify(f.path(), key);
    REQUIRE(v.ok());
    return *v;
}

// A log of 40 records with checkpoints at 10, 20, 30 and 40 (at close).
std::unique_ptr<test::AuditFixture> signedLog()
{
    auto f = std::make_unique<test::AuditFixture>(10);
    f->appendSome(40);
    f->close();
    REQUIRE(verified(*f).intact());
    return f;
}

} // namespace

TEST_CASE("A flipped byte in a field is caught as a change", "[audit][tamper]")
{
    auto f = signedLog();
    f->tamper(
        {QStringLiteral("UPDATE audit_records SET actor = 'centralist.wesT' WHERE seq = 17")});
    const auto v = verified(*f);
    INFO(v.summary().toStdString());
    CHECK(v.damage == AuditDamage::Changed);
    CHECK(v.badSeq == 17);

    auto g = signedLog();
    g->tamper({QStringLiteral("UPDATE audit_records SET details = replace(details, '14', '15') "
                              "WHERE seq = 3")});
    CHECK(verified(*g).damage == AuditDamage::Changed);
    CHECK(verified(*g).badSeq == 3);

    auto h = signedLog();
    h->tamper({QStringLiteral("UPDATE audit_records SET result = 'denied' WHERE seq = 40")});
    CHECK(verified(*h).damage == AuditDamage::Changed);
    CHECK(verified(*h).badSeq == 40);
}

TEST_CASE("A deleted record is caught", "[audit][tamper]")
{
    auto f = signedLog();
    f->tamper({QStringLiteral("DELETE FROM audit_records WHERE seq = 12")});
    const auto v = verified(*f);
    INFO(v.summary().toStdString());
    CHECK(v.damage == AuditDamage::Deleted);
    CHECK(v.badSeq == 12);

    auto g = signedLog();
    g->tamper({QStringLiteral("DELETE FROM audit_records WHERE seq IN (1, 2, 3)")});
    CHECK(verified(*g).damage == AuditDamage::Deleted);
    CHECK(verified(*g).badSeq == 1);
}

TEST_CASE("An inserted record is caught, even with a well-forged hash", "[audit][tamper]")
{
    auto f = signedLog();
    // Make room at 15 and slip in a record that links to 14 with a correct hash.
    f->tamper({QStringLiteral("UPDATE audit_records SET seq = -seq - 1 WHERE seq >= 15"),
               QStringLiteral("UPDATE audit_records SET seq = -seq WHERE seq < 0"),
               QStringLiteral(
                   "INSERT INTO audit_records SELECT 15, time_utc, utc_offset, 'intruder', "
                   "role, on_behalf_of, workstation, 'action.cancel', object_type, "
                   "object_id, result, details, hash, x'00' FROM audit_records WHERE seq = 14")});
    // Forge the inserted record's hash only (rehashFrom(15) would rewrite the rest too).
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        db.setDatabaseName(f->path());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(
            q.exec(QStringLiteral("SELECT seq, time_utc, utc_offset, actor, role, on_behalf_of, "
                                  "workstation, action, object_type, object_id, result, details, "
                                  "prev_hash FROM audit_records WHERE seq = 15")));
        REQUIRE(q.next());
        AuditRecord r;
        r.seq = 15;
        r.timeUtc = q.value(1).toString();
        r.utcOffset = q.value(2).toInt();
        r.actor = q.value(3).toString();
        r.role = q.value(4).toString();
        r.onBehalfOf = q.value(5).toString();
        r.workstation = q.value(6).toString();
        r.action = q.value(7).toString();
        r.objectType = q.value(8).toString();
        r.objectId = q.value(9).toString();
        r.result = q.value(10).toString();
        r.details = q.value(11).toString();
        r.prevHash = q.value(12).toByteArray();
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE audit_records SET hash = ? WHERE seq = 15"));
        u.addBindValue(AuditChain::recordHash(r));
        REQUIRE(u.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    const auto v = verified(*f);
    INFO(v.summary().toStdString());
    CHECK(v.damage == AuditDamage::Inserted);
    CHECK(v.badSeq == 15);
}

TEST_CASE("Swapped records are caught as reordered", "[audit][tamper]")
{
    auto f = signedLog();
    f->tamper({QStringLiteral("UPDATE audit_records SET seq = -1 WHERE seq = 22"),
               QStringLiteral("UPDATE audit_records SET seq = 22 WHERE seq = 23"),
               QStringLiteral("UPDATE audit_records SET seq = 23 WHERE seq = -1")});
    const auto v = verified(*f);
    INFO(v.summary().toStdString());
    CHECK(v.damage == AuditDamage::Reordered);
    CHECK(v.badSeq == 22);
}

TEST_CASE("A truncated tail is caught by the last checkpoint", "[audit][tamper]")
{
    auto f = signedLog();
    f->tamper({QStringLiteral("DELETE FROM audit_records WHERE seq > 33")});
    const auto v = verified(*f);
    INFO(v.summary().toStdString());
    CHECK(v.damage == AuditDamage::Truncated);
    CHECK(v.badSeq == 34);
    CHECK(v.detail.contains(QStringLiteral("34")));
    CHECK(v.detail.contains(QStringLiteral("40")));
}

TEST_CASE("A chain rewritten and rehashed is caught by the signed checkpoints", "[audit][tamper]")
{
    auto f = signedLog();
    f->tamper({QStringLiteral("UPDATE audit_records SET action = 'action.cancel' WHERE seq = 26")});
    f->rehashFrom(26);
    const auto v = verified(*f);
    INFO(v.summary().toStdString());
    CHECK(v.damage == AuditDamage::Changed);
    CHECK(v.badSeq == 21); // somewhere after the checkpoint at 20, up to the one at 30
    CHECK(v.detail.contains(QStringLiteral("30")));
}

TEST_CASE("A log re-signed with another key is caught against the workstation's key",
          "[audit][tamper]")
{
    auto f = signedLog();
    f->tamper({QStringLiteral("UPDATE audit_records SET actor = 'nobody' WHERE seq = 5")});
    f->rehashFrom(5);
    // The attacker signs every checkpoint again, over the new heads, with a key of their own.
    const SigningKey forger = SigningKey::generate();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("resign"));
        db.setDatabaseName(f->path());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM audit_meta WHERE key = 'log_id'")));
        REQUIRE(q.next());
        const QString logId = q.value(0).toString();
        REQUIRE(q.exec(
            QStringLiteral("SELECT c.id, c.seq, r.hash, c.signed_at FROM audit_checkpoints c "
                           "JOIN audit_records r ON r.seq = c.seq")));
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE audit_checkpoints SET head_hash = ?, public_key = ?, "
                                 "signature = ? WHERE id = ?"));
        while (q.next()) {
            const QByteArray head = q.value(2).toByteArray();
            u.addBindValue(head);
            u.addBindValue(forger.publicKey());
            u.addBindValue(forger.sign(AuditChain::checkpointMessage(logId, q.value(1).toLongLong(),
                                                                     head, q.value(3).toString())));
            u.addBindValue(q.value(0));
            REQUIRE(u.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("resign"));

    const auto v = verified(*f, true);
    INFO(v.summary().toStdString());
    CHECK(v.damage == AuditDamage::WrongKey);
    CHECK(v.badSeq == 10);
    // Without the workstation's key the log looks whole, but names the forger's key, which the
    // checker compares with the exported one.
    const auto own = verified(*f, false);
    CHECK(own.intact());
    CHECK(own.keyFingerprint == forger.fingerprint());
}

TEST_CASE("A damaged signature is caught", "[audit][tamper]")
{
    auto f = signedLog();
    f->tamper({QStringLiteral("UPDATE audit_checkpoints SET signature = "
                              "randomblob(64) WHERE seq = 20")});
    const auto v = verified(*f, false);
    CHECK(v.damage == AuditDamage::BadSignature);
    CHECK(v.badSeq == 20);
}
