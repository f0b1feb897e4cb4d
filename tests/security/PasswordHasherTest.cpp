#include "app/security/PasswordHasher.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {
// "$argon2id$v=19$m=65536,t=2,p=1$..." -> m (KiB) and t.
std::pair<qint64, qint64> parameters(const QString& hash)
{
    const auto m =
        QRegularExpression(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=\\d+\\$"))
            .match(hash);
    REQUIRE(m.hasMatch());
    return {m.captured(1).toLongLong(), m.captured(2).toLongLong()};
}
} // namespace

TEST_CASE("Passwords are Argon2id with at least 19 MiB and 2 passes", "[security][password]")
{
    const PasswordHasher hasher;
    auto hash = hasher.hash(QStringLiteral("correct horse battery"));
    REQUIRE(hash.ok());
    const auto [memoryKiB, passes] = parameters(*hash);
    CHECK(memoryKiB >= 19 * 1024);
    CHECK(passes >= 2);
    CHECK(memoryKiB == 64 * 1024); // the default, libsodium's "interactive"

    // Asking for less gives the floor, never below it.
    const PasswordHasher weak(1024 * 1024, 1);
    CHECK(weak.memoryBytes() == PasswordHasher::kMinMemoryBytes);
    CHECK(weak.passes() == 2);
    const auto [m2, t2] = parameters(weak.hash(QStringLiteral("whatever-it-is")).value());
    CHECK(m2 == 19 * 1024);
    CHECK(t2 == 2);
}

TEST_CASE("A password verifies only itself, with a fresh salt each time", "[security][password]")
{
    const PasswordHasher hasher = PasswordHasher::minimum();
    const QString password = QStringLiteral("Zeer geheim wachtwoord ë");
    const QString a = hasher.hash(password).value();
    const QString b = hasher.hash(password).value();
    CHECK(a != b);
    CHECK(hasher.verify(password, a));
    CHECK(hasher.verify(password, b));
    CHECK_FALSE(hasher.verify(QStringLiteral("Zeer geheim wachtwoord e"), a));
    CHECK_FALSE(hasher.verify(QString(), a));
    CHECK_FALSE(hasher.verify(password, QStringLiteral("$2y$10$notargon")));
    CHECK_FALSE(a.contains(password));
}

TEST_CASE("A hash made with weaker parameters needs a rehash", "[security][password]")
{
    const QString old = PasswordHasher::minimum().hash(QStringLiteral("password-123")).value();
    CHECK(PasswordHasher().needsRehash(old));
    CHECK_FALSE(PasswordHasher::minimum().needsRehash(old));
    CHECK(
        PasswordHasher().needsRehash(QStringLiteral("$argon2i$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA")));
}

TEST_CASE("Short passwords are refused", "[security][password]")
{
    CHECK_FALSE(PasswordHasher::weakness(QStringLiteral("short")).isEmpty());
    CHECK_FALSE(PasswordHasher::weakness(QStringLiteral(" padded-password ")).isEmpty());
    CHECK(PasswordHasher::weakness(QStringLiteral("long enough now")).isEmpty());
}
