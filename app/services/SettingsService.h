#pragma once

#include "app/core/Result.h"
#include "app/core/Settings.h"

#include <QCoreApplication>
#include <QString>

namespace burgernet {

class AuditService;

// Changes to settings that users make, recorded in the audit log before they take effect.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SettingsService)

public:
    SettingsService(Settings& settings, AuditService& audit);

    Settings& settings() { return m_settings; }
    // "auto", "nl" or "en"; takes effect at the next start. A personal preference: every role
    // may change it (it is recorded all the same).
    Status setLanguage(const QString& language);
    // A workstation-wide number such as security/idleLockMinutes: needs ManageSettings.
    Status setNumber(const SettingKey<int>& key, int value, int minimum, int maximum);

    // At start: a setting whose value differs from its last recorded change was changed
    // outside the console, or the console stopped between the record and the change. Either
    // way the log says so (settings.drift), so that no change goes unrecorded.
    Status reconcile();

private:
    Settings& m_settings;
    AuditService& m_audit;
};

} // namespace burgernet
