#pragma once

#include "app/core/Participant.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QVariant>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace burgernet {

class Database;

// What to list of the register: a search, an order and, optionally, the participants of an area.
struct ParticipantQuery
{
    enum class SortColumn { Name, ExternalId, Status, Postcode, Place, Registered, Pseudonym };

    // Name or place (case-insensitive substring), home postcode ("1234ab" finds "1234 AB"), or
    // phone number ("06-12345678" finds "+31612345678"), told apart by the text's shape.
    QString search;
    SortColumn sortColumn = SortColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<std::vector<qint64>> areaIds; // register ids; nullopt: the whole register
};

// Where a page ended; opaque to callers: pass the last row's key to get the next page.
struct PageKey
{
    QVariant value;      // the sort value (null: among the rows without one, which come last)
    qint64 id = 0;       // tie-breaker
    qint64 position = 0; // the row's place in a filtered snapshot (0: not from a snapshot)
};

// One line of the participants list. Phone numbers and e-mail are here for the masked display
// only; they never leave memory.
struct ParticipantRow
{
    qint64 id = 0;
    QString pseudonym;
    QString externalId;
    QString name;
    Participant::Status status = Participant::Status::Active;
    QString postcode; // home address
    QString place;
    QString mobile;
    QString phone;
    QString email;
    PageKey key;
};

// Every `every`-th key of a walk along the list, and how many rows the walk passed: the marks
// from which any position of the list is one keyset seek away.
struct KeyWalk
{
    std::vector<PageKey> keys;
    qint64 rows = 0;
};

// Reads and writes participants. Lists are paged by keyset (WHERE (value, id) > (last value,
// last id) ORDER BY value, id LIMIT n) so that row 1,000,000 costs what row 1 costs. A search or
// an area is first turned into a temporary set of ids on this connection (a snapshot, rebuilt
// when the filter changes or after forgetSnapshots()); small sets are numbered in sort order
// once, large ones filter the walk along the sort index. Not thread-safe; the Database must
// outlive the repository.
class ParticipantRepository
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantRepository)

public:
    explicit ParticipantRepository(Database& db);
    ~ParticipantRepository();
    ParticipantRepository(const ParticipantRepository&) = delete;
    ParticipantRepository& operator=(const ParticipantRepository&) = delete;

    Result<qint64> countActive() const;
    Result<qint64> countAll() const;

    // Up to `limit` rows after `after` (nullopt: from the start), in the query's order.
    Result<std::vector<ParticipantRow>> page(const ParticipantQuery& query,
                                             const std::optional<PageKey>& after, int limit);
    // The keys of every `every`-th row among the next `limit` after `after`. Reads the sort
    // index only, not the rows: a walk over 1.25 M participants takes about a second.
    Result<KeyWalk> keys(const ParticipantQuery& query, const std::optional<PageKey>& after,
                         qint64 limit, qint64 every);
    Result<qint64> count(const ParticipantQuery& query);
    // Exact up to `atMost`, otherwise atMost + 1: counting every match of a broad search ("e")
    // in 1.25 M participants takes seconds, and "more than 50,000" is all a reader needs.
    Result<qint64> countAtMost(const ParticipantQuery& query, qint64 atMost);
    // One participant with their addresses.
    Result<Participant> load(qint64 id) const;

    // Filtered snapshots are taken again at the next page or count (after the register changed).
    void forgetSnapshots();
    // Filters with at most this many matches are snapshotted in sort order; above it, a search
    // is applied while walking the sort index. For tuning and tests.
    void setSnapshotLimit(qint64 rows) { m_snapshotLimit = rows; }

    // "1234ab" -> "1234 AB", "1234 a" -> "1234 A", "1234" -> "1234"; empty if not a postcode.
    static QString normalisePostcode(const QString& text);
    // Dutch input to E.164: "06-12345678" -> "+31612345678", "0031 20 ..." -> "+3120...";
    // empty if it does not start like a phone number (+, 00 or 0 and digits).
    static QString normalisePhone(const QString& text);

private:
    struct Snapshot;
    using RowSink = std::function<void(const QSqlQuery&, bool snapshot)>;
    Result<qint64> walk(const ParticipantQuery& query, const std::optional<PageKey>& after,
                        qint64 limit, bool keysOnly, const RowSink& row);
    Status ensureFilter(const ParticipantQuery& query);
    Status loadArea(const std::vector<qint64>& ids);
    Status ensureView(const ParticipantQuery& query);

    Database& m_db;
    std::unique_ptr<Snapshot> m_snapshot;
    qint64 m_snapshotLimit = 50'000;
};

} // namespace burgernet
