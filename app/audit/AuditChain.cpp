#include "app/audit/AuditChain.h"

#include "app/audit/AuditRecord.h"

#include <QtEndian>

#include <sodium.h>

namespace burgernet::AuditChain {

namespace {

constexpr std::string_view kRecordDomain = "burgernet-audit-record-v1";
constexpr std::string_view kGenesisDomain = "burgernet-audit-genesis-v1";
constexpr std::string_view kCheckpointDomain = "burgernet-audit-checkpoint-v1";

void put(crypto_hash_sha256_state& state, std::string_view bytes)
{
    unsigned char length[4];
    qToBigEndian(static_cast<quint32>(bytes.size()), length);
    crypto_hash_sha256_update(&state, length, sizeof length);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.data()),
                              bytes.size());
}

void put(crypto_hash_sha256_state& state, qint64 number)
{
    unsigned char bytes[8];
    qToBigEndian(static_cast<quint64>(number), bytes);
    put(state, std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<size_t>(bytes.size())};
}

} // namespace

Hash recordHash(const Fields& f)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    put(state, kRecordDomain);
    put(state, f.seq);
    put(state, f.timeUtc);
    put(state, f.utcOffset);
    put(state, f.actor);
    put(state, f.role);
    put(state, f.onBehalfOf);
    put(state, f.workstation);
    put(state, f.action);
    put(state, f.objectType);
    put(state, f.objectId);
    put(state, f.result);
    put(state, f.details);
    put(state, f.prevHash);
    Hash hash;
    crypto_hash_sha256_final(&state, hash.data());
    return hash;
}

QByteArray recordHash(const AuditRecord& r)
{
    const QByteArray time = r.timeUtc.toUtf8(), actor = r.actor.toUtf8(), role = r.role.toUtf8(),
                     behalf = r.onBehalfOf.toUtf8(), ws = r.workstation.toUtf8(),
                     action = r.action.toUtf8(), type = r.objectType.toUtf8(),
                     id = r.objectId.toUtf8(), result = r.result.toUtf8(),
                     details = r.details.toUtf8();
    return toBytes(recordHash(Fields{r.seq, view(time), r.utcOffset, view(actor), view(role),
                                     view(behalf), view(ws), view(action), view(type), view(id),
                                     view(result), view(details), view(r.prevHash)}));
}

QByteArray genesisHash(const QString& logId)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    put(state, kGenesisDomain);
    put(state, view(logId.toUtf8()));
    Hash hash;
    crypto_hash_sha256_final(&state, hash.data());
    return toBytes(hash);
}

QByteArray checkpointMessage(const QString& logId, qint64 seq, const QByteArray& headHash,
                             const QString& signedAt)
{
    QByteArray message;
    auto append = [&](const QByteArray& part) {
        unsigned char length[4];
        qToBigEndian(static_cast<quint32>(part.size()), length);
        message.append(reinterpret_cast<const char*>(length), 4);
        message.append(part);
    };
    append(QByteArray(kCheckpointDomain.data(), static_cast<qsizetype>(kCheckpointDomain.size())));
    append(logId.toUtf8());
    append(QByteArray::number(seq));
    append(headHash);
    append(signedAt.toUtf8());
    return message;
}

} // namespace burgernet::AuditChain
