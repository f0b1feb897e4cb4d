#pragma once

#include "app/audit/AuditAnchor.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <string_view>

namespace burgernet {

struct AuditRecord;

// The hash chain's rules, shared by the writer and the verifier. A record's hash is SHA-256
// over its fields, each length-prefixed (so that no two records serialise alike), including
// the previous record's hash; the first record links to a genesis hash made from the log's id,
// so that records cannot be moved between logs.
namespace AuditChain {

inline constexpr size_t kHashBytes = 32;
// The log's format: 2 keeps checkpoints as records in the chain and each record's mode.
inline constexpr int kFormatVersion = 2;
// Checkpoints are records with this action, by the actor "system".
inline constexpr std::string_view kCheckpointAction = "audit.checkpoint";
// The writer signs at least this often, in a batch too: a longer run of records without a
// checkpoint means checkpoints were taken out.
inline constexpr int kMaxRecordsBetweenCheckpoints = 1000;
using Hash = std::array<unsigned char, kHashBytes>;

// The record's fields as UTF-8, in hashing order.
struct Fields
{
    qint64 seq = 0;
    std::string_view timeUtc;
    qint64 utcOffset = 0;
    std::string_view actor;
    std::string_view role;
    std::string_view onBehalfOf;
    std::string_view workstation;
    std::string_view action;
    std::string_view objectType;
    std::string_view objectId;
    std::string_view result;
    std::string_view details;
    std::string_view mode;     // "live" or "training"; empty for the log's own records
    std::string_view prevHash; // 32 raw bytes
};

Hash recordHash(const Fields& fields);
QByteArray recordHash(const AuditRecord& record);
QByteArray genesisHash(const QString& logId);

// The bytes a checkpoint signs: the log, the head's sequence number and hash, and the time.
QByteArray checkpointMessage(const QString& logId, qint64 seq, const QByteArray& headHash,
                             const QString& signedAt);
bool verifyAnchor(const QString& logId, const AuditAnchor& anchor, const QByteArray& publicKey);

// A checkpoint record's details (compact JSON) and back; nullopt when they are not a checkpoint.
QString checkpointDetails(const AuditAnchor& anchor);
std::optional<AuditAnchor> parseCheckpointDetails(std::string_view json);

inline QByteArray toBytes(const Hash& hash)
{
    return QByteArray(reinterpret_cast<const char*>(hash.data()), kHashBytes);
}

} // namespace AuditChain

} // namespace burgernet
