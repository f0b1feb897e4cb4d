#include "app/storage/PgIndexLoader.h"

#include "app/geo/TimeWindow.h"
#include "app/storage/Database.h"
#include "app/storage/IndexRows.h"
#include "app/storage/ParticipantIndexLoader.h"
#include "app/storage/PgSession.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <libpq-fe.h>
#include <thread>

namespace burgernet {

namespace {

// No ORDER BY: the server would sort millions of rows; they usually come in id order already
// (the bulk writer appends them so), and the client sorts only when they do not.
constexpr const char* kParticipantsCopy =
    "COPY (SELECT id, reach FROM participants WHERE status = 'active') TO STDOUT (FORMAT binary)";
constexpr const char* kLocationsCopy =
    "COPY (SELECT participant_id, lat, lon, weekdays, start_minute, end_minute FROM locations) "
    "TO STDOUT (FORMAT binary)";

// Reads the fields of COPY's binary rows: a header before the first, each row its field count
// then each field's length and big-endian bytes.
class BinaryRows
{
public:
    explicit BinaryRows(PGconn* connection)
        : m_copy(connection)
    {}
    Status start(const char* sql) { return m_copy.start(sql); }

    // The next row with `fields` fields; false at the end or on an error (see status()).
    bool next(int fields)
    {
        int size = 0;
        const char* row = m_copy.next(size);
        if (!row)
            return false;
        m_at = row;
        m_end = row + size;
        if (!m_headerRead) {
            static const char signature[] = "PGCOPY\n\377\r\n";
            if (size < 19 || std::memcmp(row, signature, 11) != 0)
                return fail();
            const quint32 extension = qFromBigEndian<quint32>(row + 15);
            m_at = row + 19 + extension;
            m_headerRead = true;
        }
        if (m_end - m_at < 2)
            return fail();
        const qint16 count = qFromBigEndian<qint16>(m_at);
        m_at += 2;
        if (count == -1)
            return next(fields); // the trailer; the COPY ends with the next call
        return count == fields || fail();
    }
    qint64 int8() { return field<qint64>(); }
    qint32 int4() { return field<qint32>(); }
    double float8()
    {
        const quint64 bits = field<quint64>();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }

    Status status() const
    {
        if (m_malformed)
            return Error{
                ParticipantIndexLoader::tr("The database sent rows in an unexpected form.")};
        return m_copy.status();
    }

private:
    // A NULL or a field of another size reads as zero and marks the rows malformed.
    template <typename T>
    T field()
    {
        if (m_end - m_at < 4 + qsizetype(sizeof(T)) ||
            qFromBigEndian<qint32>(m_at) != qint32(sizeof(T))) {
            m_malformed = true;
            m_at = m_end;
            return T{};
        }
        const T value = qFromBigEndian<T>(m_at + 4);
        m_at += 4 + sizeof(T);
        return value;
    }
    bool fail()
    {
        m_malformed = true;
        int size = 0;
        while (m_copy.next(size)) {
        }
        return false;
    }

    PgCopyOut m_copy;
    const char* m_at = nullptr;
    const char* m_end = nullptr;
    bool m_headerRead = false;
    bool m_malformed = false;
};

Status readParticipants(PGconn* connection, IndexInput& input)
{
    BinaryRows rows(connection);
    if (auto started = rows.start(kParticipantsCopy); !started)
        return Error{ParticipantIndexLoader::tr("Cannot read the participants: %1")
                         .arg(started.errorMessage())};
    while (rows.next(2)) {
        const qint64 id = rows.int8();
        input.participants.push_back({id, static_cast<quint8>(rows.int4())});
    }
    if (auto read = rows.status(); !read)
        return Error{ParticipantIndexLoader::tr("Cannot read the participants: %1")
                         .arg(read.errorMessage())};
    auto byId = [](const IndexInput::Participant& a, const IndexInput::Participant& b) {
        return a.id < b.id;
    };
    if (!std::is_sorted(input.participants.begin(), input.participants.end(), byId))
        std::sort(input.participants.begin(), input.participants.end(), byId);
    return {};
}

Status readLocations(PGconn* connection, std::vector<RawLocation>& out)
{
    BinaryRows rows(connection);
    if (auto started = rows.start(kLocationsCopy); !started)
        return Error{ParticipantIndexLoader::tr("Cannot read the locations: %1")
                         .arg(started.errorMessage())};
    while (rows.next(6)) {
        const qint64 id = rows.int8();
        const double lat = rows.float8(), lon = rows.float8();
        const auto weekdays = static_cast<quint8>(rows.int4());
        const auto start = static_cast<quint16>(rows.int4());
        const auto end = static_cast<quint16>(rows.int4());
        out.push_back({id, lat, lon, TimeWindow{weekdays, start, end}.packed()});
    }
    if (auto read = rows.status(); !read)
        return Error{
            ParticipantIndexLoader::tr("Cannot read the locations: %1").arg(read.errorMessage())};
    // Within one participant the order of the addresses stays as stored (a stable sort).
    auto byParticipant = [](const RawLocation& a, const RawLocation& b) {
        return a.participantId < b.participantId;
    };
    if (!std::is_sorted(out.begin(), out.end(), byParticipant))
        std::stable_sort(out.begin(), out.end(), byParticipant);
    return {};
}

} // namespace

Result<IndexInput> loadIndexFromPostgres(Database& db, PGconn* connection)
{
    IndexInput input;
    std::vector<RawLocation> raw;
    const PgSession session(connection);
    // A second connection reads the locations meanwhile, in the snapshot of the first: the
    // two tables as one moment saw them. Inside a transaction of the caller's, or without a
    // second connection, one after the other.
    bool idle = PQtransactionStatus(connection) == PQTRANS_IDLE;
    QByteArray snapshot;
    if (idle) {
        if (auto begun = session.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun)
            return Error{ParticipantIndexLoader::tr("Cannot read the participants: %1")
                             .arg(begun.errorMessage())};
        if (auto exported = session.value("SELECT pg_export_snapshot()"); exported) {
            snapshot = *exported;
        } else {
            // A server that exports no snapshot: one connection, one after the other.
            (void)session.exec("ROLLBACK");
            idle = false;
        }
    }
    const auto endRead = [&] {
        if (idle)
            (void)session.exec("COMMIT");
    };
    std::unique_ptr<Database> second;
    if (!snapshot.isEmpty()) {
        auto opened = db.openAnotherConnection();
        if (opened)
            second = std::move(*opened);
    }
    if (!second) {
        Status read = readParticipants(connection, input);
        if (read)
            read = readLocations(connection, raw);
        endRead();
        if (!read)
            return read.error();
        joinLocations(raw, input);
        return input;
    }
    Status locations;
    PGconn* other = PgSession::of(*second);
    // The QtSql connection was opened on this thread; its libpq connection is used by one
    // thread at a time, here the reader's, joined before anything else touches it.
    std::thread reader([&] {
        const PgSession otherSession(other);
        auto begun = otherSession.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        if (begun)
            begun = otherSession.exec("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
        locations = begun ? readLocations(other, raw)
                          : Status(Error{ParticipantIndexLoader::tr("Cannot read the locations: %1")
                                             .arg(begun.errorMessage())});
        (void)otherSession.exec("COMMIT");
    });
    const Status participants = readParticipants(connection, input);
    reader.join();
    endRead();
    if (!participants)
        return participants.error();
    if (!locations)
        return locations.error();
    joinLocations(raw, input);
    return input;
}

} // namespace burgernet
