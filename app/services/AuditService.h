#pragma once

#include "app/audit/AuditQuery.h"
#include "app/audit/AuditRecord.h"
#include "app/audit/AuditVerifier.h"
#include "app/core/Result.h"
#include "app/core/Session.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace burgernet {

class AuditAnchors;
class AuditLog;
class Clock;

// The audit log as users meet it: recording what they do, and reviewing, verifying and
// exporting the log. Each of these is itself recorded.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AuditService)

public:
    AuditService(AuditLog& log, Session session);

    const Session& session() const { return m_session; }
    AuditLog& log() { return m_log; }
    // The register's anchors that verifications compare the log with (none: not compared).
    void setAnchors(AuditAnchors* anchors) { m_anchors = anchors; }
    // Training: the session's virtual clock. The log stamps each record with the real time as
    // always; a training record also carries the exercise's time in its details
    // (`virtual_time`), so that the chain's format, and the verification of older logs, stay
    // as they are.
    void setVirtualClock(const Clock* clock) { m_virtualClock = clock; }
    static constexpr const char* kVirtualTimeKey = "virtual_time";

    // A record for the session's user.
    // `kinds` declares what the details' values are (DetailKind); undeclared strings are checked
    // as free text.
    Result<qint64> record(const QString& action, const QString& objectType, const QString& objectId,
                          AuditResult result = AuditResult::Ok, const QJsonObject& details = {},
                          const DetailKinds& kinds = {});
    // The same, where the session's user acts for another user (`onBehalfOf`: the author of the
    // action the user approves, closes or cancels); empty: for nobody else.
    Result<qint64> recordFor(const QString& onBehalfOf, const QString& action,
                             const QString& objectType, const QString& objectId,
                             AuditResult result = AuditResult::Ok, const QJsonObject& details = {},
                             const DetailKinds& kinds = {});
    // A record for a decision the program took itself (actor "system").
    Result<qint64> recordSystem(const QString& action, const QString& objectType,
                                const QString& objectId, AuditResult result = AuditResult::Ok,
                                const QJsonObject& details = {}, const DetailKinds& kinds = {});

    // Several of the program's own records in one transaction (a dispatch batch's), all or none;
    // returns the last sequence number. Safe from any thread.
    struct SystemRecord
    {
        QString action;
        QString objectType;
        QString objectId;
        QJsonObject details;
        DetailKinds kinds;
        AuditResult result = AuditResult::Ok;
    };
    Result<qint64> recordSystem(const std::vector<SystemRecord>& records);

    // The same action on many objects (e.g. the pseudonyms of a purge) in one transaction, for
    // the session's user or (bySystem) the program itself.
    Result<qint64> recordEach(const QString& action, const QString& objectType,
                              const QStringList& objectIds, bool bySystem,
                              const QJsonObject& details = {}, const DetailKinds& kinds = {});

    // The session's user, or a denied record and an error naming what is missing. Review,
    // verification and export of the log need ReviewAudit / ExportAudit.
    Status require(Permission permission, const QString& action, const QString& objectType,
                   const QString& objectId);
    // Roles and permissions as a refusal names them, in plain words (never their ids).
    static QString roleInWords(Role role);
    static QString permissionInWords(Permission permission);

    Result<qint64> sessionStarted(const QString& registerId);
    Result<qint64> sessionEnded();

    // Checks the chain and the signatures of this workstation's log, against the given public
    // key or else the workstation's own, and against the register's anchors.
    Result<AuditVerification> verify(const std::optional<QByteArray>& publicKey = {});
    // Checks another audit log file (a checker's copy, another workstation's log); the
    // verification is recorded in this workstation's log.
    Result<AuditVerification> verifyFile(const QString& path,
                                         const std::optional<QByteArray>& publicKey = {});
    // A read-only view for the review dock (ReviewAudit); each search is recorded.
    Result<std::unique_ptr<AuditQuery>> openQuery();
    Result<qint64> search(const AuditQuery& query, const AuditFilter& filter);
    // Writes the matching records to CSV, after a verification whose result heads the file.
    Result<qint64> exportCsv(const AuditFilter& filter, const QString& path);
    // For exports written elsewhere (the dock's PDF): records the export before it is written.
    Result<qint64> recordExport(const QString& format, const QString& fileName, qint64 records,
                                const AuditVerification& verification);
    // Writes the workstation's public key for the independent checker.
    Status exportPublicKey(const QString& path);

    static QJsonObject filterDetails(const AuditFilter& filter);

private:
    // `ownWorkstation`: the file is this workstation's log, which must be its only one.
    Result<AuditVerification> verifyFile(const QString& path, AuditTrust trust,
                                         const QString& ownWorkstation);
    AuditEvent event(const QString& actor, const QString& role, const QString& action,
                     const QString& objectType, const QString& objectId, AuditResult result,
                     const QJsonObject& details, const DetailKinds& kinds,
                     const QString& onBehalfOf = {}) const;

    AuditLog& m_log;
    Session m_session;
    AuditAnchors* m_anchors = nullptr;
    const Clock* m_virtualClock = nullptr;
};

} // namespace burgernet
