#pragma once

#include "app/core/DatabaseSpec.h"

#include <catch2/catch.hpp>

// Declares a storage test that runs once on SQLite and once on PostgreSQL (tagged
// [postgres], so that CTest runs it against its PostgreSQL fixture):
//     BURGERNET_STORAGE_TEST("what it checks", checkFunction)
// where checkFunction is void(burgernet::DatabaseKind).
#define BURGERNET_STORAGE_TEST_NAME2(a, b) a##b
#define BURGERNET_STORAGE_TEST_NAME(a, b) BURGERNET_STORAGE_TEST_NAME2(a, b)
#define BURGERNET_STORAGE_TEST(description, function)                                              \
    TEST_CASE(description " (SQLite)", "[storage]")                                                \
    {                                                                                              \
        function(burgernet::DatabaseKind::Sqlite);                                                 \
    }                                                                                              \
    TEST_CASE(description " (PostgreSQL)", "[storage][postgres]")                                  \
    {                                                                                              \
        function(burgernet::DatabaseKind::PostgreSql);                                             \
    }
