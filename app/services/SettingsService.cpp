#include "app/services/SettingsService.h"

#include "app/audit/AuditLog.h"
#include "app/audit/AuditQuery.h"
#include "app/core/Logging.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"
#include "app/storage/Database.h"
#include "app/storage/PolicyStore.h"

#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace burgernet {

namespace {

const QString kSetting = QStringLiteral("setting");
const QString kChange = QStringLiteral("settings.change");
const QString kDrift = QStringLiteral("settings.drift");
const QString kSeen = QStringLiteral("settings.seen");

// The value a setting had after its last recorded change in this log: the "to" of a change, the
// "found" of a drift. A change whose commit failed afterwards (a "failed" record that follows it)
// did not take effect; refusals changed nothing.
Result<std::optional<QJsonValue>> lastRecorded(const AuditQuery& query, const QString& key)
{
    AuditFilter filter;
    filter.action = QStringLiteral("settings.");
    filter.objectType = kSetting;
    filter.objectId = key;
    QSet<qint64> undone;
    qint64 before = 0;
    for (;;) {
        auto page = query.page(filter, before, 50);
        if (!page)
            return page.error();
        for (const AuditRecord& r : *page) {
            const QJsonObject details = QJsonDocument::fromJson(r.details.toUtf8()).object();
            if (r.result == auditResultId(AuditResult::Failed)) {
                if (details.contains(QStringLiteral("follows")))
                    undone.insert(details.value(QStringLiteral("follows")).toInteger());
                continue;
            }
            if (r.result != auditResultId(AuditResult::Ok) || undone.contains(r.seq))
                continue;
            if (r.action == kDrift)
                return std::optional<QJsonValue>(details.value(QStringLiteral("found")));
            if (r.action == kChange || r.action == kSeen)
                return std::optional<QJsonValue>(details.value(QStringLiteral("to")));
        }
        if (page->size() < 50)
            return std::optional<QJsonValue>();
        before = page->back().seq;
    }
}

} // namespace

SettingsService::SettingsService(Settings& settings, AuditService& audit, Database* policyRegister)
    : m_settings(settings)
    , m_audit(audit)
    , m_register(policyRegister)
{}

Status SettingsService::setLanguage(const QString& language)
{
    if (language != QLatin1String("auto") && language != QLatin1String("nl") &&
        language != QLatin1String("en"))
        return Error{tr("Unknown language \"%1\": use auto, nl or en.").arg(language)};
    const QString before = m_settings.value(keys::UiLanguage);
    if (before == language)
        return {};
    if (auto seq = m_audit.record(
            kChange, kSetting, QString::fromLatin1(keys::UiLanguage.path), AuditResult::Ok,
            {{QStringLiteral("from"), before}, {QStringLiteral("to"), language}},
            {{QStringLiteral("from"), DetailKind::Code}, {QStringLiteral("to"), DetailKind::Code}});
        !seq)
        return seq.error();
    m_settings.setValue(keys::UiLanguage, language);
    return {};
}

Result<PolicyValues> SettingsService::policy() const
{
    if (!m_register)
        return Error{tr("No register is open: the policy settings are kept there.")};
    auto values = PolicyStore(*m_register).load();
    if (!values)
        return values;
    // Live mode's stricter ranges hold for what is read as well as for what is written.
    for (const PolicyDescriptor& d : policy::descriptors())
        if (!range(d.key).contains(values->value(d.key)))
            values->set(d.key, d.defaultValue);
    return values;
}

QString SettingsService::recordedId(PolicyKey key) const
{
    // Training's register has a policy of its own, recorded in the same log: kept apart by name.
    return m_audit.session().mode == Mode::Training ? QStringLiteral("training:") + policy::id(key)
                                                    : policy::id(key);
}

PolicyRange SettingsService::range(PolicyKey key) const
{
    return policy::rangeFor(key, m_audit.session().mode);
}

Status SettingsService::setPolicy(PolicyKey key, int value)
{
    const QString id = policy::id(key);
    if (auto ok = m_audit.require(Permission::ManageSettings, kChange, kSetting, recordedId(key));
        !ok)
        return ok;
    const PolicyRange allowed = range(key);
    if (!allowed.contains(value))
        return Error{m_audit.session().mode == Mode::Live
                         ? tr("%1 must be between %2 and %3 in live mode.")
                               .arg(id)
                               .arg(allowed.minimum)
                               .arg(allowed.maximum)
                         : tr("%1 must be between %2 and %3.")
                               .arg(id)
                               .arg(allowed.minimum)
                               .arg(allowed.maximum)};
    auto current = policy();
    if (!current)
        return current.error();
    // One workstation's refusals must never lock the account everywhere: the account's count
    // stays above the workstation's.
    if (key == PolicyKey::AccountLockFailures &&
        value <= current->value(PolicyKey::SignInMaxFailures))
        return Error{tr("%1 must be more than %2 (%3).")
                         .arg(id, policy::id(PolicyKey::SignInMaxFailures))
                         .arg(current->value(PolicyKey::SignInMaxFailures))};
    if (key == PolicyKey::SignInMaxFailures &&
        value >= current->value(PolicyKey::AccountLockFailures))
        return Error{tr("%1 must be less than %2 (%3).")
                         .arg(id, policy::id(PolicyKey::AccountLockFailures))
                         .arg(current->value(PolicyKey::AccountLockFailures))};
    const int before = current->value(key);
    if (before == value && current->stored(key))
        return {};
    const Session& session = m_audit.session();
    AuditedChange::Record record{
        kChange,
        kSetting,
        recordedId(key),
        {{QStringLiteral("from"), before}, {QStringLiteral("to"), value}},
        false,
        {{QStringLiteral("from"), DetailKind::Count}, {QStringLiteral("to"), DetailKind::Count}}};
    auto changed = AuditedChange(*m_register, m_audit).run(record, [&](QJsonObject&) {
        return PolicyStore(*m_register)
            .set(key, {value, m_register->clock().nowUtc(), session.user, session.workstation});
    });
    if (!changed)
        return changed.error();
    return {};
}

Status SettingsService::adoptFileValues()
{
    if (!m_register)
        return {};
    std::optional<PolicyValues> current;
    for (const PolicyDescriptor& d : policy::descriptors()) {
        if (!m_settings.contains(d.id))
            continue;
        if (!current) {
            auto loaded = policy();
            if (!loaded)
                return loaded.error();
            current = *loaded;
        }
        if (current->stored(d.key))
            continue;
        bool isNumber = false;
        const int value = m_settings.text(QString::fromLatin1(d.id)).toInt(&isNumber);
        if (!isNumber || !range(d.key).contains(value)) {
            // A value that switched a safeguard off, or no number at all: the default applies.
            qCWarning(lcCore) << "setting" << d.id << "in the settings file is out of range; "
                              << "the register's default applies";
            continue;
        }
        AuditedChange::Record record{kChange,
                                     kSetting,
                                     recordedId(d.key),
                                     {{QStringLiteral("from"), current->value(d.key)},
                                      {QStringLiteral("to"), value},
                                      {QStringLiteral("source"), QStringLiteral("settings-file")}},
                                     true,
                                     {{QStringLiteral("from"), DetailKind::Count},
                                      {QStringLiteral("to"), DetailKind::Count},
                                      {QStringLiteral("source"), DetailKind::Code}}};
        auto adopted = AuditedChange(*m_register, m_audit).run(record, [&](QJsonObject&) {
            return PolicyStore(*m_register)
                .set(d.key, {value, m_register->clock().nowUtc(), QStringLiteral("system"),
                             m_audit.session().workstation});
        });
        if (!adopted)
            return adopted.error();
        current->setStored(d.key, value);
    }
    return {};
}

Status SettingsService::reconcile()
{
    if (auto file = reconcileFile(); !file)
        return file;
    return reconcilePolicy();
}

Status SettingsService::reconcileFile()
{
    // The program's own check, not a user's review: no ReviewAudit needed.
    auto query = AuditQuery::open(m_audit.log().path());
    if (!query)
        return query.error();
    for (const keys::SettingDescription& s : keys::recordedFileSettings()) {
        auto last = lastRecorded(**query, s.path);
        if (!last)
            return last.error();
        const QString current = m_settings.text(s.path, s.defaultValue);
        // Nothing recorded yet means the default, unless someone wrote the file by hand.
        const QString expected = *last ? (*last)->toVariant().toString() : s.defaultValue;
        if (expected == current)
            continue;
        // The values are settings of the program (a language code, a port, a number of minutes,
        // the call-back number); none of them is a person's.
        auto seq = m_audit.recordSystem(
            kDrift, kSetting, s.path, AuditResult::Ok,
            {{QStringLiteral("expected"), expected}, {QStringLiteral("found"), current}},
            {{QStringLiteral("expected"), DetailKind::Code},
             {QStringLiteral("found"), DetailKind::Code}});
        // A hand-written value the guard will not take is still drift: recorded without it.
        if (!seq)
            seq = m_audit.recordSystem(kDrift, kSetting, s.path, AuditResult::Ok,
                                       {{QStringLiteral("found_shown"), false}});
        if (!seq)
            return seq.error();
    }
    return {};
}

Status SettingsService::reconcilePolicy()
{
    if (!m_register)
        return {};
    auto query = AuditQuery::open(m_audit.log().path());
    if (!query)
        return query.error();
    PolicyStore store(*m_register);
    for (const PolicyDescriptor& d : policy::descriptors()) {
        const QString id = recordedId(d.key);
        auto stored = store.find(d.key);
        if (!stored)
            return stored.error();
        auto last = lastRecorded(**query, id);
        if (!last)
            return last.error();
        const int current = *stored ? (*stored)->value : d.defaultValue;
        const int expected = *last ? (*last)->toInt(d.defaultValue) : d.defaultValue;
        if (expected == current)
            continue;
        const DetailKinds counts{{QStringLiteral("from"), DetailKind::Count},
                                 {QStringLiteral("to"), DetailKind::Count},
                                 {QStringLiteral("expected"), DetailKind::Count},
                                 {QStringLiteral("found"), DetailKind::Count},
                                 {QStringLiteral("workstation"), DetailKind::Id},
                                 {QStringLiteral("changed_at"), DetailKind::Time}};
        const bool elsewhere = *stored && (*stored)->workstation != m_audit.session().workstation;
        auto seq =
            elsewhere
                ? m_audit.recordSystem(kSeen, kSetting, id, AuditResult::Ok,
                                       {{QStringLiteral("from"), expected},
                                        {QStringLiteral("to"), current},
                                        {QStringLiteral("workstation"), (*stored)->workstation},
                                        {QStringLiteral("changed_at"),
                                         (*stored)->changedAt.toString(Qt::ISODateWithMs)}},
                                       counts)
                : m_audit.recordSystem(
                      kDrift, kSetting, id, AuditResult::Ok,
                      {{QStringLiteral("expected"), expected}, {QStringLiteral("found"), current}},
                      counts);
        if (!seq)
            return seq.error();
    }
    return {};
}

} // namespace burgernet
