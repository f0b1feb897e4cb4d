#include "app/training/ScenarioService.h"

#include "app/services/AuditService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace burgernet {

namespace {
const QString kScenario = QStringLiteral("scenario");
const QString kSave = QStringLiteral("scenario.save");
} // namespace

ScenarioService::ScenarioService(AuditService& audit)
    : m_audit(audit)
{}

Result<Scenario> ScenarioService::check(const QJsonObject& document)
{
    return ScenarioLoader::parse(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

Result<Scenario> ScenarioService::save(const QJsonObject& document, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (auto allowed = m_audit.require(Permission::EditScenarios, kSave, kScenario, name); !allowed)
        return allowed.error();
    auto scenario = check(document);
    if (!scenario)
        return scenario.error();
    const QJsonObject details{{QStringLiteral("goals"), scenario->goals.size()},
                              {QStringLiteral("path_points"), scenario->path.size()},
                              {QStringLiteral("injects"), scenario->injects.size()}};
    const DetailKinds kinds{{QStringLiteral("goals"), DetailKind::Count},
                            {QStringLiteral("path_points"), DetailKind::Count},
                            {QStringLiteral("injects"), DetailKind::Count}};
    if (auto recorded = m_audit.record(kSave, kScenario, name, AuditResult::Ok, details, kinds);
        !recorded)
        return recorded.error();
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        const QString why = file.errorString();
        (void)m_audit.record(kSave, kScenario, name, AuditResult::Failed);
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
    }
    return scenario;
}

Result<QJsonObject> ScenarioService::open(const QString& path)
{
    auto scenario = ScenarioLoader::load(path);
    if (!scenario)
        return scenario.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace burgernet
