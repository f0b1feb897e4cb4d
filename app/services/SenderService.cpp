#include "app/services/SenderService.h"

#include "app/channels/secrets/SecretStore.h"
#include "app/core/Logging.h"
#include "app/dispatch/SenderRegistry.h"
#include "app/geo/GeoArea.h"
#include "app/services/AuditService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace burgernet {

SenderService::SenderService(SenderRegistry& registry, SecretStore& secrets, AuditService& audit,
                             const QString& configFile)
    : m_registry(registry)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_config(std::make_unique<QSettings>(configFile, QSettings::IniFormat))
{}

SenderService::~SenderService() = default;

QList<SenderDescriptor> SenderService::senders() const
{
    return m_registry.descriptors();
}

std::optional<SenderDescriptor> SenderService::descriptor(const QString& id) const
{
    for (const SenderDescriptor& d : m_registry.descriptors())
        if (d.id == id)
            return d;
    return std::nullopt;
}

QString SenderService::secretStoreKind() const
{
    return m_secrets.kind();
}

bool SenderService::canManage() const
{
    return m_audit.session().can(Permission::ManageSenders);
}

QString SenderService::secretName(const QString& id, const QString& key)
{
    return QStringLiteral("senders/%1/%2").arg(id, key);
}

Status SenderService::requirePermission(const QString& action, const QString& id)
{
    if (m_audit.session().can(Permission::ManageSenders))
        return {};
    (void)m_audit.record(action, QStringLiteral("sender"), id, AuditResult::Denied);
    return Error{tr("Your role may not manage senders.")};
}

QVariantMap SenderService::settings(const QString& id) const
{
    QVariantMap values;
    const auto d = descriptor(id);
    if (!d)
        return values;
    for (const SenderSetting& s : d->settings)
        if (s.type != SenderSetting::Type::Secret)
            values.insert(s.key, m_config->value(id + QLatin1Char('/') + s.key, s.defaultValue));
    return values;
}

bool SenderService::hasSecret(const QString& id, const QString& key) const
{
    auto value = m_secrets.read(secretName(id, key));
    return value.ok() && !value->isEmpty();
}

Status SenderService::saveSettings(const QString& id, const QVariantMap& values)
{
    if (auto allowed = requirePermission(QStringLiteral("sender.settings"), id); !allowed)
        return allowed;
    const auto d = descriptor(id);
    if (!d)
        return Error{tr("No sender \"%1\" is installed.").arg(id)};
    QStringList changed;
    QStringList secretsChanged;
    bool tlsTurnedOff = false;
    for (const SenderSetting& s : d->settings) {
        if (!values.contains(s.key))
            continue;
        const QVariant value = values.value(s.key);
        if (s.type == SenderSetting::Type::Secret) {
            if (!value.toString().isEmpty())
                secretsChanged.append(s.key);
            continue;
        }
        const QString path = id + QLatin1Char('/') + s.key;
        if (m_config->value(path, s.defaultValue).toString() == value.toString())
            continue;
        if (s.key == QLatin1String("verifyTls") && !value.toBool())
            tlsTurnedOff = true;
        changed.append(s.key);
    }
    if (changed.isEmpty() && secretsChanged.isEmpty())
        return {};
    // The record comes first: names of what changed, never values.
    QJsonObject details{{QStringLiteral("changed"), QJsonArray::fromStringList(changed)},
                        {QStringLiteral("secrets"), QJsonArray::fromStringList(secretsChanged)},
                        {QStringLiteral("secretStore"), m_secrets.kind()}};
    if (auto seq = m_audit.record(QStringLiteral("sender.settings"), QStringLiteral("sender"), id,
                                  AuditResult::Ok, details);
        !seq)
        return seq.error();
    if (tlsTurnedOff) {
        qCWarning(lcChannels).noquote() << "TLS certificate verification turned OFF for sender"
                                        << id << "by" << m_audit.session().user;
        if (auto seq = m_audit.record(QStringLiteral("sender.tls-verification-off"),
                                      QStringLiteral("sender"), id, AuditResult::Ok,
                                      {{QStringLiteral("warning"),
                                        QStringLiteral("certificates of this sender's gateway are "
                                                       "no longer checked")}});
            !seq)
            return seq.error();
    }
    for (const QString& key : changed)
        m_config->setValue(id + QLatin1Char('/') + key, values.value(key));
    m_config->sync();
    for (const QString& key : secretsChanged)
        if (auto written = m_secrets.write(secretName(id, key), values.value(key).toString());
            !written) {
            (void)m_audit.record(QStringLiteral("sender.settings"), QStringLiteral("sender"), id,
                                 AuditResult::Failed, {{QStringLiteral("secret"), key}});
            return written;
        }
    return {};
}

Result<QVariantMap> SenderService::resolvedSettings(const SenderDescriptor& d) const
{
    QVariantMap values = settings(d.id);
    for (const SenderSetting& s : d.settings) {
        if (s.type != SenderSetting::Type::Secret)
            continue;
        auto secret = m_secrets.read(secretName(d.id, s.key));
        if (!secret)
            return secret.error();
        values.insert(s.key, *secret);
    }
    return values;
}

Result<std::unique_ptr<ChannelSender>> SenderService::create(const QString& id,
                                                             SenderContext context) const
{
    const auto d = descriptor(id);
    if (!d)
        return Error{tr("No sender \"%1\" is installed.").arg(id)};
    auto values = resolvedSettings(*d);
    if (!values)
        return values.error();
    // A sender without its gateway's address would fail every message for good; without its
    // required settings it is not made at all, and its channel's messages wait in the outbox.
    QStringList missing;
    for (const SenderSetting& s : d->settings) {
        const QVariant value = values->value(s.key, s.defaultValue);
        if (s.required && value.toString().trimmed().isEmpty())
            missing << s.label;
    }
    if (!missing.isEmpty())
        return Error{tr("The sender \"%1\" is not configured: %2 missing.")
                         .arg(d->name, missing.join(QStringLiteral(", ")))};
    context.settings = *values;
    context.mode = m_audit.session().mode;
    if (d->servesEveryChannel && !context.channel.isValid())
        context.channel = Channel::sms(); // a health check or test message of the simulator
    return m_registry.create(id, context);
}

Result<SenderHealth> SenderService::checkHealth(const QString& id)
{
    auto sender = create(id);
    if (!sender)
        return sender.error();
    return (*sender)->checkHealth();
}

Result<SendResult> SenderService::sendTestMessage(const QString& id, const QString& recipient,
                                                  const QString& text)
{
    if (auto allowed = requirePermission(QStringLiteral("sender.test"), id); !allowed)
        return allowed.error();
    auto sender = create(id);
    if (!sender)
        return sender.error();
    OutgoingMessage message;
    message.messageId =
        QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.channel = (*sender)->descriptor().channel;
    message.mode = m_audit.session().mode;
    message.language = QStringLiteral("nl");
    message.recipient = recipient;
    message.messageType = MessageType::Test;
    message.subject = tr("Test message from Burgernet Console");
    message.text =
        text.isEmpty() ? tr("Test message from Burgernet Console. No action needed.") : text;
    // A small circle at Utrecht Centraal, given as plugins read an area (GeoJSON) and as the
    // CAP feed reads it (the CAP fields of the text).
    const GeoArea area = GeoArea::circle(QGeoCoordinate(52.0907, 5.1214), 100);
    message.areaGeoJson = QJsonDocument(area.toGeoJson()).toJson(QJsonDocument::Compact);
    message.areaDescription = tr("Test");
    message.extra = QJsonObject{{QStringLiteral("circle"), area.toCapCircle()},
                                {QStringLiteral("areaDesc"), message.areaDescription}};
    message.createdAt = m_registry.clock().nowUtc();
    // Recorded before it goes out; the recipient stays out of the record.
    if (auto seq =
            m_audit.record(QStringLiteral("sender.test"), QStringLiteral("sender"), id,
                           AuditResult::Ok, {{QStringLiteral("message"), message.messageId}});
        !seq)
        return seq.error();
    const SendResult result = (*sender)->send(message);
    const bool ok = result.outcome == SendOutcome::Sent || result.outcome == SendOutcome::Delivered;
    (void)m_audit.record(QStringLiteral("sender.test.result"), QStringLiteral("sender"), id,
                         ok ? AuditResult::Ok : AuditResult::Failed,
                         {{QStringLiteral("message"), message.messageId},
                          {QStringLiteral("outcome"), enumId(result.outcome)}});
    return result;
}

} // namespace burgernet
