#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace burgernet {

// Where sender secrets (passwords, API tokens) live: the system keychain through QtKeychain,
// or, where no keychain runs (servers, CI, kiosk sessions), a file encrypted with libsodium's
// secretbox. Never plain settings, never logs: callers log names, not values.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // "keychain" or "encrypted-file", for the senders page and the audit record.
    virtual QString kind() const = 0;
    // An empty value for a name that was never stored.
    virtual Result<QString> read(const QString& name) = 0;
    virtual Status write(const QString& name, const QString& value) = 0;
    virtual Status remove(const QString& name) = 0;
};

// The system keychain (service "burgernet-console"). Blocking calls; any thread.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("burgernet-console"));
    QString kind() const override { return QStringLiteral("keychain"); }
    Result<QString> read(const QString& name) override;
    Status write(const QString& name, const QString& value) override;
    Status remove(const QString& name) override;
    // True when a keychain answers (a missing entry counts as an answer).
    bool available();

private:
    QString m_service;
};

// secrets.enc in `folder`: each value sealed with XSalsa20-Poly1305 under a random key kept in
// secrets.key (mode 0600) beside it. Protects against secrets in settings files, backups of
// the settings and logs; whoever can read the key file as the console's user can read them.
class EncryptedFileSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::EncryptedFileSecretStore)

public:
    explicit EncryptedFileSecretStore(QString folder);
    QString kind() const override { return QStringLiteral("encrypted-file"); }
    Result<QString> read(const QString& name) override;
    Status write(const QString& name, const QString& value) override;
    Status remove(const QString& name) override;

    QString filePath() const;
    QString keyPath() const;

private:
    Result<QByteArray> key(bool create);
    QString m_folder;
};

// The keychain when one answers, else the encrypted file in `folder`. Setting
// BURGERNET_SECRETS=file skips the keychain (tests, headless installs).
std::unique_ptr<SecretStore> openSecretStore(const QString& folder);

} // namespace burgernet
