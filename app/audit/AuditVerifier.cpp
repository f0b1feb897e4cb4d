#include "app/audit/AuditVerifier.h"

#include "app/audit/AuditChain.h"
#include "app/audit/SigningKey.h"
#include "app/audit/SqliteHandle.h"
#include "app/core/EnumIds.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <map>
#include <vector>

namespace burgernet {

template <>
struct EnumIdTable<AuditDamage>
{
    static constexpr std::array entries{
        std::pair{AuditDamage::None, "none"},
        std::pair{AuditDamage::Changed, "changed"},
        std::pair{AuditDamage::Deleted, "deleted"},
        std::pair{AuditDamage::Inserted, "inserted"},
        std::pair{AuditDamage::Reordered, "reordered"},
        std::pair{AuditDamage::Truncated, "truncated"},
        std::pair{AuditDamage::Restored, "restored"},
        std::pair{AuditDamage::Unsigned, "unsigned"},
        std::pair{AuditDamage::BadSignature, "bad-signature"},
        std::pair{AuditDamage::WrongKey, "wrong-key"},
        std::pair{AuditDamage::Replaced, "replaced"},
    };
};

template <>
struct EnumIdTable<AuditKeySource>
{
    static constexpr std::array entries{
        std::pair{AuditKeySource::LogOwn, "log"},
        std::pair{AuditKeySource::Given, "given"},
        std::pair{AuditKeySource::Workstation, "workstation"},
    };
};

QString auditDamageId(AuditDamage damage)
{
    return enumId(damage);
}

QString AuditVerification::summary() const
{
    if (!intact())
        return tr("DAMAGED at sequence number %1 (%2): %3")
            .arg(badSeq)
            .arg(auditDamageId(damage), detail);
    const QString key = keyFingerprint.isEmpty() ? QStringLiteral("-") : keyFingerprint;
    QString text = tr("Intact: %1 records (last %2), %3 checkpoints, last signed up to %4 at %5.")
                       .arg(records)
                       .arg(lastSeq)
                       .arg(checkpoints)
                       .arg(lastCheckpointSeq)
                       .arg(lastCheckpointAt.isEmpty() ? QStringLiteral("-") : lastCheckpointAt);
    text += QLatin1Char(' ');
    switch (keySource) {
    case AuditKeySource::Given:
        text += tr("Signatures checked against the given public key %1.").arg(key);
        break;
    case AuditKeySource::Workstation:
        text += tr("Signatures checked against this workstation's own key %1.").arg(key);
        break;
    case AuditKeySource::LogOwn:
        text += tr("Signatures checked against the key the log itself names, %1; it was not "
                   "compared with an exported public key (give one with --public-key).")
                    .arg(key);
        break;
    }
    text += QLatin1Char(' ');
    if (!anchorsChecked)
        text += tr("Not compared with the register's anchors.");
    else if (anchors == 0)
        text += tr("The register holds no anchor of this log yet.");
    else
        text += tr("It agrees with the register's %1 anchors, the last for record %2 (%3).")
                    .arg(anchors)
                    .arg(lastAnchoredSeq)
                    .arg(lastAnchoredAt);
    if (unsignedTail() > 0)
        text += QLatin1Char(' ') +
                tr("%1 records after the last checkpoint are not signed yet.").arg(unsignedTail());
    return text;
}

QJsonObject AuditVerification::toJson() const
{
    QJsonArray heads;
    for (const AuditAnchor& a : signedHeads)
        heads.append(QJsonObject{
            {QStringLiteral("seq"), a.seq},
            {QStringLiteral("head"), QString::fromLatin1(a.headHash.toHex())},
            {QStringLiteral("signed_at"), a.signedAt},
            {QStringLiteral("key"), SigningKey::fingerprintOf(a.publicKey)},
            {QStringLiteral("signature"), QString::fromLatin1(a.signature.toBase64())},
        });
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
        {QStringLiteral("key_source"), enumId(keySource)},
        {QStringLiteral("key_given"), keySource != AuditKeySource::LogOwn},
        {QStringLiteral("anchors_checked"), anchorsChecked},
        {QStringLiteral("anchors"), anchors},
        {QStringLiteral("last_anchored_seq"), lastAnchoredSeq},
        {QStringLiteral("signed_heads"), heads},
    };
    if (!intact())
        json.insert(QStringLiteral("damage"),
                    QJsonObject{{QStringLiteral("kind"), auditDamageId(damage)},
                                {QStringLiteral("seq"), badSeq},
                                {QStringLiteral("detail"), detail}});
    return json;
}

namespace {

struct LegacyCheckpoint
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

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<size_t>(bytes.size())};
}

// One pass over the log. Its members are the state the checks share.
class Verification
{
public:
    Verification(SqliteHandle& db, const AuditTrust& trust, AuditVerification& v)
        : m_db(db)
        , m_v(v)
    {
        if (trust.publicKey) {
            m_key = *trust.publicKey;
            m_v.keySource = trust.keySource;
            m_v.keyFingerprint = SigningKey::fingerprintOf(m_key);
        }
        if (trust.anchors) {
            m_anchors = *trust.anchors;
            std::sort(m_anchors.begin(), m_anchors.end(),
                      [](const AuditAnchor& a, const AuditAnchor& b) { return a.seq < b.seq; });
            m_v.anchorsChecked = true;
        }
        m_otherLogs = trust.otherLogs;
    }

    Status run()
    {
        readLegacyCheckpoints();
        if (!chain())
            return Error{AuditVerifier::tr("Cannot read the audit log: %1").arg(m_db.lastError())};
        if (m_v.intact())
            legacyCheckpoints();
        if (m_v.intact())
            anchorsBeyondTheEnd();
        if (m_v.intact())
            anotherLogAnchored();
        return {};
    }

private:
    void damage(AuditDamage kind, qint64 seq, const QString& detail)
    {
        m_v.damage = kind;
        m_v.badSeq = seq;
        m_v.detail = detail;
    }

    // The key every signature of this log must verify with: the trusted one, or else the first
    // the log names. A second key in one log is damage either way.
    bool keyAccepted(const QByteArray& key, qint64 seq, const QString& signedAt)
    {
        if (m_key.isEmpty()) {
            m_key = key;
            m_v.keyFingerprint = SigningKey::fingerprintOf(key);
            return true;
        }
        if (key == m_key)
            return true;
        damage(AuditDamage::WrongKey, seq,
               m_v.keySource == AuditKeySource::LogOwn
                   ? AuditVerifier::tr("the checkpoint of %1 is signed with key %2, earlier ones "
                                       "with key %3: one log never holds two keys")
                         .arg(signedAt, SigningKey::fingerprintOf(key), m_v.keyFingerprint)
                   : AuditVerifier::tr("the checkpoint up to record %1 (%2) is signed with key "
                                       "%3, not with the workstation's key %4")
                         .arg(seq)
                         .arg(signedAt, SigningKey::fingerprintOf(key), m_v.keyFingerprint));
        return false;
    }

    void readLegacyCheckpoints()
    {
        SqliteStatement exists = m_db.prepare(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_checkpoints'");
        if (!exists.step())
            return;
        SqliteStatement query = m_db.prepare("SELECT seq, head_hash, signed_at, public_key, "
                                             "signature FROM audit_checkpoints ORDER BY id");
        while (query.step())
            m_legacy.push_back(
                {query.int64(0), query.blob(1), query.text(2), query.blob(3), query.blob(4)});
        for (const LegacyCheckpoint& c : m_legacy)
            m_legacyHashes[c.seq];
    }

    QByteArray storedHashAfter(qint64 seq)
    {
        SqliteStatement next =
            m_db.prepare("SELECT hash FROM audit_records WHERE seq > ? ORDER BY seq LIMIT 1");
        next.bind(1, seq);
        return next.step() ? next.blob(0) : QByteArray();
    }

    // The chain, record by record, in the hot loop: no copies, no QString.
    bool chain()
    {
        qint64 chainedFrom = 1;
        {
            SqliteStatement meta =
                m_db.prepare("SELECT value FROM audit_meta WHERE key = 'chained_from'");
            if (meta.step())
                chainedFrom = qMax<qint64>(1, meta.text(0).toLongLong());
        }
        QByteArray prevHash = AuditChain::genesisHash(m_v.logId);
        QByteArray prevPrevHash;
        qint64 expected = 1;
        qint64 sinceCheckpoint = 0;
        size_t anchor = 0;
        SqliteStatement rows = m_db.prepare(
            "SELECT seq, time_utc, utc_offset, actor, role, on_behalf_of, workstation, action, "
            "object_type, object_id, result, details, prev_hash, hash, mode FROM audit_records "
            "ORDER BY seq");
        while (rows.step()) {
            const qint64 seq = rows.int64(0);
            if (seq != expected) {
                damage(AuditDamage::Deleted, expected,
                       seq == expected + 1 ? AuditVerifier::tr("record %1 is missing").arg(expected)
                                           : AuditVerifier::tr("records %1 to %2 are missing")
                                                 .arg(expected)
                                                 .arg(seq - 1));
                return true;
            }
            const std::string_view storedPrev = rows.blobView(12);
            const std::string_view storedHash = rows.blobView(13);
            if (!same(storedPrev, view(prevHash))) {
                const QByteArray next = storedHashAfter(seq);
                if (!prevPrevHash.isEmpty() && same(storedPrev, view(prevPrevHash)))
                    damage(AuditDamage::Inserted, seq - 1,
                           AuditVerifier::tr("record %1 is not part of the chain: it was inserted")
                               .arg(seq - 1));
                else if (!next.isEmpty() && same(storedPrev, view(next)))
                    damage(AuditDamage::Reordered, seq,
                           AuditVerifier::tr("records %1 and %2 are in the wrong order")
                               .arg(seq)
                               .arg(seq + 1));
                else
                    damage(AuditDamage::Changed, seq - 1,
                           AuditVerifier::tr(
                               "record %1 was rewritten: record %2 no longer links to it")
                               .arg(seq - 1)
                               .arg(seq));
                return true;
            }
            const std::string_view action = rows.textView(7);
            const std::string_view details = rows.textView(11);
            const AuditChain::Hash computed = AuditChain::recordHash(AuditChain::Fields{
                seq, rows.textView(1), rows.int64(2), rows.textView(3), rows.textView(4),
                rows.textView(5), rows.textView(6), action, rows.textView(8), rows.textView(9),
                rows.textView(10), details, rows.textView(14), storedPrev});
            if (!same(storedHash, computed)) {
                damage(
                    AuditDamage::Changed, seq,
                    AuditVerifier::tr("the content of record %1 does not match its hash").arg(seq));
                return true;
            }
            if (action == AuditChain::kCheckpointAction) {
                if (!checkpoint(seq, details, prevHash))
                    return true;
                sinceCheckpoint = 0;
            } else if (seq >= chainedFrom &&
                       ++sinceCheckpoint > AuditChain::kMaxRecordsBetweenCheckpoints) {
                damage(AuditDamage::Unsigned, seq - sinceCheckpoint + 1,
                       AuditVerifier::tr("records %1 to %2 carry no checkpoint, though the "
                                         "program signs at least every %3 records: checkpoints "
                                         "were taken out")
                           .arg(seq - sinceCheckpoint + 1)
                           .arg(seq)
                           .arg(AuditChain::kMaxRecordsBetweenCheckpoints));
                return true;
            }
            if (auto it = m_legacyHashes.find(seq); it != m_legacyHashes.end())
                it->second = AuditChain::toBytes(computed);
            for (; anchor < m_anchors.size() && m_anchors[anchor].seq <= seq; ++anchor) {
                const AuditAnchor& a = m_anchors[anchor];
                if (a.seq == seq && same(view(a.headHash), computed) && anchorSigned(a))
                    continue;
                if (m_v.intact())
                    damage(AuditDamage::Restored, seq,
                           AuditVerifier::tr("record %1 is not the one the register's anchor of "
                                             "%2 holds: the log was rewritten, or another copy "
                                             "was put in its place")
                               .arg(a.seq)
                               .arg(a.signedAt));
                return true;
            }
            prevPrevHash = prevHash;
            prevHash = AuditChain::toBytes(computed);
            m_v.records++;
            m_v.lastSeq = seq;
            ++expected;
        }
        return !rows.hasError();
    }

    bool anchorSigned(const AuditAnchor& a)
    {
        if (AuditChain::verifyAnchor(m_v.logId, a, m_key.isEmpty() ? a.publicKey : m_key)) {
            m_v.anchors++;
            m_v.lastAnchoredSeq = a.seq;
            m_v.lastAnchoredAt = a.signedAt;
            return true;
        }
        damage(AuditDamage::BadSignature, a.seq,
               AuditVerifier::tr("the register's anchor of record %1 (%2) is not signed with "
                                 "the log's key: the register was written to")
                   .arg(a.seq)
                   .arg(a.signedAt));
        return false;
    }

    // A checkpoint record signs the record before it.
    bool checkpoint(qint64 seq, std::string_view details, const QByteArray& headHash)
    {
        const std::optional<AuditAnchor> a = AuditChain::parseCheckpointDetails(details);
        if (!a || a->seq != seq - 1 || a->headHash != headHash) {
            damage(AuditDamage::Changed, m_v.lastCheckpointSeq + 1,
                   AuditVerifier::tr("records %1 to %2 were rewritten after the checkpoint "
                                     "before them: checkpoint %3 no longer signs them")
                       .arg(m_v.lastCheckpointSeq + 1)
                       .arg(seq - 1)
                       .arg(seq));
            return false;
        }
        if (!keyAccepted(a->publicKey, a->seq, a->signedAt))
            return false;
        if (!AuditChain::verifyAnchor(m_v.logId, *a, m_key)) {
            damage(AuditDamage::BadSignature, a->seq,
                   AuditVerifier::tr("the signature of the checkpoint up to record %1 (%2) is "
                                     "not valid")
                       .arg(a->seq)
                       .arg(a->signedAt));
            return false;
        }
        m_v.checkpoints++;
        m_v.lastCheckpointSeq = seq; // the checkpoint record itself is covered by the chain
        m_v.lastCheckpointAt = a->signedAt;
        m_v.signedHeads.push_back(*a);
        return true;
    }

    // Format 1's checkpoints, in a table beside the chain: signed by the log's key, over heads
    // that are still there.
    void legacyCheckpoints()
    {
        qint64 lastGood = 0;
        for (const LegacyCheckpoint& c : m_legacy) {
            if (!keyAccepted(c.publicKey, c.seq, c.signedAt))
                return;
            const QByteArray message =
                AuditChain::checkpointMessage(m_v.logId, c.seq, c.headHash, c.signedAt);
            if (!SigningKey::verify(m_key, message, c.signature)) {
                damage(AuditDamage::BadSignature, c.seq,
                       AuditVerifier::tr(
                           "the signature of the checkpoint up to record %1 (%2) is not valid")
                           .arg(c.seq)
                           .arg(c.signedAt));
                return;
            }
            if (c.seq > m_v.lastSeq) {
                damage(AuditDamage::Truncated, m_v.lastSeq + 1,
                       AuditVerifier::tr("records %1 to %2 are gone: the checkpoint of %3 was "
                                         "signed up to record %2")
                           .arg(m_v.lastSeq + 1)
                           .arg(c.seq)
                           .arg(c.signedAt));
                return;
            }
            if (m_legacyHashes[c.seq] != c.headHash) {
                damage(AuditDamage::Changed, lastGood + 1,
                       AuditVerifier::tr("records %1 to %2 were rewritten after the checkpoint "
                                         "of %3")
                           .arg(lastGood + 1)
                           .arg(c.seq)
                           .arg(c.signedAt));
                return;
            }
            lastGood = qMax(lastGood, c.seq);
            m_v.checkpoints++;
            if (c.seq >= m_v.lastCheckpointSeq) {
                m_v.lastCheckpointSeq = c.seq;
                m_v.lastCheckpointAt = c.signedAt;
            }
        }
    }

    // What the register anchored and the log no longer has: its tail was cut, or an older copy
    // of it was put back.
    void anchorsBeyondTheEnd()
    {
        const auto beyond = std::find_if(m_anchors.begin(), m_anchors.end(),
                                         [&](const AuditAnchor& a) { return a.seq > m_v.lastSeq; });
        if (beyond == m_anchors.end())
            return;
        const AuditAnchor& last = m_anchors.back();
        damage(AuditDamage::Truncated, m_v.lastSeq + 1,
               AuditVerifier::tr("the log ends at record %1, but the register holds its "
                                 "checkpoint of record %2 (%3): records %4 to %2 are gone (cut "
                                 "off, or an older copy put back)")
                   .arg(m_v.lastSeq)
                   .arg(last.seq)
                   .arg(last.signedAt)
                   .arg(m_v.lastSeq + 1));
    }

    void anotherLogAnchored()
    {
        if (m_otherLogs.empty())
            return;
        const auto last = std::max_element(m_otherLogs.begin(), m_otherLogs.end(),
                                           [](const AnchoredLog& a, const AnchoredLog& b) {
                                               return a.lastSignedAt < b.lastSignedAt;
                                           });
        damage(AuditDamage::Replaced, 1,
               AuditVerifier::tr("the register holds this workstation's anchors of another log "
                                 "(%1, up to record %2, signed %3): that log is missing, and this "
                                 "one was put in its place")
                   .arg(last->logId)
                   .arg(last->lastSeq)
                   .arg(last->lastSignedAt));
    }

    SqliteHandle& m_db;
    AuditVerification& m_v;
    std::vector<AnchoredLog> m_otherLogs;
    QByteArray m_key;
    std::vector<AuditAnchor> m_anchors;
    std::vector<LegacyCheckpoint> m_legacy;
    std::map<qint64, QByteArray> m_legacyHashes;
};

Result<SqliteHandle> openLog(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error{AuditVerifier::tr("The audit log %1 does not exist.").arg(path)};
    auto opened = SqliteHandle::open(path, true);
    if (!opened)
        return Error{
            AuditVerifier::tr("Cannot open the audit log %1: %2").arg(path, opened.errorMessage())};
    return opened;
}

Result<QString> readLogId(const SqliteHandle& db, const QString& path)
{
    SqliteStatement meta = db.prepare("SELECT value FROM audit_meta WHERE key = 'log_id'");
    if (!meta.isValid() || !meta.step())
        return Error{AuditVerifier::tr("%1 is not a Burgernet audit log.").arg(path)};
    return meta.text(0);
}

} // namespace

Result<AuditVerification> AuditVerifier::verify(const QString& path, const AuditTrust& trust)
{
    auto opened = openLog(path);
    if (!opened)
        return opened.error();
    SqliteHandle db = std::move(opened).value();
    // One read transaction: a consistent snapshot while the console goes on appending.
    if (auto s = db.exec("BEGIN"); !s)
        return Error{tr("Cannot read the audit log %1: %2").arg(path, s.errorMessage())};
    auto v = verify(db, trust);
    db.rollback(); // a read transaction: nothing to keep
    if (!v)
        return Error{tr("%1: %2").arg(path, v.errorMessage())};
    return v;
}

Result<AuditVerification> AuditVerifier::verify(SqliteHandle& db, const AuditTrust& trust)
{
    AuditVerification v;
    auto logId = readLogId(db, tr("This file"));
    if (!logId)
        return logId.error();
    v.logId = *logId;
    AuditTrust looked = trust;
    if (trust.registerCopy) {
        auto copy = trust.registerCopy(v.logId);
        if (!copy)
            return copy.error();
        looked.anchors = std::move(copy->anchors);
        looked.otherLogs = std::move(copy->otherLogs);
    }
    Verification pass(db, looked, v);
    if (auto s = pass.run(); !s)
        return s.error();
    return v;
}

} // namespace burgernet
