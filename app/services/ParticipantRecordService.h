#pragma once

#include "app/core/Participant.h"
#include "app/core/Result.h"
#include "app/register/ParticipantEdit.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QList>

namespace burgernet {

class AuditService;
class Database;

// One participant's record as an administrator keeps it: open it for correction, correct a
// number or an address (checked by the importer's rules), pause, resume or unsubscribe, and
// show where someone lives on the map. Each checks the permission (a refusal is recorded as
// denied) and is recorded before it takes effect, naming the pseudonym and the changed fields'
// names only, never a value. Erasure is ParticipantService::erase. The window's editor and
// `burgernetctl participant` both come here.
class ParticipantRecordService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantRecordService)

public:
    ParticipantRecordService(Database& db, AuditService& audit);

    // The record to correct (EditParticipants), recorded as opened before it is read.
    Result<Participant> openForEdit(qint64 id, const QString& pseudonym);
    // By register id, external id or pseudonym (burgernetctl).
    Result<Participant> find(const QString& key);

    // Corrects the record: the changes are checked first (an error names the field), then the
    // change is recorded (participant.edit, with the fields' names), then written.
    Result<Participant> edit(const Participant& current, const ParticipantEdit::Changes& changes);
    Result<Participant> edit(const QString& key, const ParticipantEdit::Changes& changes);

    enum class StatusChange { Pause, Resume, Unsubscribe };
    // Unsubscribing is dated by the register's clock (virtual in training).
    Result<Participant> changeStatus(const Participant& current, StatusChange change);
    Result<Participant> changeStatus(const QString& key, StatusChange change);

    // Where the participant's addresses are (ViewParticipantDetails), recorded before anything
    // is read: the map then shows them.
    Result<QList<QGeoCoordinate>> showOnMap(qint64 id, const QString& pseudonym);

private:
    Result<Participant> write(const Participant& current, const Participant& changed,
                              const QString& action, const QStringList& fields);

    Database& m_db;
    AuditService& m_audit;
};

} // namespace burgernet
