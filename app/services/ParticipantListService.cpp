#include "app/services/ParticipantListService.h"

#include "app/services/ParticipantListWorker.h"
#include "app/services/ParticipantService.h"
#include "app/storage/Database.h"

namespace burgernet {

ParticipantListService::ParticipantListService(Database& db, AuditService& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<ParticipantListRequest>();
    qRegisterMetaType<ParticipantListAnswer>();
    m_thread.setObjectName(QStringLiteral("participant-list"));
    m_worker = new ParticipantListWorker(db.spec(), m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ParticipantListWorker::answered, this, &ParticipantListService::answered);
    m_thread.start();
}

ParticipantListService::~ParticipantListService()
{
    ++*m_latest; // the worker drops what is still queued
    m_thread.quit();
    m_thread.wait();
}

Status ParticipantListService::open(const ParticipantQuery& query, qint64 countLimit,
                                    bool forgetSnapshots)
{
    const quint64 generation = ++*m_latest;
    m_open = false;
    if (auto ok = ParticipantService(m_db, m_audit).mayList(); !ok)
        return ok;
    m_open = true;
    ParticipantListRequest request;
    request.kind = ParticipantListRequest::Kind::Open;
    request.generation = generation;
    request.query = query;
    request.countLimit = countLimit;
    request.forgetSnapshots = forgetSnapshots;
    QMetaObject::invokeMethod(m_worker, "handle", Qt::QueuedConnection,
                              Q_ARG(burgernet::ParticipantListRequest, request));
    return {};
}

void ParticipantListService::fetch(qint64 page)
{
    if (!m_open)
        return;
    ParticipantListRequest request;
    request.kind = ParticipantListRequest::Kind::Page;
    request.generation = m_latest->load();
    request.page = page;
    QMetaObject::invokeMethod(m_worker, "handle", Qt::QueuedConnection,
                              Q_ARG(burgernet::ParticipantListRequest, request));
}

void ParticipantListService::answered(const ParticipantListAnswer& answer)
{
    if (answer.generation != m_latest->load())
        return; // superseded by a newer search, order or filter
    if (!answer.error.isEmpty()) {
        Q_EMIT failed(answer.error);
        return;
    }
    if (answer.count)
        Q_EMIT counted(*answer.count);
    if (answer.page >= 0)
        Q_EMIT pageArrived(answer.page, answer.rows);
}

} // namespace burgernet
