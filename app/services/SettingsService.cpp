#include "services/SettingsService.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "services/AuditService.h"

namespace burgernet {

SettingsService::SettingsService(Settings& settings, AuditService& audit)
    : m_settings(settings)
    , m_audit(audit)
{
}

Status SettingsService::setLanguage(const QString& language)
{
    if (language != QLatin1String("auto") && language != QLatin1String("nl")
        && language != QLatin1String("en"))
        return Error{tr("Unknown language \"%1\": use auto, nl or en.").arg(language)};
    const QString before = m_settings.value(keys::UiLanguage);
    if (before == language)
        return {};
    if (auto seq = m_audit.record(QStringLiteral("settings.change"), QStringLiteral("setting"),
                                  QString::fromLatin1(keys::UiLanguage.path), AuditResult::Ok,
                                  {{QStringLiteral("from"), before}, {QStringLiteral("to"), language}});
        !seq)
        return seq.error();
    m_settings.setValue(keys::UiLanguage, language);
    return {};
}

} // namespace burgernet
