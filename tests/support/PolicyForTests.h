#pragma once

#include "app/core/PolicyKey.h"
#include "app/storage/Database.h"
#include "app/storage/PolicyStore.h"

#include <catch2/catch.hpp>

namespace burgernet::test {

// Sets a policy value in a test's register directly, as a test's precondition (the recorded way
// through SettingsService is tested on its own).
inline void setPolicy(Database& db, PolicyKey key, int value)
{
    REQUIRE(PolicyStore(db)
                .set(key, {value, QDateTime::currentDateTimeUtc(), QStringLiteral("test"),
                           QStringLiteral("test-workstation")})
                .ok());
}

} // namespace burgernet::test
