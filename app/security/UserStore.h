#pragma once

#include "app/core/Permission.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace burgernet {

class Database;

// One account of the console, as the users table holds it.
struct UserAccount
{
    qint64 id = 0;
    QString name;
    Role role = Role::Dispatcher;
    QString municipality; // municipal editors only
    QString passwordHash;
    int failedAttempts = 0;
    QDateTime lastFailureAt; // invalid: none
    QDateTime lockedUntil;   // invalid: not locked
    bool disabled = false;
    QDateTime createdAt;

    bool lockedAt(const QDateTime& now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

// The users table (migration 0003) on SQLite or PostgreSQL. A repository only: permissions and
// audit records are UserService's and SignInService's.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::UserStore)

public:
    explicit UserStore(Database& db);

    Result<std::optional<UserAccount>> find(const QString& name) const;
    Result<std::vector<UserAccount>> list() const;
    Result<qint64> count() const;
    // Enabled accounts with this role (to keep the last administrator).
    Result<qint64> countEnabled(Role role) const;

    Result<qint64> insert(const UserAccount& account, const QDateTime& now);
    Status setPasswordHash(const QString& name, const QString& hash, const QDateTime& now);
    Status setRole(const QString& name, Role role, const QString& municipality,
                   const QDateTime& now);
    Status setDisabled(const QString& name, bool disabled, const QDateTime& now);
    // The failure counter, the time of the last failure and the lock (invalid: none).
    Status setFailures(const QString& name, int failures, const QDateTime& lastFailure,
                       const QDateTime& lockedUntil);

    // A valid account name: 2 to 64 of a-z, 0-9, dot, dash, underscore.
    static bool isValidName(const QString& name);

private:
    Status exec(const QString& sql, const QVariantList& binds, bool mustChangeOne = false) const;

    Database& m_db;
};

} // namespace burgernet
