#pragma once

#include <QByteArray>
#include <QString>

namespace burgernet {

// A signed checkpoint: the head of the chain at `seq` with its hash, when it was signed, by which
// key, and the Ed25519 signature. The log holds it as a record in the chain; the register holds a
// copy (the anchor) where whoever rewrites the log file cannot reach it, and `audit verify --json`
// prints it for an external notary.
struct AuditAnchor
{
    qint64 seq = 0; // the record the signature covers; the checkpoint record is seq + 1
    QByteArray headHash;
    QString signedAt;
    QByteArray publicKey;
    QByteArray signature;

    bool operator==(const AuditAnchor&) const = default;
};

} // namespace burgernet
