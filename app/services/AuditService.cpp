#include "app/services/AuditService.h"

#include "app/audit/AuditLog.h"
#include "app/audit/SigningKey.h"
#include "app/core/Clock.h"
#include "app/core/CsvWriter.h"
#include "app/services/AuditAnchors.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace burgernet {

AuditService::AuditService(AuditLog& log, Session session)
    : m_log(log)
    , m_session(std::move(session))
{}

AuditEvent AuditService::event(const QString& actor, const QString& role, const QString& action,
                               const QString& objectType, const QString& objectId,
                               AuditResult result, const QJsonObject& details,
                               const DetailKinds& kinds, const QString& onBehalfOf) const
{
    AuditEvent e{actor,    role,   onBehalfOf, action, objectType,
                 objectId, result, details,    kinds,  m_session.mode};
    const QString key = QLatin1String(kVirtualTimeKey);
    if (m_virtualClock && m_session.mode == Mode::Training && !e.details.contains(key)) {
        e.details.insert(key, m_virtualClock->nowUtc().toUTC().toString(Qt::ISODateWithMs));
        e.kinds.insert(key, DetailKind::Time);
    }
    return e;
}

Result<qint64> AuditService::record(const QString& action, const QString& objectType,
                                    const QString& objectId, AuditResult result,
                                    const QJsonObject& details, const DetailKinds& kinds)
{
    return recordFor(QString(), action, objectType, objectId, result, details, kinds);
}

Result<qint64> AuditService::recordFor(const QString& onBehalfOf, const QString& action,
                                       const QString& objectType, const QString& objectId,
                                       AuditResult result, const QJsonObject& details,
                                       const DetailKinds& kinds)
{
    // Acting for oneself is not acting on someone's behalf.
    const QString other = onBehalfOf == m_session.user ? QString() : onBehalfOf;
    return m_log.append(event(m_session.user, enumId(m_session.role), action, objectType, objectId,
                              result, details, kinds, other));
}

Result<qint64> AuditService::recordSystem(const QString& action, const QString& objectType,
                                          const QString& objectId, AuditResult result,
                                          const QJsonObject& details, const DetailKinds& kinds)
{
    return m_log.append(event(QStringLiteral("system"), QStringLiteral("system"), action,
                              objectType, objectId, result, details, kinds));
}

Result<qint64> AuditService::recordSystem(const std::vector<SystemRecord>& records)
{
    std::vector<AuditEvent> events;
    events.reserve(records.size());
    for (const SystemRecord& r : records)
        events.push_back(event(QStringLiteral("system"), QStringLiteral("system"), r.action,
                               r.objectType, r.objectId, r.result, r.details, r.kinds));
    return m_log.append(events);
}

Result<qint64> AuditService::recordEach(const QString& action, const QString& objectType,
                                        const QStringList& objectIds, bool bySystem,
                                        const QJsonObject& details, const DetailKinds& kinds)
{
    std::vector<AuditEvent> events;
    events.reserve(static_cast<std::size_t>(objectIds.size()));
    const QString actor = bySystem ? QStringLiteral("system") : m_session.user;
    const QString role = bySystem ? QStringLiteral("system") : enumId(m_session.role);
    for (const QString& id : objectIds)
        events.push_back(
            event(actor, role, action, objectType, id, AuditResult::Ok, details, kinds));
    return m_log.append(events);
}

Status AuditService::require(Permission permission, const QString& action,
                             const QString& objectType, const QString& objectId)
{
    if (m_session.can(permission))
        return {};
    if (auto seq = record(action, objectType, objectId, AuditResult::Denied); !seq)
        return seq.error();
    return Error{tr("Your role (%1) may not %2.")
                     .arg(roleInWords(m_session.role), permissionInWords(permission))};
}

QString AuditService::roleInWords(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return tr("dispatcher");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Trainer:
        return tr("trainer");
    case Role::Administrator:
        return tr("administrator");
    case Role::MunicipalEditor:
        return tr("municipal editor");
    case Role::Workstation:
        return tr("workstation, nobody signed in");
    }
    return {};
}

QString AuditService::permissionInWords(Permission permission)
{
    switch (permission) {
    case Permission::ViewParticipants:
        return tr("see the participants");
    case Permission::ViewParticipantDetails:
        return tr("open a participant's full record");
    case Permission::ImportParticipants:
        return tr("import participants");
    case Permission::ExportParticipants:
        return tr("export participants");
    case Permission::EraseParticipants:
        return tr("erase participants");
    case Permission::ViewActions:
        return tr("see the actions");
    case Permission::ComposeAction:
        return tr("compose an action");
    case Permission::SendAction:
        return tr("send an action");
    case Permission::ApproveAction:
        return tr("approve an action");
    case Permission::CloseAction:
        return tr("close an action");
    case Permission::SendNonUrgent:
        return tr("send a non-urgent message");
    case Permission::ReviewAudit:
        return tr("review the audit log");
    case Permission::ExportAudit:
        return tr("export the audit log");
    case Permission::ManageUsers:
        return tr("manage users");
    case Permission::ManageSettings:
        return tr("change the settings");
    case Permission::ManageTemplates:
        return tr("change the message templates");
    case Permission::ManageSenders:
        return tr("configure the senders");
    case Permission::ViewReports:
        return tr("see the reports");
    case Permission::RunExercise:
        return tr("run an exercise");
    case Permission::ManageBoundaries:
        return tr("manage the municipal boundaries");
    }
    return {};
}

Result<qint64> AuditService::sessionStarted(const QString& registerId)
{
    return record(QStringLiteral("session.start"), QStringLiteral("workstation"),
                  m_session.workstation, AuditResult::Ok,
                  {{QStringLiteral("mode"), enumId(m_session.mode)},
                   {QStringLiteral("register"), registerId}});
}

Result<qint64> AuditService::sessionEnded()
{
    auto seq = record(QStringLiteral("session.stop"), QStringLiteral("workstation"),
                      m_session.workstation);
    if (seq)
        (void)m_log.checkpoint();
    return seq;
}

Result<AuditVerification> AuditService::verify(const std::optional<QByteArray>& publicKey)
{
    if (auto ok = require(Permission::ReviewAudit, QStringLiteral("audit.verify"),
                          QStringLiteral("audit-log"), m_log.logId());
        !ok)
        return ok.error();
    // Sign the head first and anchor it, so that the verification covers everything written
    // so far; an anchor that cannot be written leaves the older ones to compare with.
    (void)m_log.checkpoint();
    if (m_anchors)
        (void)m_anchors->sync(m_log);
    AuditTrust trust;
    trust.publicKey = publicKey ? *publicKey : m_log.publicKey();
    trust.keySource = publicKey ? AuditKeySource::Given : AuditKeySource::Workstation;
    return verifyFile(m_log.path(), trust, m_log.workstation());
}

Result<AuditVerification> AuditService::verifyFile(const QString& path,
                                                   const std::optional<QByteArray>& publicKey)
{
    AuditTrust trust;
    trust.publicKey = publicKey;
    trust.keySource = publicKey ? AuditKeySource::Given : AuditKeySource::LogOwn;
    return verifyFile(path, trust, {});
}

Result<AuditVerification> AuditService::verifyFile(const QString& path, AuditTrust trust,
                                                   const QString& ownWorkstation)
{
    if (auto ok = require(Permission::ReviewAudit, QStringLiteral("audit.verify"),
                          QStringLiteral("audit-log"), QFileInfo(path).fileName());
        !ok)
        return ok.error();
    if (m_anchors)
        trust.registerCopy = [&](const QString& logId) -> Result<RegisterCopy> {
            RegisterCopy copy;
            auto anchors = m_anchors->forLog(logId);
            if (!anchors)
                return anchors.error();
            copy.anchors = std::move(anchors).value();
            if (!ownWorkstation.isEmpty()) {
                auto others = m_anchors->otherLogsOf(ownWorkstation, m_log.publicKey(), logId);
                if (!others)
                    return others.error();
                copy.otherLogs = std::move(others).value();
            }
            return copy;
        };
    Result<AuditVerification> verification = AuditVerifier::verify(path, trust);
    QJsonObject details;
    if (verification) {
        details = {{QStringLiteral("intact"), verification->intact()},
                   {QStringLiteral("records"), verification->records}};
        if (!verification->keyFingerprint.isEmpty())
            details.insert(QStringLiteral("key"), verification->keyFingerprint);
        if (!verification->intact()) {
            details.insert(QStringLiteral("damage"), auditDamageId(verification->damage));
            details.insert(QStringLiteral("bad_seq"), verification->badSeq);
        }
    } else {
        details = {{QStringLiteral("error"), verification.errorMessage()}};
    }
    const AuditResult result =
        verification && verification->intact() ? AuditResult::Ok : AuditResult::Failed;
    const QString logId = verification ? verification->logId : QFileInfo(path).fileName();
    // A verification is never made impossible by its own record: the result stands, and the
    // record's failure is reported with it.
    if (auto seq = record(QStringLiteral("audit.verify"), QStringLiteral("audit-log"), logId,
                          result, details,
                          {{QStringLiteral("intact"), DetailKind::Count},
                           {QStringLiteral("records"), DetailKind::Count},
                           {QStringLiteral("key"), DetailKind::Fingerprint},
                           {QStringLiteral("damage"), DetailKind::Code},
                           {QStringLiteral("bad_seq"), DetailKind::Count}});
        !seq && verification)
        verification->recordError = seq.errorMessage();
    return verification;
}

Result<std::unique_ptr<AuditQuery>> AuditService::openQuery()
{
    if (auto ok = require(Permission::ReviewAudit, QStringLiteral("audit.search"),
                          QStringLiteral("audit-log"), m_log.logId());
        !ok)
        return ok.error();
    return AuditQuery::open(m_log.path());
}

QJsonObject AuditService::filterDetails(const AuditFilter& f)
{
    QJsonObject details;
    auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            details.insert(QLatin1String(key), value);
    };
    if (f.fromUtc.isValid())
        put("from", f.fromUtc.toUTC().toString(Qt::ISODate));
    if (f.toUtc.isValid())
        put("to", f.toUtc.toUTC().toString(Qt::ISODate));
    put("actor", f.actor);
    put("action", f.action);
    put("object_type", f.objectType);
    put("object_id", f.objectId);
    put("action_id", f.actionId);
    if (f.mode)
        put("mode", enumId(*f.mode));
    return details;
}

Result<qint64> AuditService::search(const AuditQuery& query, const AuditFilter& filter)
{
    if (auto ok = require(Permission::ReviewAudit, QStringLiteral("audit.search"),
                          QStringLiteral("audit-log"), m_log.logId());
        !ok)
        return ok.error();
    auto count = query.count(filter);
    if (!count)
        return count.error();
    QJsonObject details = filterDetails(filter);
    details.insert(QStringLiteral("matches"), *count);
    if (auto seq = record(QStringLiteral("audit.search"), QStringLiteral("audit-log"),
                          m_log.logId(), AuditResult::Ok, details);
        !seq)
        return seq.error();
    return count;
}

Result<qint64> AuditService::recordExport(const QString& format, const QString& fileName,
                                          qint64 records, const AuditVerification& verification)
{
    if (auto ok = require(Permission::ExportAudit, QStringLiteral("audit.export"),
                          QStringLiteral("audit-log"), m_log.logId());
        !ok)
        return ok.error();
    QJsonObject details{{QStringLiteral("format"), format},
                        {QStringLiteral("file"), QFileInfo(fileName).fileName()},
                        {QStringLiteral("records"), records},
                        {QStringLiteral("intact"), verification.intact()}};
    return record(QStringLiteral("audit.export"), QStringLiteral("audit-log"), m_log.logId(),
                  AuditResult::Ok, details);
}

Result<qint64> AuditService::exportCsv(const AuditFilter& filter, const QString& path)
{
    // Checked before the verification, so that a refusal leaves one record, not three.
    if (auto ok = require(Permission::ExportAudit, QStringLiteral("audit.export"),
                          QStringLiteral("audit-log"), m_log.logId());
        !ok)
        return ok.error();
    auto verification = verify();
    if (!verification)
        return verification.error();
    auto query = openQuery();
    if (!query)
        return query.error();
    auto count = (*query)->count(filter);
    if (!count)
        return count.error();
    // Recorded before the file exists: no export leaves without its record.
    auto seq = recordExport(QStringLiteral("csv"), path, *count, *verification);
    if (!seq)
        return seq.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        (void)record(QStringLiteral("audit.export"), QStringLiteral("audit-log"), m_log.logId(),
                     AuditResult::Failed, {{QStringLiteral("follows"), *seq}});
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    }
    CsvWriter csv(file);
    csv.writeRow({tr("Verification"), verification->summary()});
    csv.writeRow(
        {tr("Filter"),
         QString::fromUtf8(QJsonDocument(filterDetails(filter)).toJson(QJsonDocument::Compact))});
    csv.writeRow({QStringLiteral("seq"), QStringLiteral("time_local"), QStringLiteral("time_utc"),
                  QStringLiteral("actor"), QStringLiteral("role"), QStringLiteral("on_behalf_of"),
                  QStringLiteral("workstation"), QStringLiteral("action"),
                  QStringLiteral("object_type"), QStringLiteral("object_id"),
                  QStringLiteral("result"), QStringLiteral("details"), QStringLiteral("hash")});
    qint64 written = 0;
    const Status walked = (*query)->forEach(filter, [&](const AuditRecord& r) {
        ++written;
        return csv.writeRow({QString::number(r.seq), r.localTime().toString(Qt::ISODate), r.timeUtc,
                             r.actor, r.role, r.onBehalfOf, r.workstation, r.action, r.objectType,
                             r.objectId, r.result, r.details, QString::fromLatin1(r.hash.toHex())});
    });
    if (!walked || !file.commit()) {
        (void)record(QStringLiteral("audit.export"), QStringLiteral("audit-log"), m_log.logId(),
                     AuditResult::Failed, {{QStringLiteral("follows"), *seq}});
        return Error{tr("Cannot write %1: %2")
                         .arg(path, walked ? file.errorString() : walked.errorMessage())};
    }
    return written;
}

Status AuditService::exportPublicKey(const QString& path)
{
    if (auto ok = require(Permission::ExportAudit, QStringLiteral("audit.key.export"),
                          QStringLiteral("audit-log"), m_log.logId());
        !ok)
        return ok;
    auto seq =
        record(QStringLiteral("audit.key.export"), QStringLiteral("audit-log"), m_log.logId(),
               AuditResult::Ok, {{QStringLiteral("key"), m_log.keyFingerprint()}});
    if (!seq)
        return seq.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.write(SigningKey::publicKeyFile(m_log.publicKey()));
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace burgernet
