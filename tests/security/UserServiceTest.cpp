#include "tests/security/SecurityTestSupport.h"
#include "tests/support/StorageTest.h"

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

void accountsOnBothDatabases(DatabaseKind kind)
{
    test::AccountsFixture f(kind);
    REQUIRE_FALSE(*f.users->hasAccounts());
    REQUIRE(f.users->addFirstAdministrator(u"beheer"_s, u"first-password"_s).ok());
    // Only once: afterwards an administrator adds accounts.
    CHECK_FALSE(f.users->addFirstAdministrator(u"tweede"_s, u"first-password"_s).ok());
    f.addUser(u"redactie.utrecht"_s, Role::MunicipalEditor, u"editor-password"_s, u"Utrecht"_s);
    CHECK_FALSE(f.users->add(u"redactie2"_s, Role::MunicipalEditor, {}, u"editor-password"_s).ok());
    CHECK_FALSE(f.users->add(u"Bad Name"_s, Role::Dispatcher, {}, u"some-password"_s).ok());
    CHECK_FALSE(f.users->add(u"kort"_s, Role::Dispatcher, {}, u"short"_s).ok());
    CHECK_FALSE(f.users->add(u"beheer"_s, Role::Dispatcher, {}, u"some-password"_s).ok());
    CHECK_FALSE(f.users->add(u"ws"_s, Role::Workstation, {}, u"some-password"_s).ok());

    auto list = f.users->list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].name == u"beheer"_s);
    CHECK((*list)[0].role == Role::Administrator);
    CHECK((*list)[1].municipality == u"Utrecht"_s);
    CHECK((*list)[1].passwordHash.startsWith(u"$argon2id$"_s));

    // The last enabled administrator stays.
    CHECK_FALSE(f.users->setDisabled(u"beheer"_s, true).ok());
    CHECK_FALSE(f.users->setRole(u"beheer"_s, Role::Dispatcher, {}).ok());
    REQUIRE(f.users->setRole(u"redactie.utrecht"_s, Role::Administrator, {}).ok());
    CHECK(f.users->setRole(u"beheer"_s, Role::Supervisor, {}).ok());
    CHECK(f.users->setPassword(u"beheer"_s, u"another-password"_s).ok());
    CHECK_FALSE(f.users->setPassword(u"niemand"_s, u"another-password"_s).ok());

    for (const QString action : {u"user.add"_s, u"user.role"_s, u"user.passwd"_s})
        CHECK_FALSE(f.records(action).empty());
}

} // namespace

BURGERNET_STORAGE_TEST("Accounts are added, changed and kept with an administrator",
                       accountsOnBothDatabases)
