#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace burgernet {

// The workstation's Ed25519 key that signs audit checkpoints. The secret key lives in the
// workstation's key store (the keychain, or an encrypted file away from the log); the public key
// is exported for the independent checker.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SigningKey)

public:
    static SigningKey generate();
    // Loads the key at `path`, creating it (mode 0600) when the file does not exist.
    static Result<SigningKey> loadOrCreate(const QString& path);
    static Result<SigningKey> load(const QString& path);

    QByteArray publicKey() const { return m_public; }
    QByteArray sign(const QByteArray& message) const;
    // A short, readable id of the public key (first 16 hex digits of its SHA-256).
    QString fingerprint() const { return fingerprintOf(m_public); }

    static bool verify(const QByteArray& publicKey, const QByteArray& message,
                       const QByteArray& signature);
    static QString fingerprintOf(const QByteArray& publicKey);

    // The public-key file for the checker: one line "burgernet-audit-ed25519 <base64>".
    static QByteArray publicKeyFile(const QByteArray& publicKey);
    static Result<QByteArray> readPublicKeyFile(const QString& path);

    Status save(const QString& path) const;
    // The secret as one line of text, for a key store; and back.
    QString toSecretText() const;
    static Result<SigningKey> fromSecretText(const QString& text);

private:
    QByteArray m_public;
    QByteArray m_secret;
};

} // namespace burgernet
