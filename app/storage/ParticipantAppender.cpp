#include "app/storage/ParticipantAppender.h"

#include "app/storage/ParticipantWriter.h"

namespace burgernet {

namespace {

using S = ParticipantStatement;
const QByteArray kParticipantColumns = QByteArray("id, ") + S::kParticipantColumns;
const QByteArray kLocationColumns = QByteArray("participant_id, ") + S::kLocationColumns;
constexpr int kParticipantWidth = 1 + S::kParticipantParameters;
constexpr int kLocationWidth = 1 + S::kLocationParameters;

} // namespace

ParticipantAppender::ParticipantAppender(sqlite3* db, qint64 firstId)
    : m_db(db)
    , m_participants(db, S::insertSql("participants", kParticipantColumns.constData(),
                                      kParticipantWidth, kRowsPerStatement))
    , m_participant(
          db, S::insertSql("participants", kParticipantColumns.constData(), kParticipantWidth, 1))
    , m_locations(db, S::insertSql("locations", kLocationColumns.constData(), kLocationWidth,
                                   kRowsPerStatement))
    , m_location(db, S::insertSql("locations", kLocationColumns.constData(), kLocationWidth, 1))
    , m_nextId(firstId)
{}

bool ParticipantAppender::ok() const
{
    return m_participants.ok() && m_participant.ok() && m_locations.ok() && m_location.ok();
}

Result<qint64> ParticipantAppender::append(const EncodedParticipant& participant, qint64 now)
{
    const qint64 id = m_nextId++;
    m_waiting.push_back({participant, id, now});
    if (m_waiting.size() - m_participantsWritten == kRowsPerStatement)
        if (auto s = writeParticipants(m_participants, kRowsPerStatement); !s)
            return s.error();
    // An address goes in after its participant (the foreign key holds at every step).
    while (m_locationsReady >= kRowsPerStatement)
        if (auto s = writeLocations(m_locations, kRowsPerStatement); !s)
            return s.error();
    return id;
}

Status ParticipantAppender::finish()
{
    if (auto s = writeParticipants(m_participant, m_waiting.size() - m_participantsWritten); !s)
        return s;
    return writeLocations(m_location, m_locationsReady);
}

// `count` participants, one statement per statement's rows.
Status ParticipantAppender::writeParticipants(ParticipantStatement& statement, qsizetype count)
{
    const qsizetype rows = &statement == &m_participants ? kRowsPerStatement : 1;
    for (qsizetype done = 0; done < count; done += rows) {
        statement.reset();
        qsizetype locations = 0;
        for (qsizetype r = 0; r < rows; ++r) {
            const Waiting& w = m_waiting[m_participantsWritten + r];
            const int first = static_cast<int>(r) * kParticipantWidth + 1;
            statement.integer(first, w.id);
            statement.bindNewParticipant(first + 1, w.participant, w.now);
            locations += w.participant.participant().locations.size();
        }
        bool error = false;
        statement.step(error);
        statement.reset();
        if (error)
            return failure();
        m_participantsWritten += rows;
        m_locationsReady += locations;
    }
    return {};
}

// The next `count` addresses of written participants, in order.
Status ParticipantAppender::writeLocations(ParticipantStatement& statement, qsizetype count)
{
    const qsizetype rows = &statement == &m_locations ? kRowsPerStatement : 1;
    for (qsizetype done = 0; done < count; done += rows) {
        statement.reset();
        qsizetype at = 0;
        qsizetype location = m_locationsWritten;
        for (qsizetype r = 0; r < rows; ++r) {
            while (location == m_waiting[at].participant.participant().locations.size()) {
                ++at;
                location = 0;
            }
            const Waiting& w = m_waiting[at];
            const int first = static_cast<int>(r) * kLocationWidth + 1;
            statement.integer(first, w.id);
            statement.bindLocation(first + 1, w.participant, location++);
        }
        bool error = false;
        statement.step(error);
        statement.reset();
        if (error)
            return failure();
        // Those before `at` are written whole, with their addresses.
        m_waiting.erase(m_waiting.begin(), m_waiting.begin() + at);
        m_participantsWritten -= at;
        m_locationsWritten = location;
        m_locationsReady -= rows;
    }
    return {};
}

Status ParticipantAppender::failure() const
{
    return Error{ParticipantWriter::tr("Cannot write participants: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
}

} // namespace burgernet
