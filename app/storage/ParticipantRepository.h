#pragma once

#include "core/Result.h"

namespace burgernet {

class Database;

// Reads and writes participants. The register issue fills this in; the window already shows
// the count of active participants.
class ParticipantRepository
{
public:
    explicit ParticipantRepository(Database& db);

    Result<qint64> countActive() const;
    Result<qint64> countAll() const;

private:
    Database& m_db;
};

} // namespace burgernet
