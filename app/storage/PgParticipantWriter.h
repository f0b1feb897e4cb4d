#pragma once

#include "app/storage/ParticipantWriter.h"

typedef struct pg_conn PGconn;

namespace burgernet {

// PostgreSQL's bulk path of ParticipantWriter (storage-internal): the participants go by
// COPY into a temporary staging table, one row each with its home and work address, and are
// merged into the register at the commit, all in the transaction of the Database's session.
// The rows are merged in parts of `partRows` while the next part is made.
Result<std::unique_ptr<ParticipantWriter>>
beginPgCopyWriter(Database& db, PGconn* connection, qint64 expected, qint64 partRows = 100'000);

// Erases participants and their addresses by id, inside the caller's transaction.
Status erasePgParticipants(PGconn* connection, const std::vector<qint64>& ids);

} // namespace burgernet
