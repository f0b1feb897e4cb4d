#include "tests/gateway/LiveDesk.h"

#include "app/channels/common/HttpListener.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/SenderService.h"
#include "tests/support/FakeClock.h"
#include "tests/support/PolicyForTests.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTest>

#include <catch2/catch.hpp>
#include <future>

namespace burgernet::test {

LiveDesk::LiveDesk(DispatchFixture& f, int participants)
    : m_f(f)
{
    // The secrets in the data folder's encrypted file, not in a keychain of this machine.
    qputenv("BURGERNET_SECRETS", "file");
    m_f.addParticipants(participants, [](int i) {
        return std::pair{DispatchFixture::centre().latitude() + ((i % 10) - 5) * 0.0008,
                         DispatchFixture::centre().longitude() + ((i / 10) - 2) * 0.0012};
    });
    setPolicy(m_f.db(), PolicyKey::ApprovalThreshold, 1'000'000);
    setPolicy(m_f.db(), PolicyKey::ReauthRecipients, 1'000'000);
    QDir().mkpath(m_data.filePath(QStringLiteral("no-plugins")));
}

SessionConfig LiveDesk::config(Session session, bool dispatch)
{
    SessionConfig c;
    c.session = std::move(session);
    c.dataDir = m_data.path();
    c.dispatch = dispatch;
    c.listen = dispatch;
    c.loadIndex = dispatch;
    c.pluginFolder = m_data.filePath(QStringLiteral("no-plugins"));
    return c;
}

void LiveDesk::configure(const std::map<QString, QVariantMap>& senders)
{
    SessionServices admin(config(Session{QStringLiteral("beheerder.west"), Role::Administrator,
                                         QStringLiteral("mk-west-01"), Mode::Live},
                                 false),
                          m_f.db(), m_f.auditService().log(), m_f.settings(), systemClock());
    REQUIRE(admin.start().ok());
    for (const auto& [id, values] : senders) {
        INFO(id.toStdString());
        REQUIRE(admin.senders().saveSettings(id, values).ok());
    }
}

std::unique_ptr<SessionServices> LiveDesk::open()
{
    auto session =
        std::make_unique<SessionServices>(config(m_f.auditService().session(), true), m_f.db(),
                                          m_f.auditService().log(), m_f.settings(), systemClock());
    REQUIRE(session->start().ok());
    REQUIRE(session->listener());
    REQUIRE(session->listener()->port() != 0);
    return session;
}

qint64 LiveDesk::sendAlert(SessionServices& session, const QList<Channel>& channels)
{
    ActionContent content = DispatchFixture::urgentContent();
    content.channels = channels;
    auto id =
        session.workflow().createDraft(content, DispatchFixture::area(), QStringLiteral("Utrecht"));
    REQUIRE(id.ok());
    auto plan = session.workflow().prepare(PlanRequest::alert(*id));
    REQUIRE(plan.ok());
    REQUIRE(session.workflow().submit(*plan, Confirmation::yes()).ok());
    return *id;
}

HttpResponse requestWhileServing(const HttpRequest& request)
{
    auto answer = std::async(std::launch::async, [request] { return performHttp(request); });
    while (answer.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return answer.get();
}

} // namespace burgernet::test
