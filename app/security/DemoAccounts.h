#pragma once

#include "app/core/Permission.h"
#include "app/core/Result.h"

#include <QString>

#include <vector>

namespace burgernet {

class UserService;

// One account per role for the demo register (README lists them). Only a register that gets
// the demo population gets these: a real register starts without accounts and asks for its
// administrator.
struct DemoAccount
{
    const char* name;
    Role role;
    const char* municipality;
    const char* password;
};

class DemoAccounts
{
public:
    static const std::vector<DemoAccount>& all();
    static Status add(UserService& users);
};

} // namespace burgernet
