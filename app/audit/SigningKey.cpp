#include "app/audit/SigningKey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace burgernet {

namespace {

constexpr char kSecretHeader[] = "burgernet-audit-ed25519-secret";
constexpr char kPublicHeader[] = "burgernet-audit-ed25519";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

SigningKey SigningKey::generate()
{
    sodiumReady();
    SigningKey key;
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.m_public.data()),
                        reinterpret_cast<unsigned char*>(key.m_secret.data()));
    return key;
}

Result<SigningKey> SigningKey::load(const QString& path)
{
    sodiumReady();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the signing key %1: %2").arg(path, file.errorString())};
    auto key = fromSecretText(QString::fromLatin1(file.readAll()));
    if (!key)
        return Error{tr("%1: %2").arg(path, key.errorMessage())};
    return key;
}

Result<SigningKey> SigningKey::fromSecretText(const QString& text)
{
    sodiumReady();
    const QList<QByteArray> parts = text.toLatin1().trimmed().split(' ');
    if (parts.size() != 2 || parts[0] != kSecretHeader)
        return Error{tr("This is not a Burgernet audit signing key.")};
    SigningKey key;
    key.m_secret = QByteArray::fromBase64(parts[1]);
    if (key.m_secret.size() != static_cast<qsizetype>(crypto_sign_SECRETKEYBYTES))
        return Error{tr("The signing key is damaged.")};
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(key.m_public.data()),
                                 reinterpret_cast<const unsigned char*>(key.m_secret.constData()));
    return key;
}

QString SigningKey::toSecretText() const
{
    return QString::fromLatin1(QByteArray(kSecretHeader) + ' ' + m_secret.toBase64());
}

Result<SigningKey> SigningKey::loadOrCreate(const QString& path)
{
    if (QFileInfo::exists(path))
        return load(path);
    SigningKey key = generate();
    if (auto saved = key.save(path); !saved)
        return saved.error();
    return key;
}

Status SigningKey::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write the signing key %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toSecretText().toLatin1() + '\n');
    if (!file.commit())
        return Error{tr("Cannot write the signing key %1: %2").arg(path, file.errorString())};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secret.constData()));
    return signature;
}

bool SigningKey::verify(const QByteArray& publicKey, const QByteArray& message,
                        const QByteArray& signature)
{
    sodiumReady();
    if (publicKey.size() != static_cast<qsizetype>(crypto_sign_PUBLICKEYBYTES) ||
        signature.size() != static_cast<qsizetype>(crypto_sign_BYTES))
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

QString SigningKey::fingerprintOf(const QByteArray& publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

QByteArray SigningKey::publicKeyFile(const QByteArray& publicKey)
{
    return QByteArray(kPublicHeader) + ' ' + publicKey.toBase64() + '\n';
}

Result<QByteArray> SigningKey::readPublicKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the public key %1: %2").arg(path, file.errorString())};
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    if (parts.size() != 2 || parts[0] != kPublicHeader)
        return Error{tr("%1 is not a Burgernet audit public key (expected a line starting "
                        "with \"%2\").")
                         .arg(path, QLatin1String(kPublicHeader))};
    const QByteArray key = QByteArray::fromBase64(parts[1]);
    if (key.size() != static_cast<qsizetype>(crypto_sign_PUBLICKEYBYTES))
        return Error{tr("The public key in %1 has the wrong length.").arg(path)};
    return key;
}

} // namespace burgernet
