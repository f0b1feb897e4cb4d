#include "app/security/PasswordHasher.h"

#include <algorithm>
#include <sodium.h>

namespace burgernet {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The password's bytes, wiped when they go out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& text)
        : m_bytes(text.toUtf8())
    {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<std::size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

PasswordHasher::PasswordHasher(std::size_t memoryBytes, unsigned long long passes)
    : m_memoryBytes(std::max(memoryBytes, kMinMemoryBytes))
    , m_passes(std::max(passes, kMinPasses))
{}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady())
        return Error{tr("The cryptography library libsodium could not be initialised.")};
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), m_passes, m_memoryBytes,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{tr("Not enough memory to hash the password.")};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& password, const QString& hash) const
{
    if (!sodiumReady() || !hash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const SecretBytes secret(password);
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString& hash) const
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    // Non-zero for other parameters, and -1 for a string of another algorithm.
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_passes, m_memoryBytes) != 0;
}

QString PasswordHasher::weakness(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return tr("A password needs at least %1 characters.").arg(kMinPasswordLength);
    if (password.trimmed() != password)
        return tr("A password may not start or end with a space.");
    return {};
}

} // namespace burgernet
