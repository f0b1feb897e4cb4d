#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace burgernet {

class Database;

// Failed sign-ins for one name at one workstation.
struct ThrottleState
{
    int failures = 0;
    QDateTime lastFailureAt;
    QDateTime refusedUntil; // invalid: not refused

    bool refusedAt(const QDateTime& now) const
    {
        return refusedUntil.isValid() && now < refusedUntil;
    }
};

// The sign_in_throttle table (migration 0008). A repository only: the rules are SignInService's.
// Names of no account are counted under kNoAccount: what was typed is never stored.
class SignInThrottle
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SignInThrottle)

public:
    // The name under which names of no account are counted: no account can be called that.
    static inline const QString kNoAccount = QStringLiteral("*");

    explicit SignInThrottle(Database& db);

    Result<ThrottleState> find(const QString& workstation, const QString& name) const;
    Status save(const QString& workstation, const QString& name, const ThrottleState& state);
    Status clear(const QString& workstation, const QString& name);
    // An administrator's unlock lifts the refusals at every workstation as well.
    Status clearEverywhere(const QString& name);

private:
    Database& m_db;
};

} // namespace burgernet
