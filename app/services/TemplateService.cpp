#include "app/services/TemplateService.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"

namespace burgernet {

TemplateService::TemplateService(Database& db, AuditService& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_repo(db)
    , m_templates(MessageTemplates::builtIn())
{
    if (auto loaded = reload(); !loaded)
        qCWarning(lcDispatch) << "message templates:" << loaded.errorMessage();
}

MessageTemplates TemplateService::templates() const
{
    std::lock_guard lock(m_mutex);
    return m_templates;
}

Status TemplateService::setTemplate(const QString& language, const QString& name,
                                    const QString& body)
{
    const QString object = language + QLatin1Char('/') + name;
    if (auto s = m_audit.require(Permission::ManageTemplates, QStringLiteral("template.change"),
                                 QStringLiteral("template"), object);
        !s)
        return s;
    if (!MessageTemplates::languages().contains(language) ||
        !templates().hasEntry(QStringLiteral("nl"), name))
        return Error{tr("There is no template \"%1\" in language \"%2\".").arg(name, language)};
    auto changed =
        AuditedChange(m_db, m_audit)
            .run({QStringLiteral("template.change"),
                  QStringLiteral("template"),
                  object,
                  {{QStringLiteral("length"), qint64(body.size())}}},
                 [&](QJsonObject&) {
                     return m_repo.setTemplateOverride(
                         {language, name, body, m_clock.nowUtc(), m_audit.session().user});
                 });
    if (!changed)
        return changed.error();
    std::lock_guard lock(m_mutex);
    m_templates.setOverride(language, name, body);
    return {};
}

Status TemplateService::reload()
{
    MessageTemplates templates = MessageTemplates::builtIn();
    auto overrides = m_repo.templateOverrides();
    if (!overrides)
        return overrides.error();
    for (const TemplateOverride& o : *overrides)
        templates.setOverride(o.language, o.name, o.body);
    std::lock_guard lock(m_mutex);
    m_templates = std::move(templates);
    return {};
}

} // namespace burgernet
