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
    return users.addDemoAccounts();
}

} // namespace burgernet
