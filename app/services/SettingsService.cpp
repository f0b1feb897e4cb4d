#include "app/services/SettingsService.h"

#include "app/audit/AuditLog.h"
#include "app/audit/AuditQuery.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/services/AuditService.h"

#include <QJsonDocument>

namespace burgernet {

SettingsService::SettingsService(Settings& settings, AuditService& audit)
    : m_settings(settings)
    , m_audit(audit)
{}

Status SettingsService::setLanguage(const QString& language)
{
    if (language != QLatin1String("auto") && language != QLatin1String("nl") &&
        language != QLatin1String("en"))
        return Error{tr("Unknown language \"%1\": use auto, nl or en.").arg(language)};
    const QString before = m_settings.value(keys::UiLanguage);
    if (before == language)
        return {};
    if (auto seq =
            m_audit.record(QStringLiteral("settings.change"), QStringLiteral("setting"),
                           QString::fromLatin1(keys::UiLanguage.path), AuditResult::Ok,
                           {{QStringLiteral("from"), before}, {QStringLiteral("to"), language}});
        !seq)
        return seq.error();
    m_settings.setValue(keys::UiLanguage, language);
    return {};
}

Status SettingsService::setNumber(const SettingKey<int>& key, int value, int minimum, int maximum)
{
    const QString path = QString::fromLatin1(key.path);
    if (auto ok = m_audit.require(Permission::ManageSettings, QStringLiteral("settings.change"),
                                  QStringLiteral("setting"), path);
        !ok)
        return ok;
    if (value < minimum || value > maximum)
        return Error{tr("%1 must be between %2 and %3.").arg(path).arg(minimum).arg(maximum)};
    const int before = m_settings.value(key);
    if (before == value && m_settings.contains(key.path))
        return {};
    if (auto seq = m_audit.record(
            QStringLiteral("settings.change"), QStringLiteral("setting"), path, AuditResult::Ok,
            {{QStringLiteral("from"), before}, {QStringLiteral("to"), value}});
        !seq)
        return seq.error();
    m_settings.setValue(key, value);
    return {};
}

Status SettingsService::reconcile()
{
    // The program's own check, not a user's review: no ReviewAudit needed.
    auto query = AuditQuery::open(m_audit.log().path());
    if (!query)
        return query.error();
    const QString key = QString::fromLatin1(keys::UiLanguage.path);
    AuditFilter filter;
    filter.action = QStringLiteral("settings.");
    filter.objectType = QStringLiteral("setting");
    filter.objectId = key;
    auto last = (*query)->page(filter, 0, 1);
    if (!last)
        return last.error();
    const QString current = m_settings.value(keys::UiLanguage);
    // Nothing recorded yet means the default, unless someone wrote the file by hand.
    QString expected = keys::UiLanguage.defaultValue;
    if (!last->empty()) {
        const QJsonObject details =
            QJsonDocument::fromJson(last->front().details.toUtf8()).object();
        expected = details
                       .value(last->front().action == QLatin1String("settings.drift")
                                  ? QStringLiteral("found")
                                  : QStringLiteral("to"))
                       .toString();
    }
    if (expected == current)
        return {};
    auto seq = m_audit.recordSystem(
        QStringLiteral("settings.drift"), QStringLiteral("setting"), key, AuditResult::Ok,
        {{QStringLiteral("expected"), expected}, {QStringLiteral("found"), current}});
    if (!seq)
        return seq.error();
    return {};
}

} // namespace burgernet
