#pragma once

#include "app/core/PolicyKey.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace burgernet {

class Database;

// Who last changed a policy value, where and when (the register's settings table).
struct PolicyChange
{
    int value = 0;
    QDateTime changedAt;
    QString changedBy;
    QString workstation;
};

// The register's settings table (migration 0007) on SQLite or PostgreSQL. A repository only:
// permissions, ranges and audit records are SettingsService's.
class PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PolicyStore)

public:
    explicit PolicyStore(Database& db);

    // Every key's value: the stored one, or the default.
    Result<PolicyValues> load() const;
    Result<std::optional<PolicyChange>> find(PolicyKey key) const;
    Status set(PolicyKey key, const PolicyChange& change);

private:
    Database& m_db;
};

} // namespace burgernet
