#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace burgernet {

enum class AuditDamage {
    None,
    Changed,      // a record's content no longer matches its hash, or the chain was rewritten
    Deleted,      // a sequence number is missing
    Inserted,     // a record was slipped into the chain
    Reordered,    // records were swapped
    Truncated,    // records after a signed checkpoint are gone
    BadSignature, // a checkpoint's signature does not verify
    WrongKey,     // a checkpoint is signed by another key than the workstation's
};
QString auditDamageId(AuditDamage damage);

struct AuditVerification
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditVerification)

public:
    QString logId;
    qint64 records = 0;
    qint64 lastSeq = 0;
    int checkpoints = 0;
    qint64 lastCheckpointSeq = 0;
    QString lastCheckpointAt;
    QString keyFingerprint; // of the key the checkpoints were checked against
    bool keyGiven = false;  // checked against an exported public key, not the log's own

    AuditDamage damage = AuditDamage::None;
    qint64 badSeq = 0;
    QString detail;
    QString recordError; // the verification itself could not be recorded (why)

    bool intact() const { return damage == AuditDamage::None; }
    qint64 unsignedTail() const { return lastSeq - lastCheckpointSeq; }
    QString summary() const;
    QJsonObject toJson() const;
};

// Checks an audit log file from the outside, read-only: the hash chain record by record and
// every checkpoint's signature, against the workstation's exported public key when given.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditVerifier)

public:
    static Result<AuditVerification> verify(const QString& path,
                                            const std::optional<QByteArray>& publicKey = {});
};

} // namespace burgernet
