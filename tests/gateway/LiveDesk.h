#pragma once

#include "app/channels/common/HttpClient.h"
#include "app/session/SessionServices.h"
#include "tests/dispatch/DispatchTestSupport.h"

#include <QTemporaryDir>
#include <QVariantMap>

#include <map>
#include <memory>

namespace burgernet::test {

// One live workstation on a fixture's register with its own data folder (senders.ini, the
// secret store, the remembered callback port): senders configured by an administrator as on the
// senders page, then the dispatcher's session over it, listener included.
class LiveDesk
{
public:
    explicit LiveDesk(DispatchFixture& f, int participants = 30);

    void configure(const std::map<QString, QVariantMap>& senders);
    std::unique_ptr<SessionServices> open();
    QString dataDir() const { return m_data.path(); }
    // A live alert on `channels` from `session`, submitted; its id.
    qint64 sendAlert(SessionServices& session, const QList<Channel>& channels);

private:
    SessionConfig config(Session session, bool dispatch);

    DispatchFixture& m_f;
    QTemporaryDir m_data;
};

// The request from another thread while this one keeps serving events (the listener hands app
// tips to the session's thread, which is this one).
HttpResponse requestWhileServing(const HttpRequest& request);

} // namespace burgernet::test
