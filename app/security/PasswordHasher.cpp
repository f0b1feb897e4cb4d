#include "app/security/PasswordHasher.h"

#include <QRegularExpression>

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
    return check(password, hash).value_or(false);
}

std::optional<bool> PasswordHasher::check(const QString& password, const QString& hash) const
{
    if (!sodiumReady() || !hash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const SecretBytes secret(password);
    // crypto_pwhash_str_verify() answers a mismatch and a failed allocation of Argon2id's memory
    // alike, so the string's own parameters are used to compute the hash here, which fails only
    // when it cannot run, and the result is compared. Strings of another shape go to libsodium.
    static const QRegularExpression shape(QStringLiteral(
        R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$)"));
    const auto parts = shape.match(hash);
    QByteArray salt, expected;
    if (parts.hasMatch()) {
        salt = QByteArray::fromBase64(parts.captured(3).toLatin1());
        expected = QByteArray::fromBase64(parts.captured(4).toLatin1());
    }
    if (salt.size() != crypto_pwhash_SALTBYTES || expected.size() < 16) {
        const QByteArray stored = hash.toLatin1();
        return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
    }
    QByteArray computed(expected.size(), Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(computed.data()),
                      static_cast<unsigned long long>(computed.size()), secret.data(),
                      secret.size(), reinterpret_cast<const unsigned char*>(salt.constData()),
                      parts.captured(2).toULongLong(),
                      static_cast<std::size_t>(parts.captured(1).toULongLong()) * 1024u,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt; // Argon2id could not run (no memory for it)
    const bool same = sodium_memcmp(computed.constData(), expected.constData(),
                                    static_cast<std::size_t>(expected.size())) == 0;
    sodium_memzero(computed.data(), static_cast<std::size_t>(computed.size()));
    return same;
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
