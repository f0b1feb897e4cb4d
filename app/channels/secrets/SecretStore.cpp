#include "app/channels/secrets/SecretStore.h"

#include "app/core/Logging.h"
#include "app/core/PrivateFiles.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

#include <mutex>
#include <sodium.h>

namespace burgernet {

namespace {
// Runs a QtKeychain job to its end on this thread.
void runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // QtKeychain's fallback is plain QSettings: never
    job.start();
    loop.exec();
}

std::mutex& fileMutex()
{
    static std::mutex mutex;
    return mutex;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

Result<QString> KeychainSecretStore::read(const QString& name)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return Error{tr("The keychain could not be read: %1").arg(job.errorString())};
    return job.textData();
}

Status KeychainSecretStore::write(const QString& name, const QString& value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    job.setTextData(value);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Error{tr("The keychain could not be written: %1").arg(job.errorString())};
    return {};
}

Status KeychainSecretStore::remove(const QString& name)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error{tr("The keychain entry could not be removed: %1").arg(job.errorString())};
    return {};
}

bool KeychainSecretStore::available()
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(QStringLiteral("burgernet-keychain-probe"));
    runJob(job);
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

EncryptedFileSecretStore::EncryptedFileSecretStore(QString folder)
    : m_folder(std::move(folder))
{
    if (sodium_init() < 0)
        qCCritical(lcSecurity) << "libsodium could not be initialised";
}

QString EncryptedFileSecretStore::filePath() const
{
    return QDir(m_folder).absoluteFilePath(QStringLiteral("secrets.enc"));
}

QString EncryptedFileSecretStore::keyPath() const
{
    return QDir(m_folder).absoluteFilePath(QStringLiteral("secrets.key"));
}

Result<QByteArray> EncryptedFileSecretStore::key(bool create)
{
    QFile file(keyPath());
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray key = file.readAll();
        if (key.size() != crypto_secretbox_KEYBYTES)
            return Error{tr("The secrets key %1 is damaged.").arg(keyPath())};
        return key;
    }
    if (!create)
        return QByteArray();
    if (auto folder = PrivateFiles::makeFolder(m_folder); !folder)
        return folder.error();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char*>(key.data()));
    QSaveFile out(keyPath());
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(key) != key.size() || !out.commit())
        return Error{tr("The secrets key could not be written to %1.").arg(keyPath())};
    return key;
}

Result<QString> EncryptedFileSecretStore::read(const QString& name)
{
    std::lock_guard lock(fileMutex());
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray sealed = QByteArray::fromBase64(
        QJsonDocument::fromJson(file.readAll()).object().value(name).toString().toLatin1());
    if (sealed.isEmpty())
        return QString();
    auto k = key(false);
    if (!k)
        return k.error();
    if (k->isEmpty() ||
        sealed.size() < qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return Error{tr("The secret \"%1\" cannot be decrypted.").arg(name)};
    QByteArray plain(sealed.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES,
                     Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   nonce + crypto_secretbox_NONCEBYTES,
                                   sealed.size() - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char*>(k->constData())) != 0)
        return Error{
            tr("The secret \"%1\" cannot be decrypted (wrong key or changed file).").arg(name)};
    return QString::fromUtf8(plain);
}

Status EncryptedFileSecretStore::write(const QString& name, const QString& value)
{
    std::lock_guard lock(fileMutex());
    auto k = key(true);
    if (!k)
        return k.error();
    QJsonObject all;
    if (QFile file(filePath()); file.open(QIODevice::ReadOnly))
        all = QJsonDocument::fromJson(file.readAll()).object();
    const QByteArray plain = value.toUtf8();
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(),
                      Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()), plain.size(),
                          nonce, reinterpret_cast<const unsigned char*>(k->constData()));
    all.insert(name, QString::fromLatin1(sealed.toBase64()));
    QSaveFile out(filePath());
    const QByteArray json = QJsonDocument(all).toJson();
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(json) != json.size() || !out.commit())
        return Error{tr("The secrets file %1 could not be written.").arg(filePath())};
    return {};
}

Status EncryptedFileSecretStore::remove(const QString& name)
{
    std::lock_guard lock(fileMutex());
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    all.remove(name);
    QSaveFile out(filePath());
    const QByteArray json = QJsonDocument(all).toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return Error{tr("The secrets file %1 could not be written.").arg(filePath())};
    return {};
}

std::unique_ptr<SecretStore> openSecretStore(const QString& folder)
{
    if (qEnvironmentVariable("BURGERNET_SECRETS") != QLatin1String("file")) {
        auto keychain = std::make_unique<KeychainSecretStore>();
        if (keychain->available())
            return keychain;
        qCInfo(lcSecurity) << "no keychain answers; sender secrets go to an encrypted file in"
                           << folder;
    }
    return std::make_unique<EncryptedFileSecretStore>(folder);
}

} // namespace burgernet
