#pragma once

#include "app/core/DatabaseSpec.h"
#include "app/services/ParticipantListing.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace burgernet {

class Database;

// What the participant list asks of the register: open a query (count it), or one page of it.
struct ParticipantListRequest
{
    enum class Kind { Open, Page };
    Kind kind = Kind::Open;
    quint64 generation = 0; // requests and answers of an older generation are dropped
    ParticipantQuery query;
    bool forgetSnapshots = false; // the register changed: filter again
    qint64 countLimit = 0;
    qint64 page = 0;
};

struct ParticipantListAnswer
{
    quint64 generation = 0;
    std::optional<qint64> count; // set when opened; more than countLimit: countLimit + 1
    qint64 page = -1;            // set when a page was asked for
    std::vector<ParticipantRow> rows;
    QString error;
};

// Lives on its own thread with its own connection to the register (a connection belongs to the
// thread that opened it): a search in 1.25 M participants scans the table (0.3-1 s), and the
// window must not freeze meanwhile. Between requests it walks ahead to find the marks of the
// pages not yet seen, so that a jump to any row costs what the first page costs.
class ParticipantListWorker : public QObject
{
    Q_OBJECT
public:
    ParticipantListWorker(DatabaseSpec spec, std::shared_ptr<std::atomic<quint64>> latest);
    ~ParticipantListWorker() override;

    Q_SLOT void handle(const burgernet::ParticipantListRequest& request);
    Q_SIGNAL void answered(const burgernet::ParticipantListAnswer& answer);

private:
    QString ensureOpen();
    void walkAhead(quint64 generation);
    bool superseded(quint64 generation) const { return generation < m_latest->load(); }

    DatabaseSpec m_spec;
    std::shared_ptr<std::atomic<quint64>> m_latest; // the newest generation the window sent
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ParticipantRepository> m_repository;
    std::unique_ptr<ParticipantListing> m_listing;
    quint64 m_generation = 0; // of the query m_listing holds
};

} // namespace burgernet

Q_DECLARE_METATYPE(burgernet::ParticipantListRequest)
Q_DECLARE_METATYPE(burgernet::ParticipantListAnswer)
