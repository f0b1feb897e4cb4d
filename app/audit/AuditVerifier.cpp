#include "app/audit/AuditVerifier.h"

#include "app/audit/AuditChain.h"
#include "app/audit/SigningKey.h"
#include "app/audit/SqliteHandle.h"

#include <QFileInfo>
#include <QJsonObject>

#include <cstring>
#include <map>
#include <vector>

namespace burgernet {

QString auditDamageId(AuditDamage damage)
{
    switch (damage) {
    case AuditDamage::None:
        return QStringLiteral("none");
    case AuditDamage::Changed:
        return QStringLiteral("changed");
    case AuditDamage::Deleted:
        return QStringLiteral("deleted");
    case AuditDamage::Inserted:
        return QStringLiteral("inserted");
    case AuditDamage::Reordered:
        return QStringLiteral("reordered");
    case AuditDamage::Truncated:
        return QStringLiteral("truncated");
    case AuditDamage::BadSignature:
        return QStringLiteral("bad-signature");
    case AuditDamage::WrongKey:
        return QStringLiteral("wrong-key");
    }
    return QStringLiteral("unknown");
}

QString AuditVerification::summary() const
{
    if (!intact())
        return tr("DAMAGED at sequence number %1 (%2): %3")
            .arg(badSeq)
            .arg(auditDamageId(damage), detail);
    QString text = tr("Intact: %1 records (last %2), %3 checkpoints, last signed up to %4 at %5 "
                      "with key %6%7.")
                       .arg(records)
                       .arg(lastSeq)
                       .arg(checkpoints)
                       .arg(lastCheckpointSeq)
                       .arg(lastCheckpointAt.isEmpty() ? QStringLiteral("-") : lastCheckpointAt,
                            keyFingerprint.isEmpty() ? QStringLiteral("-") : keyFingerprint,
                            keyGiven ? tr(" (the given public key)")
                                     : tr(" (the log's own key: compare it with the "
                                          "workstation's exported key)"));
    if (unsignedTail() > 0)
        text += QLatin1Char(' ') +
                tr("%1 records after the last checkpoint are not signed yet.").arg(unsignedTail());
    return text;
}

QJsonObject AuditVerification::toJson() const
{
    QJsonObject json{
        {QStringLiteral("intact"), intact()},
        {QStringLiteral("log_id"), logId},
        {QStringLiteral("records"), records},
        {QStringLiteral("last_seq"), lastSeq},
        {QStringLiteral("checkpoints"), checkpoints},
        {QStringLiteral("last_checkpoint_seq"), lastCheckpointSeq},
        {QStringLiteral("last_checkpoint_at"), lastCheckpointAt},
        {QStringLiteral("unsigned_tail"), unsignedTail()},
        {QStringLiteral("key_fingerprint"), keyFingerprint},
        {QStringLiteral("key_given"), keyGiven},
    };
    if (!intact())
        json.insert(QStringLiteral("damage"),
                    QJsonObject{{QStringLiteral("kind"), auditDamageId(damage)},
                                {QStringLiteral("seq"), badSeq},
                                {QStringLiteral("detail"), detail}});
    return json;
}

namespace {

struct Checkpoint
{
    qint64 seq = 0;
    QByteArray headHash;
    QString signedAt;
    QByteArray publicKey;
    QByteArray signature;
};

bool same(std::string_view a, const AuditChain::Hash& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), b.size()) == 0;
}

bool same(std::string_view a, std::string_view b)
{
    return a == b;
}

} // namespace

Result<AuditVerification> AuditVerifier::verify(const QString& path,
                                                const std::optional<QByteArray>& publicKey)
{
    if (!QFileInfo(path).isFile())
        return Error{tr("The audit log %1 does not exist.").arg(path)};
    auto opened = SqliteHandle::open(path, true);
    if (!opened)
        return Error{tr("Cannot open the audit log %1: %2").arg(path, opened.errorMessage())};
    SqliteHandle db = std::move(opened).value();
    // One read transaction: a consistent snapshot while the console goes on appending.
    if (auto s = db.exec("BEGIN"); !s)
        return Error{tr("Cannot read the audit log %1: %2").arg(path, s.errorMessage())};

    AuditVerification v;
    v.keyGiven = publicKey.has_value();
    {
        SqliteStatement meta = db.prepare("SELECT value FROM audit_meta WHERE key = 'log_id'");
        if (!meta.isValid() || !meta.step())
            return Error{tr("%1 is not a Burgernet audit log.").arg(path)};
        v.logId = meta.text(0);
    }

    std::vector<Checkpoint> checkpoints;
    {
        SqliteStatement query = db.prepare("SELECT seq, head_hash, signed_at, public_key, "
                                           "signature FROM audit_checkpoints ORDER BY id");
        while (query.step())
            checkpoints.push_back(
                {query.int64(0), query.blob(1), query.text(2), query.blob(3), query.blob(4)});
    }
    std::map<qint64, QByteArray> hashesAtCheckpoints;
    for (const Checkpoint& c : checkpoints)
        hashesAtCheckpoints[c.seq];

    auto damage = [&](AuditDamage kind, qint64 seq, const QString& detail) {
        v.damage = kind;
        v.badSeq = seq;
        v.detail = detail;
    };
    auto storedHashAfter = [&](qint64 seq) {
        SqliteStatement next =
            db.prepare("SELECT hash FROM audit_records WHERE seq > ? ORDER BY seq LIMIT 1");
        next.bind(1, seq);
        return next.step() ? next.blob(0) : QByteArray();
    };

    // The chain, record by record, in the hot loop: no copies, no QString.
    const QByteArray genesis = AuditChain::genesisHash(v.logId);
    QByteArray prevHash = genesis;
    QByteArray prevPrevHash;
    qint64 expected = 1;
    {
        SqliteStatement rows = db.prepare(
            "SELECT seq, time_utc, utc_offset, actor, role, on_behalf_of, workstation, action, "
            "object_type, object_id, result, details, prev_hash, hash FROM audit_records "
            "ORDER BY seq");
        while (rows.step()) {
            const qint64 seq = rows.int64(0);
            if (seq != expected) {
                damage(AuditDamage::Deleted, expected,
                       seq == expected + 1
                           ? tr("record %1 is missing").arg(expected)
                           : tr("records %1 to %2 are missing").arg(expected).arg(seq - 1));
                break;
            }
            const std::string_view storedPrev = rows.blobView(12);
            const std::string_view storedHash = rows.blobView(13);
            const std::string_view prev(prevHash.constData(), static_cast<size_t>(prevHash.size()));
            if (!same(storedPrev, prev)) {
                const std::string_view prevPrev(prevPrevHash.constData(),
                                                static_cast<size_t>(prevPrevHash.size()));
                const QByteArray next = storedHashAfter(seq);
                if (!prevPrevHash.isEmpty() && same(storedPrev, prevPrev))
                    damage(AuditDamage::Inserted, seq - 1,
                           tr("record %1 is not part of the chain: it was inserted").arg(seq - 1));
                else if (!next.isEmpty() &&
                         same(storedPrev,
                              std::string_view(next.constData(), static_cast<size_t>(next.size()))))
                    damage(AuditDamage::Reordered, seq,
                           tr("records %1 and %2 are in the wrong order").arg(seq).arg(seq + 1));
                else
                    damage(AuditDamage::Changed, seq - 1,
                           tr("record %1 was rewritten: record %2 no longer links to it")
                               .arg(seq - 1)
                               .arg(seq));
                break;
            }
            const AuditChain::Hash computed = AuditChain::recordHash(AuditChain::Fields{
                seq, rows.textView(1), rows.int64(2), rows.textView(3), rows.textView(4),
                rows.textView(5), rows.textView(6), rows.textView(7), rows.textView(8),
                rows.textView(9), rows.textView(10), rows.textView(11), storedPrev});
            if (!same(storedHash, computed)) {
                damage(AuditDamage::Changed, seq,
                       tr("the content of record %1 does not match its hash").arg(seq));
                break;
            }
            if (auto it = hashesAtCheckpoints.find(seq); it != hashesAtCheckpoints.end())
                it->second = AuditChain::toBytes(computed);
            prevPrevHash = prevHash;
            prevHash = AuditChain::toBytes(computed);
            v.records++;
            v.lastSeq = seq;
            ++expected;
        }
        if (rows.hasError() && v.intact())
            return Error{tr("Cannot read the audit log %1: %2").arg(path, db.lastError())};
    }

    // The checkpoints: signed by the right key, over heads that are still there.
    qint64 lastGoodCheckpoint = 0;
    for (const Checkpoint& c : checkpoints) {
        if (!v.intact())
            break;
        const QByteArray key = publicKey.value_or(c.publicKey);
        const QByteArray message =
            AuditChain::checkpointMessage(v.logId, c.seq, c.headHash, c.signedAt);
        if (!SigningKey::verify(key, message, c.signature)) {
            if (publicKey && c.publicKey != *publicKey)
                damage(AuditDamage::WrongKey, c.seq,
                       tr("the checkpoint up to record %1 (%2) is signed with key %3, not with "
                          "the workstation's key %4")
                           .arg(c.seq)
                           .arg(c.signedAt, SigningKey::fingerprintOf(c.publicKey),
                                SigningKey::fingerprintOf(*publicKey)));
            else
                damage(AuditDamage::BadSignature, c.seq,
                       tr("the signature of the checkpoint up to record %1 (%2) is not valid")
                           .arg(c.seq)
                           .arg(c.signedAt));
            break;
        }
        if (c.seq > v.lastSeq) {
            damage(AuditDamage::Truncated, v.lastSeq + 1,
                   tr("records %1 to %2 are gone: the checkpoint of %3 was signed up to record %2")
                       .arg(v.lastSeq + 1)
                       .arg(c.seq)
                       .arg(c.signedAt));
            break;
        }
        if (hashesAtCheckpoints[c.seq] != c.headHash) {
            damage(AuditDamage::Changed, lastGoodCheckpoint + 1,
                   tr("records %1 to %2 were rewritten after the checkpoint of %3")
                       .arg(lastGoodCheckpoint + 1)
                       .arg(c.seq)
                       .arg(c.signedAt));
            break;
        }
        lastGoodCheckpoint = qMax(lastGoodCheckpoint, c.seq);
        v.checkpoints++;
        v.lastCheckpointSeq = lastGoodCheckpoint;
        v.lastCheckpointAt = c.signedAt;
        v.keyFingerprint = SigningKey::fingerprintOf(key);
    }
    if (v.keyFingerprint.isEmpty() && publicKey)
        v.keyFingerprint = SigningKey::fingerprintOf(*publicKey);
    db.rollback(); // a read transaction: nothing to keep
    return v;
}

} // namespace burgernet
