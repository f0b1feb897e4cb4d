#include "app/services/ParticipantService.h"

#include "app/services/AuditService.h"
#include "app/services/ParticipantListing.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantRepository.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace burgernet {

ParticipantService::ParticipantService(Database& db, AuditService& audit)
    : m_db(db)
    , m_audit(audit)
{}

QString ParticipantService::registerId() const
{
    return m_db.metaValue(QStringLiteral("database_id"));
}

QString ParticipantService::registerLocation() const
{
    const DatabaseSpec& spec = m_db.spec();
    return spec.kind == DatabaseKind::Sqlite ? spec.sqlitePath : spec.displayName();
}

QString ParticipantService::registerGeneration() const
{
    return m_db.registerGeneration();
}

Result<qint64> ParticipantService::countActive() const
{
    return ParticipantRepository(m_db).countActive();
}

Status ParticipantService::allowed(Permission permission, const QString& action,
                                   const QString& type, const QString& objectId)
{
    return m_audit.require(permission, action, type, objectId);
}

Result<ImportSummary> ParticipantService::importCsv(const QString& file, const QString& report,
                                                    ImportOptions options)
{
    const QString action = QStringLiteral("participants.import");
    const QString type = QStringLiteral("register");
    if (auto ok = allowed(Permission::ImportParticipants, action, type, registerId()); !ok)
        return ok.error();
    const QString fileName = QFileInfo(file).fileName();
    qint64 seq = -1;
    // Recorded once the file has been read through (so the record has the row count) and
    // before the register changes; without its record nothing is written.
    options.beforeWrite = [&](qint64 rows) -> Status {
        auto recorded =
            m_audit.record(action, type, registerId(), AuditResult::Ok,
                           {{QStringLiteral("file"), fileName}, {QStringLiteral("rows"), rows}});
        if (!recorded)
            return recorded.error();
        seq = *recorded;
        return {};
    };
    auto imported = ParticipantCsv::import(m_db, file, report, options);
    if (!imported) {
        // A follow-up to the record, or the record of an attempt that never got as far as one.
        // The error text stays out: a database's message can quote the values it refused.
        QJsonObject details{{QStringLiteral("file"), fileName}};
        if (seq >= 0)
            details = {{QStringLiteral("follows"), seq}};
        (void)m_audit.record(action, type, registerId(), AuditResult::Failed, details);
        return imported;
    }
    const ImportSummary& s = *imported;
    (void)m_audit.record(action, type, registerId(), AuditResult::Ok,
                         {{QStringLiteral("follows"), seq},
                          {QStringLiteral("rows"), s.rowsRead},
                          {QStringLiteral("inserted"), s.inserted},
                          {QStringLiteral("updated"), s.updated},
                          {QStringLiteral("rejected"), s.rejected},
                          {QStringLiteral("warnings"), s.warnings}});
    return imported;
}

Status ParticipantService::mayList()
{
    return allowed(Permission::ViewParticipants, QStringLiteral("participants.list"),
                   QStringLiteral("register"), registerId());
}

Result<ParticipantPage> ParticipantService::list(const ParticipantQuery& query, qint64 first,
                                                 int limit)
{
    if (auto ok = mayList(); !ok)
        return ok.error();
    ParticipantRepository repository(m_db);
    ParticipantListing listing(repository);
    auto total = listing.reset(query, std::numeric_limits<qint64>::max() - 1);
    if (!total)
        return total.error();
    ParticipantPage result;
    result.total = *total;
    const qint64 end = std::min(*total, first + std::max(limit, 0));
    for (qint64 row = std::max<qint64>(first, 0); row < end;) {
        const qint64 page = row / ParticipantListing::PageSize;
        auto rows = listing.page(page);
        if (!rows)
            return rows.error();
        if (rows->empty())
            break; // the register shrank meanwhile
        const qint64 pageFirst = page * ParticipantListing::PageSize;
        for (qint64 i = row - pageFirst; i < qint64(rows->size()) && pageFirst + i < end; ++i)
            result.rows.push_back(std::move((*rows)[size_t(i)]));
        row = pageFirst + ParticipantListing::PageSize;
    }
    return result;
}

Result<qint64> ParticipantService::exportCsv(const QString& file)
{
    const QString action = QStringLiteral("participants.export");
    const QString type = QStringLiteral("register");
    if (auto ok = allowed(Permission::ExportParticipants, action, type, registerId()); !ok)
        return ok.error();
    const auto total = ParticipantRepository(m_db).countAll();
    if (!total)
        return total.error();
    // Recorded before the file exists: no export leaves without its record.
    auto seq = m_audit.record(action, type, registerId(), AuditResult::Ok,
                              {{QStringLiteral("file"), QFileInfo(file).fileName()},
                               {QStringLiteral("participants"), *total}});
    if (!seq)
        return seq.error();
    auto written = ParticipantCsv::exportAll(m_db, file);
    if (!written)
        (void)m_audit.record(action, type, registerId(), AuditResult::Failed,
                             {{QStringLiteral("follows"), *seq}});
    return written;
}

Result<QString> ParticipantService::erase(const QString& id)
{
    const QString action = QStringLiteral("participants.erase");
    const QString type = QStringLiteral("participant");
    // The record names the pseudonym only, never the external id given.
    const auto pseudonym = ParticipantCsv::pseudonymOf(m_db, id);
    if (!pseudonym)
        return pseudonym.error();
    if (auto ok = allowed(Permission::EraseParticipants, action, type, *pseudonym); !ok)
        return ok.error();
    auto seq = m_audit.record(action, type, *pseudonym);
    if (!seq)
        return seq.error();
    if (auto erased = ParticipantCsv::erase(m_db, *pseudonym); !erased) {
        (void)m_audit.record(action, type, *pseudonym, AuditResult::Failed,
                             {{QStringLiteral("follows"), *seq}});
        return erased.error();
    }
    return pseudonym;
}

Result<Participant> ParticipantService::openDetails(qint64 id, const QString& pseudonym)
{
    const QString action = QStringLiteral("participant.open");
    const QString type = QStringLiteral("participant");
    if (auto ok = allowed(Permission::ViewParticipantDetails, action, type, pseudonym); !ok)
        return ok.error();
    // Recorded before anything is read or shown: without a record, no personal data.
    if (auto recorded = m_audit.record(action, type, pseudonym); !recorded)
        return Error{tr("The details are not shown because the audit log cannot record the "
                        "opening: %1")
                         .arg(recorded.errorMessage())};
    return ParticipantRepository(m_db).load(id);
}

Result<qint64> ParticipantService::purgeUnsubscribed(int days, const QDateTime& now, bool bySystem)
{
    const QString action = QStringLiteral("participants.purge");
    const QString type = QStringLiteral("register");
    if (days < 1)
        return Error{tr("The purge period must be at least one day.")};
    if (!bySystem)
        if (auto ok = allowed(Permission::EraseParticipants, action, type, registerId()); !ok)
            return ok.error();
    const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, pseudonym FROM participants WHERE status = "
                                 "'unsubscribed' AND unsubscribed_at < ? ORDER BY id"));
    query.addBindValue(cutoff);
    if (!query.exec())
        return Error{tr("Cannot read the participant register: %1").arg(query.lastError().text())};
    std::vector<qint64> ids;
    QStringList pseudonyms;
    while (query.next()) {
        ids.push_back(query.value(0).toLongLong());
        pseudonyms << query.value(1).toString();
    }
    query.finish();
    if (ids.empty() && bySystem)
        return qint64(0); // nothing to do: no record at every start
    const QJsonObject details{{QStringLiteral("unsubscribed_days"), days},
                              {QStringLiteral("participants"), qint64(ids.size())}};
    auto summary = bySystem
                       ? m_audit.recordSystem(action, type, registerId(), AuditResult::Ok, details)
                       : m_audit.record(action, type, registerId(), AuditResult::Ok, details);
    if (!summary)
        return summary.error();
    if (ids.empty())
        return qint64(0);
    // One record per person, by pseudonym, in one transaction: who was erased stays
    // provable without keeping anything that identifies them.
    if (auto each = m_audit.recordEach(QStringLiteral("participants.erase"),
                                       QStringLiteral("participant"), pseudonyms, bySystem,
                                       {{QStringLiteral("reason"), QStringLiteral("purge")},
                                        {QStringLiteral("follows"), *summary}});
        !each)
        return each.error();
    if (auto erased = ParticipantCsv::eraseIds(m_db, ids); !erased) {
        (void)m_audit.record(action, type, registerId(), AuditResult::Failed,
                             {{QStringLiteral("follows"), *summary}});
        return erased.error();
    }
    return qint64(ids.size());
}

} // namespace burgernet
