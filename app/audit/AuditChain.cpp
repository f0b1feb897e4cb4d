#include "app/audit/AuditChain.h"

#include "app/audit/AuditRecord.h"
#include "app/audit/SigningKey.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    // Records of format 1 carry no mode, and hash as they did.
    if (!f.mode.empty())
        put(state, f.mode);
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
                     details = r.details.toUtf8(),
                     mode = r.mode ? enumId(*r.mode).toUtf8() : QByteArray();
    return toBytes(recordHash(Fields{r.seq, view(time), r.utcOffset, view(actor), view(role),
                                     view(behalf), view(ws), view(action), view(type), view(id),
                                     view(result), view(details), view(mode), view(r.prevHash)}));
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

bool verifyAnchor(const QString& logId, const AuditAnchor& anchor, const QByteArray& publicKey)
{
    return SigningKey::verify(
        publicKey, checkpointMessage(logId, anchor.seq, anchor.headHash, anchor.signedAt),
        anchor.signature);
}

QString checkpointDetails(const AuditAnchor& anchor)
{
    const QJsonObject details{
        {QStringLiteral("head_seq"), anchor.seq},
        {QStringLiteral("head"), QString::fromLatin1(anchor.headHash.toHex())},
        {QStringLiteral("signed_at"), anchor.signedAt},
        {QStringLiteral("key"), QString::fromLatin1(anchor.publicKey.toBase64())},
        {QStringLiteral("signature"), QString::fromLatin1(anchor.signature.toBase64())},
    };
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

std::optional<AuditAnchor> parseCheckpointDetails(std::string_view json)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(json.data(), static_cast<qsizetype>(json.size())));
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    const QJsonValue seq = o.value(QStringLiteral("head_seq"));
    if (!seq.isDouble())
        return std::nullopt;
    AuditAnchor anchor;
    anchor.seq = static_cast<qint64>(seq.toDouble());
    anchor.headHash = QByteArray::fromHex(o.value(QStringLiteral("head")).toString().toLatin1());
    anchor.signedAt = o.value(QStringLiteral("signed_at")).toString();
    anchor.publicKey = QByteArray::fromBase64(o.value(QStringLiteral("key")).toString().toLatin1());
    anchor.signature =
        QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    if (anchor.headHash.size() != static_cast<qsizetype>(kHashBytes) || anchor.signedAt.isEmpty())
        return std::nullopt;
    return anchor;
}

} // namespace burgernet::AuditChain
