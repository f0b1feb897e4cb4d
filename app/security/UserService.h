#pragma once

#include "app/core/Permission.h"
#include "app/core/Result.h"
#include "app/security/PasswordHasher.h"
#include "app/security/UserStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace burgernet {

class AuditService;
class Clock;
class Database;

// Managing the console's accounts: what `burgernetctl user` and the first start call. Every
// change needs Permission::ManageUsers, except setting up a database without accounts (its first
// administrator, or the demo accounts), and is recorded before it takes effect; no password ever
// reaches the log.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::UserService)

public:
    UserService(Database& accounts, AuditService& audit, const Clock& clock,
                PasswordHasher hasher = {});

    Result<std::vector<UserAccount>> list();
    Status add(const QString& name, Role role, const QString& municipality,
               const QString& password);
    // The first start: an administrator for a database without accounts. Refused once any
    // account exists.
    Status addFirstAdministrator(const QString& name, const QString& password);
    // The demo register's accounts (DemoAccounts), into a database without accounts only.
    Status addDemoAccounts();
    Status setPassword(const QString& name, const QString& password);
    Status setRole(const QString& name, Role role, const QString& municipality);
    Status setDisabled(const QString& name, bool disabled);
    Status unlock(const QString& name);

    Result<bool> hasAccounts();

private:
    Status allowed(const QString& action, const QString& name);
    Result<UserAccount> existing(const QString& name);
    // Refuses to leave the database without an enabled administrator.
    Status keepsAnAdministrator(const UserAccount& account, Role newRole, bool disabled);
    Status record(const QString& action, const QString& name, const QJsonObject& details = {});
    Status checkRole(Role role, const QString& municipality);

    Database& m_db;
    AuditService& m_audit;
    const Clock& m_clock;
    PasswordHasher m_hasher;
    UserStore m_store;
};

} // namespace burgernet
