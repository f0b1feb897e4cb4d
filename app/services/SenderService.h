#pragma once

#include "app/core/Result.h"
#include "app/dispatch/ChannelSender.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>

#include <memory>

namespace burgernet {

class AuditService;
class SecretStore;
class SenderRegistry;

// Configuring and checking the channel senders, as administrators do it from the senders page
// or a script: every change and every test message checks Permission::ManageSenders and is
// recorded (setting names only, never values; never a recipient). Settings live in their own
// INI file, secrets in the SecretStore. Dispatch creates configured senders through here.
class SenderService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SenderService)

public:
    SenderService(SenderRegistry& registry, SecretStore& secrets, AuditService& audit,
                  const QString& configFile);
    ~SenderService();

    const SenderRegistry& registry() const { return m_registry; }
    QList<SenderDescriptor> senders() const;
    std::optional<SenderDescriptor> descriptor(const QString& id) const;
    QString secretStoreKind() const;
    bool canManage() const;

    // The stored settings without secrets (the page shows whether a secret is stored).
    QVariantMap settings(const QString& id) const;
    bool hasSecret(const QString& id, const QString& key) const;
    // Saves the values the page shows. An empty secret keeps the stored one. Turning TLS
    // verification off is logged as a warning and recorded separately.
    Status saveSettings(const QString& id, const QVariantMap& values);

    // A configured sender: stored settings with their defaults and the secrets resolved.
    Result<std::unique_ptr<ChannelSender>> create(const QString& id,
                                                  SenderContext context = {}) const;
    Result<SenderHealth> checkHealth(const QString& id);
    // A test message (messageType "test") to an address the administrator gives.
    Result<SendResult> sendTestMessage(const QString& id, const QString& recipient,
                                       const QString& text = {});

    static QString secretName(const QString& id, const QString& key);

private:
    // Records a refusal (result "denied") for `action` when the role may not manage senders.
    Status requirePermission(const QString& action, const QString& id);
    Result<QVariantMap> resolvedSettings(const SenderDescriptor& descriptor) const;

    SenderRegistry& m_registry;
    SecretStore& m_secrets;
    AuditService& m_audit;
    std::unique_ptr<QSettings> m_config;
};

} // namespace burgernet
