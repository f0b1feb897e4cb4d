// Dispatch, as the console runs it:
// - queuing 100,000 recipients through the window's send path (plan and submit on a worker
//   thread): the longest stall of the GUI thread meanwhile (target <= 50 ms), against the same
//   queuing done on the GUI thread itself (the baseline);
// - throughput through the real simulated sender (training's sender, made by the session from
//   the sender registry) at the console's batch size, against a sender that does nothing at all;
// - a gateway that hangs on one channel while two others send: their throughput against the same
//   two channels alone (target: at least 0.8 of it).
#include "app/audit/AuditLog.h"
#include "app/core/Clock.h"
#include "app/core/Session.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/Dispatcher.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/DispatchProgress.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantWriter.h"
#include "app/storage/PolicyStore.h"
#include "tests/bench/BenchReport.h"
#include "ui/dispatch/DispatchJobs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>

using namespace burgernet;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

// A sender that answers at once, or (hanging) only after `hangMs`, with the answer lost.
class BenchSender final : public ChannelSender
{
public:
    BenchSender(Channel channel, int hangMs = 0)
        : m_channel(std::move(channel))
        , m_hangMs(hangMs)
    {}
    SenderDescriptor descriptor() const override
    {
        SenderDescriptor d;
        d.id = QStringLiteral("bench-") + m_channel.id();
        d.channel = m_channel;
        d.capabilities.defaultRatePerSecond = 0;
        d.reachesPeople = false;
        return d;
    }
    SendResult send(const OutgoingMessage&) override
    {
        if (m_hangMs > 0) {
            // A gateway that takes the request and never answers: the client times out.
            QThread::msleep(ulong(m_hangMs));
            return {SendOutcome::Uncertain, {}, QStringLiteral("timeout"), {}, -1};
        }
        ++(*sent);
        return {SendOutcome::Sent, {}, {}, {}, -1};
    }
    SenderHealth checkHealth() override { return {}; }
    std::shared_ptr<std::atomic<qint64>> sent = std::make_shared<std::atomic<qint64>>(0);

private:
    Channel m_channel;
    int m_hangMs;
};

// A register of `count` participants on every addressed channel, in a 20 x 32 km block.
std::unique_ptr<Database> makeRegister(const QString& path, int count, const Clock& clock)
{
    auto spec = DatabaseSpec::parse(path);
    auto db = Database::open(*spec);
    if (!db)
        die(db.errorMessage());
    auto writer = ParticipantWriter::begin(**db, count);
    if (!writer)
        die(writer.errorMessage());
    for (int i = 0; i < count; ++i) {
        Participant p;
        p.pseudonym = QStringLiteral("P-B%1").arg(i);
        p.name = QStringLiteral("Bench %1").arg(i);
        p.mobile = QStringLiteral("+316%1").arg(20000000 + i);
        p.email = QStringLiteral("b%1@example.nl").arg(i);
        p.registeredAt = clock.nowUtc();
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
    return std::move(db).value();
}

struct Bench
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<AuditLog> log;
    std::unique_ptr<Settings> settings;

    Bench()
    {
        AuditLog::Options options;
        options.path = dir.filePath(QStringLiteral("audit.sqlite"));
        options.keyPath = dir.filePath(QStringLiteral("key"));
        options.workstation = QStringLiteral("bench");
        auto opened = AuditLog::open(options, clock);
        if (!opened)
            die(opened.errorMessage());
        log = std::move(opened).value();
        settings = Settings::atFile(dir.filePath(QStringLiteral("settings.ini")));
    }

    std::unique_ptr<SessionServices> session(Database& db, Mode mode, bool dispatch,
                                             const QString& dataDir)
    {
        // Size is what is measured here, not the second pair of eyes or the password.
        for (const auto& [key, value] : {std::pair{PolicyKey::ApprovalThreshold, 5'000'000},
                                         std::pair{PolicyKey::ReauthRecipients, 5'000'000},
                                         std::pair{PolicyKey::DailyLimit, 0}})
            if (auto set = PolicyStore(db).set(
                    key, {value, clock.nowUtc(), QStringLiteral("bench"), QStringLiteral("bench")});
                !set)
                die(set.errorMessage());
        SessionConfig config;
        config.session =
            Session{QStringLiteral("bench"), Role::Supervisor, QStringLiteral("bench"), mode};
        config.dataDir = dataDir;
        config.dispatch = dispatch;
        config.listen = false;
        auto s = std::make_unique<SessionServices>(config, db, *log, *settings, clock);
        if (auto started = s->start(); !started)
            die(started.errorMessage());
        return s;
    }
};

qint64 draft(SessionServices& s, const QList<Channel>& channels, const GeoArea& area)
{
    ActionContent content;
    content.incident = IncidentType::StreetRobbery;
    content.person.clothing = QStringLiteral("een zwarte jas");
    content.channels = channels;
    auto id = s.workflow().createDraft(content, area, QStringLiteral("bench"));
    if (!id)
        die(id.errorMessage());
    return *id;
}

// The longest gap between ticks of a 2 ms timer on this thread while `work` runs.
double longestStallMs(const std::function<void(std::function<void()> done)>& work)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.elapsed();
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    bool finished = false;
    QEventLoop loop;
    work([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    const qint64 now = clock.elapsed();
    return double(std::max(longest, now - last));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bench::BenchReport report(QStringLiteral("dispatch"));
    Bench b;
    const int recipients = qEnvironmentVariableIntValue("BENCH_DISPATCH_RECIPIENTS") > 0
                               ? qEnvironmentVariableIntValue("BENCH_DISPATCH_RECIPIENTS")
                               : 100'000;
    const GeoArea everyone = GeoArea::circle(QGeoCoordinate(52.1, 5.1), 60'000);

    // 1. Queuing off the GUI thread, and the baseline on it.
    {
        auto db = makeRegister(b.dir.filePath(QStringLiteral("queue.sqlite")), recipients, b.clock);
        auto session = b.session(*db, Mode::Live, false, b.dir.filePath(QStringLiteral("q")));
        DispatchJobs jobs(*session, {}, nullptr);
        const qint64 viaJobs = draft(*session, {BuiltinChannel::Email}, everyone);
        QElapsedTimer took;
        took.start();
        const double stall = longestStallMs([&](std::function<void()> done) {
            jobs.prepare(PlanRequest::alert(viaJobs), &jobs,
                         [&, done](const Result<DispatchPlan>& plan) {
                             if (!plan)
                                 die(plan.errorMessage());
                             jobs.submit(*plan, Confirmation::yes(plan->notReady()), &jobs,
                                         [done](const Result<ActionState>& state) {
                                             if (!state)
                                                 die(state.errorMessage());
                                             done();
                                         });
                         });
        });
        const double queueMs = double(took.nsecsElapsed()) / 1e6;
        auto progress = session->progress().progress(viaJobs);
        const qint64 queued = progress ? progress->count(OutboxState::Queued) : 0;
        if (queued != recipients)
            die(QStringLiteral("queued %1 of %2").arg(queued).arg(recipients));
        const qint64 onGui = draft(*session, {BuiltinChannel::Email}, everyone);
        const double baseline = longestStallMs([&](std::function<void()> done) {
            auto plan = session->workflow().prepare(PlanRequest::alert(onGui));
            if (!plan || !session->workflow().submit(*plan, Confirmation::yes(plan->notReady())))
                die(QStringLiteral("queuing on the GUI thread failed"));
            done();
        });
        report.figure(QStringLiteral("queued_rows"), double(queued), QStringLiteral("rows"));
        report.figure(QStringLiteral("queue_ms"), queueMs, QStringLiteral("ms"),
                      QStringLiteral("plan and submit, worker thread, audit record included"));
        report.figure(QStringLiteral("gui_stall_baseline_ms"), baseline, QStringLiteral("ms"),
                      QStringLiteral("the same queued on the GUI thread"));
        report.target(QStringLiteral("gui_stall_longest_ms"), stall, 50, QStringLiteral("ms"));
    }

    // 2. Throughput through training's real simulated sender at the console's batch size.
    {
        const int n = std::min(recipients, 20'000);
        auto db = makeRegister(b.dir.filePath(QStringLiteral("training.sqlite")), n, b.clock);
        const QString data = b.dir.filePath(QStringLiteral("t"));
        QDir().mkpath(data);
        {
            // No simulated latency and no reports: what is measured is the console's own path.
            QSettings ini(QDir(data).filePath(QStringLiteral("senders-training.ini")),
                          QSettings::IniFormat);
            ini.setValue(QStringLiteral("simulated/latencyMs"), 0);
            ini.setValue(QStringLiteral("simulated/receiptPercent"), 0);
            ini.setValue(QStringLiteral("simulated/replyPercent"), 0);
            // Far above any gateway: the pace is the console's, not a rate limit's.
            ini.setValue(QStringLiteral("simulated/ratePerSecond"), 1'000'000);
        }
        auto session = b.session(*db, Mode::Training, true, data);
        const qint64 id = draft(*session, {BuiltinChannel::Sms}, everyone);
        auto plan = session->workflow().prepare(PlanRequest::alert(id));
        if (!plan || plan->notReady().size() != 0)
            die(QStringLiteral("training plan: ") + plan.errorMessage());
        QElapsedTimer took;
        took.start();
        if (!session->workflow().submit(*plan, Confirmation::yes()))
            die(QStringLiteral("training submit failed"));
        qint64 waiting = n;
        while (waiting > 0 && took.elapsed() < 300'000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            session->progress().forget(id);
            auto p = session->progress().progress(id);
            waiting = p ? p->waiting() : n;
        }
        const double simulated = n / (double(took.nsecsElapsed()) / 1e9);
        session->stop();

        // The baseline: the same pipeline (claim, mark sending, complete) with a sender that does
        // nothing at all.
        auto base = makeRegister(b.dir.filePath(QStringLiteral("base.sqlite")), n, b.clock);
        auto baseSession = b.session(*base, Mode::Live, false, b.dir.filePath(QStringLiteral("b")));
        const qint64 baseId = draft(*baseSession, {BuiltinChannel::Sms}, everyone);
        auto basePlan = baseSession->workflow().prepare(PlanRequest::alert(baseId));
        if (!basePlan || !baseSession->workflow().submit(*basePlan, Confirmation::yes()))
            die(QStringLiteral("baseline submit failed"));
        Dispatcher dispatcher(b.clock, base->spec());
        auto sender = std::make_unique<BenchSender>(BuiltinChannel::Sms);
        auto sent = sender->sent;
        dispatcher.addChannel(BuiltinChannel::Sms, std::move(sender));
        took.restart();
        dispatcher.start();
        while (*sent < n && took.elapsed() < 300'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const double instant = double(*sent) / (double(took.nsecsElapsed()) / 1e9);
        dispatcher.stop();
        report.figure(QStringLiteral("training_messages"), n, QStringLiteral("messages"));
        report.figure(QStringLiteral("instant_sender_throughput"), instant,
                      QStringLiteral("messages/s"), QStringLiteral("baseline, batch 100"));
        report.target(QStringLiteral("simulated_sender_throughput"), simulated, 1000,
                      QStringLiteral("messages/s"), true);
        report.figure(QStringLiteral("simulated_vs_instant"), simulated / instant,
                      QStringLiteral("ratio"));
    }

    // 3. A hanging gateway on SMS: voice and e-mail go on as fast as they go alone.
    {
        const int n = std::min(recipients, 20'000);
        const auto run = [&](bool withHangingSms) {
            auto db = makeRegister(b.dir.filePath(withHangingSms ? QStringLiteral("hang.sqlite")
                                                                 : QStringLiteral("alone.sqlite")),
                                   n, b.clock);
            auto session = b.session(*db, Mode::Live, false, b.dir.filePath(QStringLiteral("h")));
            QList<Channel> channels{BuiltinChannel::Voice, BuiltinChannel::Email};
            if (withHangingSms)
                channels << BuiltinChannel::Sms;
            const qint64 id = draft(*session, channels, everyone);
            auto plan = session->workflow().prepare(PlanRequest::alert(id));
            if (!plan || !session->workflow().submit(*plan, Confirmation::yes()))
                die(QStringLiteral("hang submit failed"));
            Dispatcher dispatcher(b.clock, db->spec());
            auto voice = std::make_unique<BenchSender>(BuiltinChannel::Voice);
            auto email = std::make_unique<BenchSender>(BuiltinChannel::Email);
            auto voiceSent = voice->sent;
            auto emailSent = email->sent;
            dispatcher.addChannel(BuiltinChannel::Voice, std::move(voice));
            dispatcher.addChannel(BuiltinChannel::Email, std::move(email));
            if (withHangingSms)
                dispatcher.addChannel(BuiltinChannel::Sms,
                                      std::make_unique<BenchSender>(BuiltinChannel::Sms, 2000));
            QElapsedTimer took;
            took.start();
            dispatcher.start();
            while (*voiceSent + *emailSent < 2 * n && took.elapsed() < 300'000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            const double rate =
                double(*voiceSent + *emailSent) / (double(took.nsecsElapsed()) / 1e9);
            dispatcher.stop();
            return rate;
        };
        const double alone = run(false);
        const double beside = run(true);
        report.figure(QStringLiteral("two_channels_alone"), alone, QStringLiteral("messages/s"));
        report.figure(QStringLiteral("two_channels_beside_hanging_sms"), beside,
                      QStringLiteral("messages/s"));
        report.target(QStringLiteral("hanging_gateway_ratio"), beside / alone, 0.8,
                      QStringLiteral("ratio"), true);
    }
    return report.finish();
}
