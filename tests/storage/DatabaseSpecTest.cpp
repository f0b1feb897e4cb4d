#include "app/core/DatabaseSpec.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace burgernet;

TEST_CASE("A file path is a SQLite register", "[spec]")
{
    const auto spec = DatabaseSpec::parse(QStringLiteral("some/dir/register.sqlite"));
    REQUIRE(spec.ok());
    CHECK(spec->kind == DatabaseKind::Sqlite);
    CHECK(QDir::isAbsolutePath(spec->sqlitePath));
    CHECK(spec->sqlitePath.endsWith(QStringLiteral("some/dir/register.sqlite")));
}

TEST_CASE("A postgresql:// address is parsed with its options", "[spec]")
{
    const auto spec = DatabaseSpec::parse(QStringLiteral(
        "postgresql://mk%40west:s3cr%3At@db.example.org:6543/burgernet?sslmode=require"));
    REQUIRE(spec.ok());
    CHECK(spec->kind == DatabaseKind::PostgreSql);
    CHECK(spec->user == QStringLiteral("mk@west"));
    CHECK(spec->password == QStringLiteral("s3cr:t"));
    CHECK(spec->host == QStringLiteral("db.example.org"));
    CHECK(spec->port == 6543);
    CHECK(spec->name == QStringLiteral("burgernet"));
    CHECK(spec->connectOptions.contains(QStringLiteral("sslmode=require")));
    CHECK(spec->connectOptions.contains(QStringLiteral("connect_timeout=5")));
}

TEST_CASE("The display name never shows the password", "[spec]")
{
    const auto spec = DatabaseSpec::parse(QStringLiteral("postgres://user:hunter2@localhost/reg"));
    REQUIRE(spec.ok());
    CHECK(spec->port == 5432);
    CHECK_FALSE(spec->displayName().contains(QStringLiteral("hunter2")));
    CHECK(spec->displayName() == QStringLiteral("PostgreSQL user@localhost:5432/reg"));
}

TEST_CASE("Bad database addresses are refused with a reason", "[spec]")
{
    const auto none = DatabaseSpec::parse(QStringLiteral("  "));
    REQUIRE_FALSE(none.ok());
    const auto scheme = DatabaseSpec::parse(QStringLiteral("mysql://host/db"));
    REQUIRE_FALSE(scheme.ok());
    CHECK(scheme.errorMessage().contains(QStringLiteral("mysql")));
    const auto noName = DatabaseSpec::parse(QStringLiteral("postgresql://host"));
    REQUIRE_FALSE(noName.ok());
    const auto option = DatabaseSpec::parse(QStringLiteral("postgresql://host/db?colour=blue"));
    REQUIRE_FALSE(option.ok());
    CHECK(option.errorMessage().contains(QStringLiteral("colour")));
}
