#pragma once

#include "app/core/Result.h"
#include "app/dispatch/Alarm.h"

#include <QCoreApplication>
#include <QList>

namespace burgernet {

class Database;

// The answers people gave to alarms. SQL only; AlarmService checks and records.
class AlarmRepository
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AlarmRepository)

public:
    explicit AlarmRepository(Database& db);

    Result<qint64> insert(const AlarmResponse& response);
    // Newest first.
    Result<QList<AlarmResponse>> history(int limit) const;

private:
    Database& m_db;
};

} // namespace burgernet
