#pragma once

#include "app/core/Result.h"
#include "app/geo/ParticipantIndex.h"

#include <QCoreApplication>

#include <functional>

namespace burgernet {

class Database;

// Reads every active participant and location from the register into the index's input:
// what the console does at start and after imports.
class ParticipantIndexLoader
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantIndexLoader)

public:
    static Result<IndexInput> load(Database& db);
};

} // namespace burgernet
