#include "app/channels/secrets/SecretStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;

TEST_CASE("Encrypted-file secrets: round trip, nothing readable on disk, owner-only files",
          "[senders][secrets]")
{
    QTemporaryDir dir;
    EncryptedFileSecretStore store(dir.path());
    CHECK(store.read(QStringLiteral("senders/sms-kannel/password")).value().isEmpty());
    REQUIRE(
        store.write(QStringLiteral("senders/sms-kannel/password"), QStringLiteral("k4nn3l-géheim"))
            .ok());
    REQUIRE(
        store.write(QStringLiteral("senders/social/token"), QStringLiteral("masto-token")).ok());
    CHECK(store.read(QStringLiteral("senders/sms-kannel/password")).value() ==
          QStringLiteral("k4nn3l-géheim"));
    CHECK(store.read(QStringLiteral("senders/social/token")).value() ==
          QStringLiteral("masto-token"));

    QFile file(store.filePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    CHECK_FALSE(onDisk.contains("k4nn3l"));
    CHECK_FALSE(onDisk.contains("masto-token"));
    CHECK(QFile::permissions(store.filePath()) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser));
    CHECK((QFile::permissions(store.keyPath()) &
           (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    // Another store over the same folder (a restart) reads them; a different key does not.
    EncryptedFileSecretStore again(dir.path());
    CHECK(again.read(QStringLiteral("senders/social/token")).value() ==
          QStringLiteral("masto-token"));
    REQUIRE(QFile::remove(store.keyPath()));
    QFile key(store.keyPath());
    REQUIRE(key.open(QIODevice::WriteOnly));
    key.write(QByteArray(32, 'x'));
    key.close();
    CHECK_FALSE(again.read(QStringLiteral("senders/social/token")).ok());

    REQUIRE(again.remove(QStringLiteral("senders/social/token")).ok());
    CHECK(again.read(QStringLiteral("senders/social/token")).value().isEmpty());
}

TEST_CASE("Without a keychain the secrets go to the encrypted file", "[senders][secrets]")
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    KeychainSecretStore keychain;
    const bool available = keychain.available();
    auto store = openSecretStore(dir.path());
    CHECK(timer.elapsed() < 30000);
    CHECK(store->kind() ==
          (available ? QStringLiteral("keychain") : QStringLiteral("encrypted-file")));
    qputenv("BURGERNET_SECRETS", "file");
    CHECK(openSecretStore(dir.path())->kind() == QStringLiteral("encrypted-file"));
    qunsetenv("BURGERNET_SECRETS");
}
