#pragma once

#include "app/audit/AuditQuery.h"
#include "app/core/Session.h"
#include "app/security/PasswordHasher.h"
#include "app/security/UserService.h"
#include "app/services/AuditService.h"
#include "app/storage/Database.h"
#include "tests/audit/AuditTestSupport.h"
#include "tests/support/AuditRecords.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <memory>

namespace burgernet::test {

inline Session sessionAs(const QString& user, Role role, Mode mode = Mode::Live,
                         const QString& municipality = {})
{
    Session s{user, role, QStringLiteral("mk-west-07"), mode};
    s.municipality = municipality;
    return s;
}

// A register with accounts and an audit log, both temporary, on a fake clock. The workstation
// session (burgernetctl without --user) sets the register up with its first administrator,
// "beheer"; that administrator manages the other accounts, as on a real register.
struct AccountsFixture
{
    explicit AccountsFixture(DatabaseKind kind = DatabaseKind::Sqlite)
        : temp(TempDatabase::create(kind))
    {
        auto opened = Database::open(temp->spec());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        workstation = std::make_unique<AuditService>(
            audit.log(), Session{QStringLiteral("ops"), Role::Workstation,
                                 QStringLiteral("mk-west-07"), Mode::Live});
        administrator = std::make_unique<AuditService>(
            audit.log(), Session{QStringLiteral("beheer"), Role::Administrator,
                                 QStringLiteral("mk-west-07"), Mode::Live});
        users = std::make_unique<UserService>(*db, *administrator, audit.clock(),
                                              PasswordHasher::minimum());
    }

    // The first administrator of the empty register, as the first start makes it.
    void ensureAdministrator()
    {
        UserService setup(*db, *workstation, audit.clock(), PasswordHasher::minimum());
        auto any = setup.hasAccounts();
        REQUIRE(any.ok());
        if (!*any)
            REQUIRE(setup
                        .addFirstAdministrator(QStringLiteral("beheer"),
                                               QStringLiteral("beheer-wachtwoord"))
                        .ok());
    }

    void addUser(const QString& name, Role role, const QString& password,
                 const QString& municipality = {})
    {
        ensureAdministrator();
        const Status added = users->add(name, role, municipality, password);
        INFO(added.errorMessage().toStdString());
        REQUIRE(added.ok());
    }

    std::vector<AuditRecord> records(const QString& action)
    {
        return test::auditRecords(audit.path(), action);
    }

    AuditFixture audit;
    std::unique_ptr<TempDatabase> temp;
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditService> workstation;
    std::unique_ptr<AuditService> administrator;
    std::unique_ptr<UserService> users;
};

} // namespace burgernet::test
