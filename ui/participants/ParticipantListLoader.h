#pragma once

#include "app/storage/DatabaseSpec.h"
#include "app/storage/ParticipantRepository.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace burgernet {

class Database;

// What the participants list asks of the register, answered on a worker thread: a search in
// 1.25 M participants scans the table (0.3-1 s) and must not freeze the window meanwhile.
struct ParticipantListRequest
{
    quint64 generation = 0; // answers to an older generation are dropped by the model
    ParticipantQuery query;
    bool recount = true;
    bool forgetSnapshots = false; // the register changed: filter again
    std::optional<PageKey> after;
    int limit = 0;
    qint64 countLimit = 0; // searches count up to this many (see ParticipantRepository)
};

struct ParticipantListAnswer
{
    quint64 generation = 0;
    std::optional<qint64> count; // set when recounted; more than countLimit: countLimit + 1
    std::vector<ParticipantRow> rows;
    bool requestedRows = false;
    QString error;
};

// Lives on its own thread with its own connection to the register (a connection belongs to the
// thread that opened it); holds the repository whose filter snapshots make paging cheap.
class ParticipantListLoader : public QObject
{
    Q_OBJECT
public:
    explicit ParticipantListLoader(DatabaseSpec spec);
    ~ParticipantListLoader() override;

    Q_SLOT void handle(const burgernet::ParticipantListRequest& request);
    Q_SIGNAL void answered(const burgernet::ParticipantListAnswer& answer);

private:
    QString ensureOpen();

    DatabaseSpec m_spec;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ParticipantRepository> m_repository;
};

} // namespace burgernet

Q_DECLARE_METATYPE(burgernet::ParticipantListRequest)
Q_DECLARE_METATYPE(burgernet::ParticipantListAnswer)
