#pragma once

#include "app/core/Result.h"
#include "app/services/ParticipantListing.h"

#include <QCoreApplication>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace burgernet {

class AuditService;
class Database;
class ParticipantListWorker;
struct ParticipantListAnswer;

// The participant register as a list for the window: open a query (a search, an order, an
// area), then ask for pages by number; the answers come back as signals from a worker thread
// with its own connection. Opening checks that the session may see participants (a refusal is
// recorded); the rows carry contact data for masked display only. `burgernetctl participants
// list` reads the same list through ParticipantService::list.
class ParticipantListService : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = ParticipantListing::PageSize;

    ParticipantListService(Database& db, AuditService& audit, QObject* parent = nullptr);
    ~ParticipantListService() override;

    // Any earlier query's answers still on their way are dropped.
    Status open(const ParticipantQuery& query, qint64 countLimit, bool forgetSnapshots = false);
    // Page `page` of the open query; answered by pageArrived (or failed).
    void fetch(qint64 page);
    bool isOpen() const { return m_open; }

Q_SIGNALS:
    // More than countLimit matches: countLimit + 1.
    void counted(qint64 count);
    void pageArrived(qint64 page, const std::vector<burgernet::ParticipantRow>& rows);
    void failed(const QString& message);

private:
    void answered(const ParticipantListAnswer& answer);

    Database& m_db;
    AuditService& m_audit;
    QThread m_thread;
    ParticipantListWorker* m_worker = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_open = false;
};

} // namespace burgernet
