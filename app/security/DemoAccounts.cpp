#include "app/security/DemoAccounts.h"

#include "app/security/UserService.h"

namespace burgernet {

const std::vector<DemoAccount>& DemoAccounts::all()
{
    static const std::vector<DemoAccount> accounts{
        {"dispatcher", Role::Dispatcher, "", "dispatcher-demo"},
        {"supervisor", Role::Supervisor, "", "supervisor-demo"},
        {"trainer", Role::Trainer, "", "trainer-demo"},
        {"admin", Role::Administrator, "", "admin-demo"},
        {"editor", Role::MunicipalEditor, "Utrecht", "editor-demo"},
    };
    return accounts;
}

Status DemoAccounts::add(UserService& users)
{
    for (const DemoAccount& a : all())
        if (auto added =
                users.add(QString::fromLatin1(a.name), a.role, QString::fromLatin1(a.municipality),
                          QString::fromLatin1(a.password));
            !added)
            return added;
    return {};
}

} // namespace burgernet
