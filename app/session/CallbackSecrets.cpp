#include "app/session/CallbackSecrets.h"

#include "app/channels/common/CallbackRoutes.h"
#include "app/channels/secrets/SecretStore.h"

namespace burgernet {

CallbackSecrets::CallbackSecrets(SecretStore& store)
    : m_store(store)
{}

Result<QByteArray> CallbackSecrets::secret(const QString& route)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_cache.constFind(route); it != m_cache.cend())
        return *it;
    auto stored = m_store.read(storeName(route));
    if (!stored)
        return Error{
            tr("The callback secret of %1 cannot be read: %2").arg(route, stored.errorMessage())};
    QByteArray value = stored->toLatin1();
    if (value.isEmpty()) {
        value = CallbackRoutes::newSecret();
        if (auto written = m_store.write(storeName(route), QString::fromLatin1(value)); !written)
            return Error{tr("The callback secret of %1 cannot be stored: %2")
                             .arg(route, written.errorMessage())};
    }
    m_cache.insert(route, value);
    return value;
}

Result<QByteArray> CallbackSecrets::renew(const QString& route)
{
    {
        std::lock_guard lock(m_mutex);
        m_cache.remove(route);
        if (auto removed = m_store.remove(storeName(route)); !removed)
            return removed.error();
    }
    return secret(route);
}

} // namespace burgernet
