#pragma once

#include "app/core/Result.h"
#include "app/storage/EncodedParticipant.h"
#include "app/storage/ParticipantStatement.h"

#include <deque>

namespace burgernet {

// Appends participants and their addresses to an empty register, many rows to a statement.
// Each statement costs SQLite a fixed setup (cursors, the sequence's update, the statement's
// end) that a one-row insert pays per participant and per address: in a 1.25 M demo that was
// a third of the writing thread's time. Ids are given here, one past the sequence, as
// AUTOINCREMENT would give them.
//
// Rows wait until a statement's worth has gathered, so an error (a CHECK, a full disk) shows
// at a later append or at finish(); the writer's transaction then writes nothing.
class ParticipantAppender
{
public:
    ParticipantAppender(sqlite3* db, qint64 firstId);

    bool ok() const;
    // The participant's id; `now` is its update time.
    Result<qint64> append(const EncodedParticipant& participant, qint64 now);
    // Writes the rows still waiting.
    Status finish();

    static constexpr int kRowsPerStatement = 64;

private:
    struct Waiting
    {
        EncodedParticipant participant; // holds the bytes bound in place
        qint64 id;
        qint64 now;
    };
    Status writeParticipants(ParticipantStatement& statement, qsizetype count);
    Status writeLocations(ParticipantStatement& statement, qsizetype count);
    Status failure() const;

    sqlite3* m_db;
    ParticipantStatement m_participants, m_participant;
    ParticipantStatement m_locations, m_location;
    // In order; the first `m_participantsWritten` are in the register, and of those the front
    // one's first `m_locationsWritten` addresses: a participant leaves once all of its are.
    std::deque<Waiting> m_waiting;
    qsizetype m_participantsWritten = 0;
    qsizetype m_locationsWritten = 0;
    qsizetype m_locationsReady = 0; // not yet written, of participants written
    qint64 m_nextId;
};

} // namespace burgernet
