#include "app/services/DemoRegister.h"

#include "app/core/Clock.h"
#include "app/services/AuditService.h"
#include "app/services/BoundaryService.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantRepository.h"

namespace burgernet {

DemoRegister::DemoRegister(Database& db, AuditService& audit)
    : DemoRegister(db, audit, Clock::system())
{}

DemoRegister::DemoRegister(Database& db, AuditService& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Status DemoRegister::fill(qint64 participants, quint64 seed,
                          const DemoPopulation::Progress& progress)
{
    const QString action = QStringLiteral("register.demo");
    const QString type = QStringLiteral("register");
    const QString registerId = m_db.metaValue(QStringLiteral("database_id"));
    const Session& session = m_audit.session();
    if (session.role != Role::Workstation && !session.can(Permission::ImportParticipants)) {
        (void)m_audit.record(action, type, registerId, AuditResult::Denied);
        return Error{tr("Your role (%1) may not fill the register.")
                         .arg(AuditService::roleInWords(session.role))};
    }
    const auto existing = ParticipantRepository(m_db).countAll();
    if (!existing)
        return existing.error();
    if (*existing > 0) {
        (void)m_audit.record(action, type, registerId, AuditResult::Denied,
                             {{QStringLiteral("participants_present"), *existing}});
        return Error{tr("The register already holds participants; the demo population goes into "
                        "an empty register only.")};
    }
    if (auto seq = m_audit.record(action, type, registerId, AuditResult::Ok,
                                  {{QStringLiteral("participants"), participants},
                                   {QStringLiteral("seed"), static_cast<qint64>(seed)}});
        !seq)
        return seq.error();
    const Status generated = DemoPopulation::generate(m_db, participants, seed, progress);
    if (!generated) {
        (void)m_audit.record(action, type, registerId, AuditResult::Failed,
                             {{QStringLiteral("error"), generated.errorMessage()}});
        return generated;
    }
    if (auto boundaries = BoundaryService(m_db, m_audit, m_clock).addDemoBoundaries(); !boundaries)
        return boundaries.error();
    return generated;
}

} // namespace burgernet
