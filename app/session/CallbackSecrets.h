#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <mutex>

namespace burgernet {

class SecretStore;

// The secret of each callback route (one per sender, one for the app platform's tips), kept in
// the workstation's secret store so that it stays the same across restarts: a delivery report
// for a message sent before the restart still carries the right one. Made on first use; never
// logged.
class CallbackSecrets
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::CallbackSecrets)

public:
    explicit CallbackSecrets(SecretStore& store);

    // The route's secret ("sms-kannel", "app-tips"), made and stored the first time.
    Result<QByteArray> secret(const QString& route);
    // A new secret for the route (a gateway's copy leaked); the old one stops working.
    Result<QByteArray> renew(const QString& route);

    static QString storeName(const QString& route) { return QStringLiteral("callback/") + route; }

private:
    SecretStore& m_store;
    std::mutex m_mutex;
    QHash<QString, QByteArray> m_cache;
};

} // namespace burgernet
