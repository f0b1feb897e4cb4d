#pragma once

#include "app/core/Result.h"
#include "app/training/Scenario.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace burgernet {

class AuditService;

// The trainers' scenario files: a scenario is checked by the same loader `scenario check`
// uses (every error names the field), its saving is recorded before the file is written, and
// only who may edit scenarios writes one. The window's editor and the tests use it alike.
class ScenarioService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ScenarioService)

public:
    explicit ScenarioService(AuditService& audit);

    // The scenario the document describes, or the first error, naming the field.
    static Result<Scenario> check(const QJsonObject& document);
    // Checks the permission and the document, records `scenario.save`, then writes `path`
    // whole or not at all.
    Result<Scenario> save(const QJsonObject& document, const QString& path);
    // A scenario file for editing: its JSON, once the loader has accepted it.
    static Result<QJsonObject> open(const QString& path);

private:
    AuditService& m_audit;
};

} // namespace burgernet
