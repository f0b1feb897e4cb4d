#pragma once

#include "app/core/Result.h"
#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/MessageComposer.h"

#include <QCoreApplication>

#include <mutex>

namespace burgernet {

class AuditService;
class Clock;
class Database;

// The message templates: the built-in ones overlaid with an administrator's replacements from the
// register. Changing one needs ManageTemplates and is recorded. Thread-safe to read: a send that
// is queued off the window's thread composes with a copy.
class TemplateService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::TemplateService)

public:
    TemplateService(Database& db, AuditService& audit, const Clock& clock);

    MessageTemplates templates() const;
    Status setTemplate(const QString& language, const QString& name, const QString& body);
    Status reload();

private:
    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    ActionRepository m_repo;
    mutable std::mutex m_mutex;
    MessageTemplates m_templates;
};

} // namespace burgernet
