#pragma once

#include "app/core/PolicyKey.h"
#include "app/core/Result.h"
#include "app/core/Settings.h"

#include <QCoreApplication>
#include <QString>

namespace burgernet {

class AuditService;
class Database;

// Changes to settings, recorded in the audit log before they take effect: the user's own
// preferences in their settings file, and the policy every workstation sharing the register
// applies alike (PolicyKey), in the register's settings table. The rails (permission, ranges)
// are here, so that the window and burgernetctl get the same rule.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SettingsService)

public:
    // `policyRegister`: the register of the session's mode (training has its own); without one
    // only the personal preferences can be read and changed.
    SettingsService(Settings& settings, AuditService& audit, Database* policyRegister = nullptr);

    Settings& settings() { return m_settings; }
    // "auto", "nl" or "en"; takes effect at the next start. A personal preference: every role
    // may change it (it is recorded all the same).
    Status setLanguage(const QString& language);

    // The register's policy: every key's value, the default where it holds none.
    Result<PolicyValues> policy() const;
    // The range a value must lie in, in the session's mode.
    PolicyRange range(PolicyKey key) const;
    // Needs ManageSettings; refused outside the key's range, with the key and the range named.
    Status setPolicy(PolicyKey key, int value);

    // Values that this user's settings file held before the policy moved to the register go
    // there once, while the register has none for that key (a system record each); afterwards
    // the file's values are ignored.
    Status adoptFileValues();

    // At start: a setting whose value differs from its last recorded change was changed
    // outside the console (a hand-edited file, a register changed with SQL), or the console
    // stopped between the record and the change. Either way the log says so (settings.drift),
    // so that no change goes unrecorded. A policy value changed at another workstation sharing
    // the register is recorded there; here it is noted as settings.seen with where it came from.
    Status reconcile();

private:
    QString recordedId(PolicyKey key) const;
    Status reconcileFile();
    Status reconcilePolicy();

    Settings& m_settings;
    AuditService& m_audit;
    Database* m_register;
};

} // namespace burgernet
