// Dispatch: 100,000 recipients queued durably with their audit record (target <= 2 s), the
// throughput of the outbox worker through a sender that answers at once (target >= 20,000
// messages/s with no rate limit), and the longest the GUI thread's periodic reads (the
// actions dock's refresh) take while the worker sends on its own thread (target <= 50 ms).
#include "app/audit/AuditLog.h"
#include "app/core/Clock.h"
#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/DispatchThread.h"
#include "app/dispatch/DispatchWorker.h"
#include "app/dispatch/SenderProvider.h"
#include "app/services/ActionService.h"
#include "app/services/AuditService.h"
#include "app/services/SelectionService.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantWriter.h"
#include "tests/bench/BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>

using namespace burgernet;

namespace {

class InstantSender final : public ChannelSender
{
public:
    SenderDescriptor descriptor() const override
    {
        SenderDescriptor d;
        d.id = QStringLiteral("instant");
        d.channel = QStringLiteral("email");
        d.capabilities.defaultRatePerSecond = 0;
        d.reachesPeople = false;
        return d;
    }
    SendResult send(const OutgoingMessage&) override
    {
        ++sent;
        return {SendOutcome::Sent, {}, {}, {}, -1};
    }
    SenderHealth checkHealth() override { return {}; }
    std::atomic<qint64> sent{0};
};

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    bench::BenchReport report(QStringLiteral("dispatch"));
    constexpr int kRecipients = 100'000;
    QTemporaryDir dir;
    auto spec = DatabaseSpec::parse(dir.filePath(QStringLiteral("register.sqlite")));
    auto db = Database::open(*spec);
    if (!db)
        die(db.errorMessage());
    {
        auto writer = ParticipantWriter::begin(**db, kRecipients);
        if (!writer)
            die(writer.errorMessage());
        for (int i = 0; i < kRecipients; ++i) {
            Participant p;
            p.pseudonym = QStringLiteral("P-B%1").arg(i);
            p.name = QStringLiteral("Bench %1").arg(i);
            p.email = QStringLiteral("b%1@example.nl").arg(i);
            p.channelPrefs = Participant::WantsEmail;
            p.registeredAt = QDateTime::currentDateTimeUtc();
            ParticipantLocation home;
            home.street = QStringLiteral("Straat");
            home.houseNumber = QString::number(i);
            home.postcode = QStringLiteral("3511 AA");
            home.place = QStringLiteral("Utrecht");
            home.municipality = QStringLiteral("Utrecht");
            home.lat = 52.0 + (i % 400) * 0.0005;
            home.lon = 5.0 + (i / 400) * 0.0008;
            p.locations << home;
            if (!(*writer)->write(p))
                die(QStringLiteral("write failed"));
        }
        if (auto s = (*writer)->commit(); !s)
            die(s.errorMessage());
    }
    SystemClock clock;
    SelectionService selection;
    if (auto s = selection.reload(**db); !s)
        die(s.errorMessage());
    AuditLog::Options options;
    options.path = dir.filePath(QStringLiteral("audit.sqlite"));
    options.keyPath = dir.filePath(QStringLiteral("key"));
    options.workstation = QStringLiteral("bench");
    auto log = AuditLog::open(options, clock);
    if (!log)
        die(log.errorMessage());
    AuditService audit(**log, Session{QStringLiteral("bench"), QStringLiteral("dispatcher"),
                                      QStringLiteral("bench"), Mode::Live});
    auto settings = Settings::atFile(dir.filePath(QStringLiteral("s.ini")));
    settings->setValue(keys::DispatchApprovalThreshold, 10'000'000);
    settings->setValue(keys::DispatchDailyLimit, 0);
    ActionService actions(**db, audit, *settings, clock, selection);
    actions.useWorkerCounts(true); // as the console: the worker thread counts

    ActionContent content;
    content.incident = IncidentType::StreetRobbery;
    content.person.clothing = QStringLiteral("een zwarte jas");
    content.channels = {QStringLiteral("email")};
    const GeoArea area = GeoArea::circle(QGeoCoordinate(52.1, 5.1), 60'000);
    auto id = actions.createDraft(content, area, QStringLiteral("bench"));
    if (!id)
        die(id.errorMessage());
    QElapsedTimer timer;
    timer.start();
    auto state = actions.submit(*id);
    const double queueMs = double(timer.nsecsElapsed()) / 1e6;
    if (!state || *state != ActionState::Sending)
        die(QStringLiteral("submit: ") + state.errorMessage());
    auto progress = actions.progress(*id);
    const qint64 queued = progress ? progress->count(QStringLiteral("queued")) : 0;
    report.figure(QStringLiteral("queued_rows"), double(queued), QStringLiteral("rows"));
    report.target(QStringLiteral("queue_100k_ms"), queueMs, 2000, QStringLiteral("ms"));

    // Throughput on the worker's own thread and connection, while this (GUI-like) thread
    // reads the progress every 20 ms as the actions dock does every second.
    InstantSender sender;
    SenderList senders;
    senders.addBorrowed(&sender);
    DispatchConfig config;
    config.batchSize = 500;
    DispatchThread thread(senders, clock, *spec, config);
    QObject::connect(&thread, &DispatchThread::countsChanged, &actions,
                     [&actions](qint64 action, const OutboxCounts& counts) {
                         actions.setCounts(action, counts);
                     });
    timer.restart();
    thread.start();
    double longestReadMs = 0;
    while (sender.sent < queued && timer.elapsed() < 120'000) {
        QElapsedTimer read;
        read.start();
        (void)actions.actions(false);
        (void)actions.progress(*id);
        QCoreApplication::processEvents(); // the worker's counts arrive as queued signals
        longestReadMs = std::max(longestReadMs, double(read.nsecsElapsed()) / 1e6);
        QThread::msleep(20);
    }
    const double sendSeconds = double(timer.nsecsElapsed()) / 1e9;
    thread.stop();
    report.figure(QStringLiteral("sent"), double(sender.sent.load()), QStringLiteral("messages"));
    report.target(QStringLiteral("throughput"), double(sender.sent.load()) / sendSeconds, 20'000,
                  QStringLiteral("messages/s"), true);
    report.target(QStringLiteral("gui_read_longest_ms"), longestReadMs, 50, QStringLiteral("ms"));
    return report.finish();
}
