#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <optional>

namespace burgernet {

// Passwords as libsodium Argon2id strings ("$argon2id$v=19$m=65536,t=2,p=1$salt$hash"): the
// salt and the parameters travel inside the string, so that raising the cost later only needs
// needsRehash() at the next sign-in.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PasswordHasher)

public:
    // OWASP's floor for Argon2id: 19 MiB and 2 passes. Weaker parameters are raised to it.
    static constexpr std::size_t kMinMemoryBytes = 19u * 1024u * 1024u;
    static constexpr unsigned long long kMinPasses = 2;
    // libsodium's "interactive" level: 64 MiB, 2 passes (about 0.1 s on a control-room PC).
    static constexpr std::size_t kDefaultMemoryBytes = 64u * 1024u * 1024u;
    static constexpr unsigned long long kDefaultPasses = 2;
    static constexpr int kMinPasswordLength = 10;

    PasswordHasher(std::size_t memoryBytes = kDefaultMemoryBytes,
                   unsigned long long passes = kDefaultPasses);
    // The cheapest parameters allowed (still the floor above): for tests and demo accounts.
    static PasswordHasher minimum() { return PasswordHasher(kMinMemoryBytes, kMinPasses); }

    std::size_t memoryBytes() const { return m_memoryBytes; }
    unsigned long long passes() const { return m_passes; }

    Result<QString> hash(const QString& password) const;
    bool verify(const QString& password, const QString& hash) const;
    // The same, telling a mismatch (false) from a check that could not run at all (nullopt:
    // Argon2id got no memory for its work), which must not count as a wrong password.
    std::optional<bool> check(const QString& password, const QString& hash) const;
    // True when `hash` was made with other parameters (or another algorithm) than these.
    bool needsRehash(const QString& hash) const;

    // Empty when acceptable, else why not (for the person choosing it).
    static QString weakness(const QString& password);

private:
    std::size_t m_memoryBytes;
    unsigned long long m_passes;
};

} // namespace burgernet
