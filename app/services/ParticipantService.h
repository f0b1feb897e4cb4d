#pragma once

#include "app/core/Participant.h"
#include "app/core/Permission.h"
#include "app/core/Result.h"
#include "app/register/ParticipantCsv.h"
#include "app/storage/ParticipantRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace burgernet {

class AuditService;
class Database;

// A stretch of the participant list and how many the whole list holds.
struct ParticipantPage
{
    qint64 total = 0;
    std::vector<ParticipantRow> rows; // contact data for masked display only (ContactMask)
};

// What users do with the participant register as a whole or with one person's record: import,
// export, erase, purge and opening the unmasked details. Each checks the session's permission
// (a refusal is recorded as denied) and is recorded before it takes effect, with pseudonyms
// only. The window's Participants dock and `burgernetctl participants` both come here.
class ParticipantService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantService)

public:
    ParticipantService(Database& db, AuditService& audit);

    // `options.beforeWrite` is the service's own (the audit record); progress is passed on.
    Result<ImportSummary> importCsv(const QString& file, const QString& report,
                                    ImportOptions options = {});
    Result<qint64> exportCsv(const QString& file);
    // Up to `limit` rows of the list from row `first` (0-based), as the window's list shows
    // them (ParticipantListService); needs ViewParticipants.
    Result<ParticipantPage> list(const ParticipantQuery& query, qint64 first, int limit);
    // Whether the session may see the list (a refusal is recorded): the one check of list()
    // and of the window's ParticipantListService.
    Status mayList();
    // Returns the pseudonym of the participant erased.
    Result<QString> erase(const QString& externalIdOrPseudonym);
    // The unmasked record of one participant (register id), recorded with the pseudonym before
    // anything is read.
    Result<Participant> openDetails(qint64 id, const QString& pseudonym);

    // Erases participants unsubscribed more than `days` days ago; returns how many. By a user
    // (`burgernetctl participants purge`) it needs EraseParticipants; at the console's start it
    // is the retention rule itself that acts (`bySystem`), recorded as the system's decision.
    // The audit log keeps one record per participant, naming the pseudonym only.
    Result<qint64> purgeUnsubscribed(int days, const QDateTime& now, bool bySystem = false);

    // The register's id (the object of the records about it) and where it is, for the status
    // bar: never a password.
    QString registerId() const;
    QString registerLocation() const;
    // Changes whenever another program (burgernetctl, another workstation) changed the register.
    QString registerGeneration() const;
    // Participants who get messages (active), for the status bar: a number, nothing personal.
    Result<qint64> countActive() const;

private:
    Status allowed(Permission permission, const QString& action, const QString& type,
                   const QString& objectId);

    Database& m_db;
    AuditService& m_audit;
};

} // namespace burgernet
