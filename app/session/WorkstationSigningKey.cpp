#include "app/session/WorkstationSigningKey.h"

#include "app/channels/secrets/SecretStore.h"
#include "app/core/Paths.h"
#include "app/core/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>

namespace burgernet {

namespace {

const QString kSecretName = QStringLiteral("audit-signing-key");

Status ensureOwnerOnlyFolder(const QString& path)
{
    if (auto made = PrivateFiles::makeFolder(path); !made)
        return made;
    // An existing folder too: the key store is the owner's only.
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner))
        return Error{WorkstationSigningKey::tr("Cannot make the folder %1 private.").arg(path)};
    return {};
}

} // namespace

Result<WorkstationSigningKey> WorkstationSigningKey::load(const QString& auditLogPath)
{
    const QString folder = paths::keysDir();
    if (auto s = ensureOwnerOnlyFolder(folder); !s)
        return s.error();
    auto store = openSecretStore(folder);
    auto stored = store->read(kSecretName);
    if (!stored)
        return Error{tr("The audit signing key cannot be read from the %1: %2")
                         .arg(store->kind(), stored.errorMessage())};
    WorkstationSigningKey result;
    if (!stored->isEmpty()) {
        auto key = SigningKey::fromSecretText(*stored);
        if (!key)
            return key.error();
        result.key = *key;
    } else {
        const QString legacy = paths::signingKeyPathFor(auditLogPath);
        const bool moving = QFileInfo::exists(legacy);
        auto key = moving ? SigningKey::load(legacy) : Result<SigningKey>(SigningKey::generate());
        if (!key)
            return key.error();
        if (auto s = store->write(kSecretName, key->toSecretText()); !s)
            return Error{tr("The audit signing key cannot be stored in the %1: %2")
                             .arg(store->kind(), s.errorMessage())};
        // Read it back before the file goes: a key store that lost it would start a new log.
        auto check = store->read(kSecretName);
        if (!check || *check != key->toSecretText())
            return Error{tr("The audit signing key did not survive the %1.").arg(store->kind())};
        if (moving) {
            if (!QFile::remove(legacy))
                return Error{tr("The old signing key %1 cannot be removed.").arg(legacy)};
            result.movedFrom = legacy;
        }
        result.key = *key;
    }
    return result;
}

} // namespace burgernet
