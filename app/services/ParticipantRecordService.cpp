#include "app/services/ParticipantRecordService.h"

#include "app/core/Clock.h"
#include "app/register/ParticipantCsv.h"
#include "app/register/ParticipantCsvFormat.h"
#include "app/services/AuditService.h"
#include "app/storage/Database.h"

#include <QJsonArray>

namespace burgernet {

namespace {
const QString kType = QStringLiteral("participant");

QString actionOf(ParticipantRecordService::StatusChange change)
{
    switch (change) {
    case ParticipantRecordService::StatusChange::Pause:
        return QStringLiteral("participant.pause");
    case ParticipantRecordService::StatusChange::Resume:
        return QStringLiteral("participant.resume");
    case ParticipantRecordService::StatusChange::Unsubscribe:
        break;
    }
    return QStringLiteral("participant.unsubscribe");
}
} // namespace

ParticipantRecordService::ParticipantRecordService(Database& db, AuditService& audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<Participant> ParticipantRecordService::openForEdit(qint64 id, const QString& pseudonym)
{
    const QString action = QStringLiteral("participant.open");
    if (auto ok = m_audit.require(Permission::EditParticipants, action, kType, pseudonym); !ok)
        return ok.error();
    if (auto recorded = m_audit.record(action, kType, pseudonym, AuditResult::Ok,
                                       {{QStringLiteral("purpose"), QStringLiteral("edit")}},
                                       {{QStringLiteral("purpose"), DetailKind::Code}});
        !recorded)
        return Error{tr("The record is not opened because the audit log cannot record the "
                        "opening: %1")
                         .arg(recorded.errorMessage())};
    return ParticipantEdit::load(m_db, id);
}

Result<Participant> ParticipantRecordService::find(const QString& key)
{
    if (auto ok = m_audit.require(Permission::EditParticipants, QStringLiteral("participant.open"),
                                  kType, QString());
        !ok)
        return ok.error();
    return ParticipantEdit::find(m_db, key);
}

Result<Participant> ParticipantRecordService::edit(const Participant& current,
                                                   const ParticipantEdit::Changes& changes)
{
    const QString action = QStringLiteral("participant.edit");
    if (auto ok = m_audit.require(Permission::EditParticipants, action, kType, current.pseudonym);
        !ok)
        return ok.error();
    // Unchanged cells are no change: the record lists what really changed.
    const QStringList before = ParticipantEdit::cellsOf(current);
    ParticipantEdit::Changes real;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        if (before.value(it.key()) != it.value())
            real.insert(it.key(), it.value());
    if (real.isEmpty())
        return current;
    auto changed = ParticipantEdit::apply(current, real);
    if (!changed)
        return changed.error();
    return write(current, *changed, action, ParticipantEdit::fieldNames(real));
}

Result<Participant> ParticipantRecordService::edit(const QString& key,
                                                   const ParticipantEdit::Changes& changes)
{
    // Refused before the register is read; the key (an external id) stays out of the record.
    if (auto ok = m_audit.require(Permission::EditParticipants, QStringLiteral("participant.edit"),
                                  kType, QString());
        !ok)
        return ok.error();
    auto current = ParticipantEdit::find(m_db, key);
    if (!current)
        return current.error();
    return edit(*current, changes);
}

Result<Participant> ParticipantRecordService::changeStatus(const Participant& current,
                                                           StatusChange change)
{
    const QString action = actionOf(change);
    if (auto ok = m_audit.require(Permission::EditParticipants, action, kType, current.pseudonym);
        !ok)
        return ok.error();
    ParticipantEdit::Changes changes;
    switch (change) {
    case StatusChange::Pause:
        changes.insert(csv::Status, Participant::statusId(Participant::Status::Paused));
        break;
    case StatusChange::Resume:
        changes.insert(csv::Status, Participant::statusId(Participant::Status::Active));
        changes.insert(csv::UnsubscribedAt, QString());
        break;
    case StatusChange::Unsubscribe:
        changes.insert(csv::Status, Participant::statusId(Participant::Status::Unsubscribed));
        changes.insert(csv::UnsubscribedAt,
                       ParticipantCsvFormat::formatTime(m_db.clock().nowUtc()));
        break;
    }
    auto changed = ParticipantEdit::apply(current, changes);
    if (!changed)
        return changed.error();
    return write(current, *changed, action, ParticipantEdit::fieldNames(changes));
}

Result<Participant> ParticipantRecordService::changeStatus(const QString& key, StatusChange change)
{
    if (auto ok = m_audit.require(Permission::EditParticipants, actionOf(change), kType, QString());
        !ok)
        return ok.error();
    auto current = ParticipantEdit::find(m_db, key);
    if (!current)
        return current.error();
    return changeStatus(*current, change);
}

Result<Participant> ParticipantRecordService::write(const Participant& current,
                                                    const Participant& changed,
                                                    const QString& action,
                                                    const QStringList& fields)
{
    // The names of the fields only: their values are the personal data being corrected.
    const DetailKinds kinds{{QStringLiteral("fields"), DetailKind::Code}};
    auto seq =
        m_audit.record(action, kType, current.pseudonym, AuditResult::Ok,
                       {{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}}, kinds);
    if (!seq)
        return seq.error();
    if (auto written = ParticipantEdit::write(m_db, changed); !written) {
        (void)m_audit.record(action, kType, current.pseudonym, AuditResult::Failed,
                             {{QStringLiteral("follows"), *seq}});
        return written.error();
    }
    return ParticipantEdit::load(m_db, current.id);
}

Result<QList<QGeoCoordinate>> ParticipantRecordService::showOnMap(qint64 id,
                                                                  const QString& pseudonym)
{
    const QString action = QStringLiteral("participant.show_on_map");
    if (auto ok = m_audit.require(Permission::ViewParticipantDetails, action, kType, pseudonym);
        !ok)
        return ok.error();
    if (auto recorded = m_audit.record(action, kType, pseudonym); !recorded)
        return Error{tr("The place is not shown because the audit log cannot record it: %1")
                         .arg(recorded.errorMessage())};
    auto participant = ParticipantEdit::load(m_db, id);
    if (!participant)
        return participant.error();
    QList<QGeoCoordinate> places;
    for (const ParticipantLocation& l : participant->locations)
        places << QGeoCoordinate(l.lat, l.lon);
    return places;
}

} // namespace burgernet
