// A process that appends to an audit log as fast as it can until it is killed: the crash test
// kills it at random moments and checks that the log survives whole.
#include "app/audit/AuditLog.h"
#include "app/core/Clock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    burgernet::SystemClock clock;
    burgernet::AuditLog::Options options;
    options.path = QString::fromLocal8Bit(argv[1]);
    options.keyPath = QString::fromLocal8Bit(argv[2]);
    options.workstation = QStringLiteral("crash-test");
    options.checkpointEveryRecords = 50;
    auto log = burgernet::AuditLog::open(options, clock);
    if (!log) {
        std::fprintf(stderr, "%s\n", qPrintable(log.errorMessage()));
        return 1;
    }
    std::puts("ready");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        std::vector<burgernet::AuditEvent> batch;
        for (int j = 0; j < 1 + i % 20; ++j)
            batch.push_back({QStringLiteral("system"), QStringLiteral("system"), QString(),
                             QStringLiteral("message.queue"), QStringLiteral("outbox"),
                             QStringLiteral("BN-%1").arg(i), burgernet::AuditResult::Ok,
                             QJsonObject{{QStringLiteral("n"), j}}});
        if (!(*log)->append(batch))
            return 1;
    }
}
