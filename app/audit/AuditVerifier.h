#pragma once

#include "app/audit/AuditAnchor.h"
#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace burgernet {

class SqliteHandle;

enum class AuditDamage {
    None,
    Changed,      // a record's content no longer matches its hash, or the chain was rewritten
    Deleted,      // a sequence number is missing
    Inserted,     // a record was slipped into the chain
    Reordered,    // records were swapped
    Truncated,    // records that a checkpoint or the register's anchor signed are gone
    Restored,     // the log contradicts an anchor in the register: rewritten, or another copy
    Unsigned,     // a longer run of records without a checkpoint than the writer ever leaves
    BadSignature, // a checkpoint's signature does not verify
    WrongKey,     // a checkpoint is signed by another key: not the workstation's, or mixed keys
    Replaced,     // the register holds this workstation's anchors of another log: this one took its
                  // place
};
QString auditDamageId(AuditDamage damage);

// Which key the checkpoints were checked against.
enum class AuditKeySource {
    LogOwn,      // the key the log's first checkpoint names: not compared with an exported one
    Given,       // a public key file the checker brought (--public-key)
    Workstation, // this workstation's own key, from its key store
};

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
    AuditKeySource keySource = AuditKeySource::LogOwn;
    bool anchorsChecked = false; // compared with the register's copy of the checkpoints
    int anchors = 0;             // the register's anchors of this log, all agreeing
    qint64 lastAnchoredSeq = 0;
    QString lastAnchoredAt;
    std::vector<AuditAnchor> signedHeads; // the log's checkpoints, for an external notary

    AuditDamage damage = AuditDamage::None;
    qint64 badSeq = 0;
    QString detail;
    QString recordError; // the verification itself could not be recorded (why)

    bool intact() const { return damage == AuditDamage::None; }
    qint64 unsignedTail() const { return lastSeq - lastCheckpointSeq; }
    QString summary() const;
    QJsonObject toJson() const;
};

// What the checker trusts besides the file: a public key, and the register's anchors.
// A log the register holds anchors of, by its last anchor.
struct AnchoredLog
{
    QString logId;
    qint64 lastSeq = 0;
    QString lastSignedAt;
};

// What the register knows of a log, looked up by the log's id once the file is open.
struct RegisterCopy
{
    std::vector<AuditAnchor> anchors;
    // Other logs of the same workstation: a workstation keeps one log, so a log that appears
    // beside an anchored one was put in its place (the old file deleted, a new one begun).
    std::vector<AnchoredLog> otherLogs;
};

struct AuditTrust
{
    std::optional<QByteArray> publicKey;
    AuditKeySource keySource = AuditKeySource::Given; // where publicKey came from
    std::optional<std::vector<AuditAnchor>> anchors;  // this log's, from the register
    // Instead of `anchors`, for a caller that does not know the file's log id.
    std::function<Result<RegisterCopy>(const QString& logId)> registerCopy;
    std::vector<AnchoredLog> otherLogs;
};

// Checks an audit log file from the outside, read-only: the hash chain record by record, every
// checkpoint's signature (one key per log), and the register's anchors when given.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditVerifier)

public:
    static Result<AuditVerification> verify(const QString& path, const AuditTrust& trust);
    static Result<AuditVerification> verify(const QString& path,
                                            const std::optional<QByteArray>& publicKey = {})
    {
        return verify(path, AuditTrust{publicKey, AuditKeySource::Given, std::nullopt});
    }
    // The same on an open connection, inside whatever transaction it has (a checker's
    // what-if on a copy it is about to roll back).
    static Result<AuditVerification> verify(SqliteHandle& db, const AuditTrust& trust);
};

} // namespace burgernet
