#pragma once

#include "app/audit/SigningKey.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace burgernet {

// The workstation's audit signing key, from its key store: the system keychain where one
// answers, else a file sealed with libsodium in the configuration folder (paths::keysDir(),
// mode 0700), never beside the log. A key file left beside the log by an older version is moved
// into the store and deleted, so that the same log goes on with the same key.
struct WorkstationSigningKey
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::WorkstationSigningKey)

public:
    SigningKey key;
    QString movedFrom; // the old key file beside the log, when this load moved it

    static Result<WorkstationSigningKey> load(const QString& auditLogPath);
};

} // namespace burgernet
