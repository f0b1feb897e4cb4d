#pragma once

#include "app/core/Result.h"
#include "app/geo/ParticipantIndex.h"

typedef struct pg_conn PGconn;

namespace burgernet {

class Database;

// The index's input from PostgreSQL (storage-internal, for ParticipantIndexLoader): both tables
// by COPY in binary, on two connections that share one snapshot, side by side.
Result<IndexInput> loadIndexFromPostgres(Database& db, PGconn* connection);

} // namespace burgernet
