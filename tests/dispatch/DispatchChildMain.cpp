// The dispatch worker as a separate process for the crash test: it recovers the outbox the
// way the console does at start, then sends everything through a sender that appends each
// message id to a log file before answering (as a gateway would have it). The test kills it
// at random moments.
#include "app/core/Clock.h"
#include "app/dispatch/ChannelWorker.h"
#include "app/dispatch/Outbox.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

using namespace burgernet;

namespace {

class LoggingSender final : public ChannelSender
{
public:
    explicit LoggingSender(const QString& path)
        : m_log(path)
    {
        m_log.open(QIODevice::Append | QIODevice::Unbuffered);
    }
    SenderDescriptor descriptor() const override
    {
        SenderDescriptor d;
        d.id = QStringLiteral("crash-log");
        d.channel = BuiltinChannel::Email;
        d.capabilities.defaultRatePerSecond = 0; // unlimited
        d.reachesPeople = false;
        return d;
    }
    SendResult send(const OutgoingMessage& message) override
    {
        m_log.write(message.messageId.toLatin1() + '\n');
        QThread::usleep(300);
        return {SendOutcome::Sent, message.messageId, {}, {}, -1};
    }
    SenderHealth checkHealth() override { return {}; }

private:
    QFile m_log;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    auto spec = DatabaseSpec::parse(QString::fromLocal8Bit(argv[1]));
    if (!spec)
        return 2;
    auto db = Database::open(*spec, Database::Options{.migrate = false, .createIfMissing = false});
    if (!db)
        return 3;
    SystemClock clock;
    const qint64 now = clock.nowUtc().toMSecsSinceEpoch();
    auto recovered = Outbox(**db).recover(now, 0);
    if (!recovered)
        return 4;
    DispatchConfig config;
    config.batchSize = 20;
    config.seed = 1;
    // The rows were queued on the test's fixed clock, days before this process's wall clock:
    // this child is about crashes, not about holding stale messages back.
    config.staleAfterMs = 0;
    ChannelWorker worker(BuiltinChannel::Email,
                         std::make_unique<LoggingSender>(QString::fromLocal8Bit(argv[2])), clock,
                         config);
    worker.attach(**db);
    std::puts("ready");
    std::fflush(stdout);
    while (worker.processOnce() >= 0) {
    }
    return 0;
}
