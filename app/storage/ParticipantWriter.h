#pragma once

#include "app/core/Participant.h"
#include "app/core/Result.h"
#include "app/storage/EncodedParticipant.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace burgernet {

class Database;

// Writes many participants in one transaction: all of them or none (an interrupted import or
// demo leaves the register as it was). A participant whose external id is already registered
// is updated, addresses replaced. On SQLite it writes through SQLite's own API, because a
// million participants through QtSql's bound QVariants would take minutes, not seconds.
class ParticipantWriter
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantWriter)

public:
    // `expected`: roughly how many participants will be written. For a large write on SQLite the
    // secondary indexes are dropped and built again at commit (sorting once beats a million
    // random index inserts), inside the same transaction. On PostgreSQL any write with an
    // `expected` size goes by COPY through a staging table (see PgParticipantWriter); errors in
    // the rows may then only show at the commit, which writes nothing.
    static Result<std::unique_ptr<ParticipantWriter>> begin(Database& db, qint64 expected = 0);
    virtual ~ParticipantWriter() = default; // rolls back unless committed

    // Returns the participant's register id; 0 on PostgreSQL's bulk path (a write begun with
    // `expected` > 0), where the ids are given when the rows are merged at the commit.
    virtual Result<qint64> write(const Participant& participant) = 0;
    // The same, for a participant encoded on another thread (see EncodedParticipant).
    virtual Result<qint64> write(const EncodedParticipant& participant)
    {
        return write(participant.participant());
    }
    virtual Status commit() = 0;

    // Erases these participants and their addresses: call inside the writing transaction. On
    // PostgreSQL the ids go by COPY and two statements erase them all (a purge of many
    // thousands is two round trips, not two per participant).
    static Status erase(Database& db, const std::vector<qint64>& ids);

    qint64 inserted() const { return m_inserted; }
    qint64 updated() const { return m_updated; }

protected:
    qint64 m_inserted = 0;
    qint64 m_updated = 0;
};

} // namespace burgernet
