#include "app/session/SessionServices.h"

#include "app/audit/AuditLog.h"
#include "app/channels/BuiltinSenders.h"
#include "app/channels/common/HttpListener.h"
#include "app/channels/secrets/SecretStore.h"
#include "app/channels/simulated/SimulatedGatewayFaults.h"
#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/DispatchConfig.h"
#include "app/dispatch/Dispatcher.h"
#include "app/dispatch/GatewayHealthProbe.h"
#include "app/dispatch/SenderRegistry.h"
#include "app/services/ActionNotifier.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/AlarmService.h"
#include "app/services/AreaAssistant.h"
#include "app/services/AuditService.h"
#include "app/services/DeliveryFailures.h"
#include "app/services/DispatchProgress.h"
#include "app/services/DispatchRecords.h"
#include "app/services/OutboxDecisions.h"
#include "app/services/RegisterPresence.h"
#include "app/services/ReviewService.h"
#include "app/services/SelectionService.h"
#include "app/services/SenderService.h"
#include "app/services/SettingsService.h"
#include "app/services/TemplateService.h"
#include "app/services/TipService.h"
#include "app/session/AppTipRoute.h"
#include "app/session/CallbackSecrets.h"
#include "app/storage/Database.h"
#include "app/storage/ExerciseRepository.h"

#include <QDir>
#include <QFile>

#include <future>

namespace burgernet {

namespace {

// How stale a simulated sender's view of the exercise's gateways may be.
constexpr std::chrono::milliseconds kGatewayStateRefresh{1000};

} // namespace

SessionServices::SessionServices(SessionConfig config, Database& db, AuditLog& log,
                                 Settings& settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_db(db)
    , m_settings(settings)
    , m_clock(clock)
{
    const Mode mode = m_config.session.mode;
    // The register's own stamps follow the session's time too (virtual in training).
    db.setClock(clock);
    m_audit = std::make_unique<AuditService>(log, m_config.session);
    m_audit->setAnchors(m_config.auditAnchors);
    if (m_config.session.mode == Mode::Training)
        m_audit->setVirtualClock(&clock);
    // The policy is the register's: in training the training register's own.
    m_settingsService = std::make_unique<SettingsService>(settings, *m_audit, &db);
    const auto stored = m_settingsService->policy();
    const PolicyValues policy = stored ? *stored : PolicyValues();
    m_reauth = std::make_unique<ReauthGate>(*m_audit, policy.value(PolicyKey::ReauthRecipients),
                                            m_config.reauthVerifier, m_config.reauthPrompt);
    m_registry = createSenderRegistry(mode, clock, m_config.pluginFolder);
    m_secrets = openSecretStore(m_config.dataDir);
    m_senderService = std::make_unique<SenderService>(
        *m_registry, *m_secrets, *m_audit,
        QDir(m_config.dataDir)
            .filePath(mode == Mode::Training ? QStringLiteral("senders-training.ini")
                                             : QStringLiteral("senders.ini")));
    m_selection = std::make_unique<SelectionService>();
    m_templates = std::make_unique<TemplateService>(db, *m_audit, clock);
    m_review = std::make_unique<ReviewService>(db, *m_audit, clock);
    m_notifier = std::make_unique<ActionNotifier>();
    m_catalog = ChannelCatalog::builtIn();
    m_catalog.add(m_registry->addedChannels());
    m_progress = std::make_unique<DispatchProgress>(db, *m_audit, clock, *m_notifier);
    m_progress->setCatalog(m_catalog);
    m_decisions = std::make_unique<OutboxDecisions>(db, *m_audit, clock, *m_notifier);
    m_tips = std::make_unique<TipService>(db, *m_audit, clock, *m_notifier);
    m_areaAssistant = std::make_unique<AreaAssistant>(db, *m_audit, clock);
    if (mode == Mode::Training) {
        m_gatewayFaults = std::make_unique<SimulatedGatewayFaults>();
        // An exercise run from another workstation fails gateways in the training register.
        // The senders ask from their own threads, so each read opens a connection of its own.
        m_gatewayFaults->setSource(
            [spec = db.spec()]() -> std::optional<QSet<Channel>> {
                auto connection = Database::openExisting(spec);
                if (!connection)
                    return std::nullopt;
                auto failing = ExerciseRepository(**connection).failingGateways();
                if (!failing)
                    return std::nullopt;
                return std::move(failing).value();
            },
            kGatewayStateRefresh);
    }
    if (m_config.dispatch) {
        m_dispatcher =
            std::make_unique<Dispatcher>(clock, db.spec(), DispatchConfig::fromSettings(settings));
        m_dispatchRecords = std::make_unique<DispatchRecords>(*m_audit);
        m_dispatcher->setRecorder(m_dispatchRecords.get());
        m_probe = std::make_unique<GatewayHealthProbe>();
        m_dispatcher->setHealthProbe(m_probe.get());
        if (m_config.listen)
            startListener();
        createSenders();
        m_progress->setChannelStatus(m_dispatcher.get());
    }
    m_workflow =
        std::make_unique<ActionWorkflow>(db, *m_audit, clock, *m_selection, *m_templates,
                                         *m_notifier, DispatchPolicy::fromSettings(settings));
    m_workflow->setCatalog(m_catalog);
    m_workflow->setChannelStatus(m_dispatcher.get());
    if (m_config.reauthVerifier)
        m_workflow->setReauthGate(m_reauth.get());
    m_alarms = std::make_unique<AlarmService>(db, *m_audit, clock);
    m_failures = std::make_unique<DeliveryFailures>(db, *m_audit);
    m_alarms->setChannelStatus(m_dispatcher.get(), &m_catalog);
    m_alarms->setClosingMinutes(settings.value(keys::DispatchClosingReminderMinutes));
    connect(&settings, &Settings::changed, this, [this] {
        m_workflow->setPolicy(DispatchPolicy::fromSettings(m_settings));
        m_alarms->setClosingMinutes(m_settings.value(keys::DispatchClosingReminderMinutes));
        if (m_probe)
            m_probe->setInterval(std::chrono::seconds(m_settings.value(keys::HealthProbeSeconds)));
    });

    m_presence = std::make_unique<RegisterPresence>(db, *m_notifier, log.workstation(), mode,
                                                    m_config.dispatch);
    connect(m_notifier.get(), &ActionNotifier::outboxChanged, this,
            [this](qint64 id) { m_progress->forget(id); });
    if (m_dispatcher) {
        connect(m_notifier.get(), &ActionNotifier::outboxQueued, m_dispatcher.get(),
                &Dispatcher::wake);
        connect(m_dispatcher.get(), &Dispatcher::progressed, this,
                [this](const QList<qint64>& ids) { m_progress->refreshStates(ids); });
        connect(m_dispatcher.get(), &Dispatcher::countsChanged, this,
                [this](qint64 id, const Channel& channel, const StateCounts& counts) {
                    m_progress->setCounts(id, channel, counts);
                });
    }
}

SessionServices::~SessionServices()
{
    stop();
    m_presence.reset();
    m_workflow.reset();
    if (m_listener)
        m_listener->stop();
    m_listener.reset();
    m_dispatcher.reset();
}

void SessionServices::startListener()
{
    const QHostAddress address(m_config.callbackAddress);
    if (address.isNull()) {
        qCWarning(lcDispatch) << "the callback address is not an IP address; no delivery reports";
        return;
    }
    // The port this data folder's sessions used before, for the reports still to come.
    const QString portFile = QDir(m_config.dataDir)
                                 .filePath(m_config.session.mode == Mode::Training
                                               ? QStringLiteral("callback-port-training")
                                               : QStringLiteral("callback-port"));
    quint16 port = m_config.callbackPort;
    QFile remembered(portFile);
    if (port == 0 && remembered.open(QIODevice::ReadOnly))
        port = quint16(remembered.readAll().trimmed().toUInt());
    remembered.close();
    m_listener = std::make_unique<HttpListener>(address);
    quint16 bound = m_listener->start(port);
    if (bound == 0 && m_config.callbackPort == 0 && port != 0) {
        qCWarning(lcDispatch) << "callback port" << port
                              << "is taken; reports for earlier messages will not arrive";
        bound = m_listener->start(0);
    }
    if (bound == 0) {
        qCWarning(lcDispatch) << "the callback listener could not start; no delivery reports";
        return;
    }
    // Only the first port is remembered: a second process on the same data folder (burgernetctl
    // beside the window) that had to take another one does not move the window's.
    if (m_config.callbackPort == 0 && port == 0 && QDir().mkpath(m_config.dataDir) &&
        remembered.open(QIODevice::WriteOnly | QIODevice::Truncate))
        remembered.write(QByteArray::number(bound) + '\n');
    m_callbackSecrets = std::make_unique<CallbackSecrets>(*m_secrets);
    m_listener->setRefusalSink([this](const QString& prefix, CallbackRefusal reason) {
        recordRefusal(prefix, int(reason));
    });
    // Tips from the app platform: signed bodies only.
    if (auto secret = m_callbackSecrets->secret(QString::fromLatin1(AppTipRoute::kRoute)))
        m_listener->routeGuarded(
            QStringLiteral("/callbacks/") + QString::fromLatin1(AppTipRoute::kRoute),
            CallbackGuard{*secret, true}, [this](const CallbackRequest& request) {
                return AppTipRoute::answer(request,
                                           [this](qint64 id, const Tip& tip, bool* tryLater) {
                                               return receiveAppTip(id, tip, tryLater);
                                           });
            });
    else
        qCWarning(lcDispatch) << "no app tips:" << secret.errorMessage();
    // Never the secrets: only where the listener is.
    qCInfo(lcDispatch) << "callbacks and CAP feed on" << m_listener->baseUrl().toString();
}

void SessionServices::recordRefusal(const QString& prefix, int reasonValue)
{
    const auto reason = CallbackRefusal(reasonValue);
    ++m_refused;
    // A gateway with a stale secret, or someone trying, may call thousands of times: one record
    // per route and reason every ten seconds, with the count of those in between.
    constexpr qint64 kQuietMs = 10'000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString key = prefix + QLatin1Char('|') + enumId(reason);
    qint64 unrecorded = 0;
    {
        std::lock_guard lock(m_refusalMutex);
        auto& [lastMs, pending] = m_refusalLog[key];
        if (lastMs != 0 && now - lastMs < kQuietMs) {
            ++pending;
            return;
        }
        lastMs = now;
        unrecorded = pending;
        pending = 0;
    }
    qCWarning(lcDispatch) << "callback refused on" << prefix << ":" << enumId(reason);
    AuditService::SystemRecord record;
    record.action = QStringLiteral("callback.refused");
    record.objectType = QStringLiteral("callback");
    record.objectId = prefix.section(QLatin1Char('/'), -1);
    record.result = AuditResult::Denied;
    record.details = {{QStringLiteral("reason"), enumId(reason)},
                      {QStringLiteral("unrecorded"), unrecorded}};
    record.kinds = {{QStringLiteral("reason"), DetailKind::Id},
                    {QStringLiteral("unrecorded"), DetailKind::Count}};
    if (auto written = m_audit->recordSystem(std::vector{record}); !written)
        qCWarning(lcDispatch) << "cannot record a refused callback:" << written.errorMessage();
}

Result<qint64> SessionServices::receiveAppTip(qint64 actionId, const Tip& tip, bool* tryLater)
{
    // The tip is stored on the session's thread (its connection); the listener waits a while
    // for the answer. A tip it gave up on is not stored later: the platform sends it again.
    struct Pending
    {
        std::mutex mutex;
        bool abandoned = false;
        std::promise<Result<qint64>> result;
    };
    auto pending = std::make_shared<Pending>();
    auto future = pending->result.get_future();
    QMetaObject::invokeMethod(
        this,
        [this, pending, actionId, tip] {
            std::lock_guard lock(pending->mutex);
            if (pending->abandoned)
                return;
            auto saved = m_tips->receive(actionId, tip);
            pending->result.set_value(saved ? Result<qint64>(saved->id)
                                            : Result<qint64>(saved.error()));
        },
        Qt::QueuedConnection);
    if (future.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
        std::lock_guard lock(pending->mutex);
        if (future.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
            pending->abandoned = true;
            *tryLater = true;
            return Error{tr("The console is busy; send the tip again.")};
        }
    }
    return future.get();
}

void SessionServices::createSenders()
{
    const Mode mode = m_config.session.mode;
    const QString dataDir =
        QDir(m_config.dataDir)
            .filePath(mode == Mode::Training ? QStringLiteral("training") : QStringLiteral("live"));
    // The CAP feed is public: anyone may fetch it. Every other sender's callbacks carry its
    // secret (and a gateway that signs its bodies is checked).
    const auto publicCallbacks = [](const Channel& channel) {
        return channel == Channel(BuiltinChannel::Cap);
    };
    const auto callbackUrlOf = [&](const QString& senderId, const Channel& channel) {
        QUrl url(m_listener->baseUrl().toString() + QStringLiteral("/callbacks/") + senderId);
        if (publicCallbacks(channel))
            return url;
        auto secret = m_callbackSecrets->secret(senderId);
        if (!secret) {
            qCWarning(lcDispatch) << "no callbacks for" << senderId << ":" << secret.errorMessage();
            return QUrl();
        }
        url.setPath(url.path() + QLatin1Char('/') + QString::fromLatin1(*secret));
        return url;
    };
    const auto contextFor = [&](const Channel& channel, const QString& senderId) {
        SenderContext context;
        context.mode = mode;
        context.channel = channel;
        context.clock = &m_clock;
        context.dataDir = dataDir;
        context.deliveryReport = m_dispatcher->reportSink(channel);
        if (m_listener && m_listener->port() != 0 && !senderId.isEmpty())
            context.callbackUrl = callbackUrlOf(senderId, channel);
        return context;
    };
    if (mode == Mode::Training) {
        // Training has the simulated sender on every channel and nothing else; an exercise can
        // make its gateway fail.
        for (const ChannelInfo& info : m_catalog.channels()) {
            auto sender = m_senderService->create(QLatin1String(SenderRegistry::SimulatedId),
                                                  contextFor(info.channel, {}));
            if (!sender) {
                qCWarning(lcDispatch)
                    << "simulated sender for" << info.channel.id() << ":" << sender.errorMessage();
                continue;
            }
            m_dispatcher->addChannel(
                info.channel, std::make_unique<FaultInjectingSender>(
                                  std::move(sender).value(), *m_gatewayFaults, info.channel));
            // The probe sees the exercise's failing gateway as the dispatcher would.
            if (auto probe = m_senderService->create(QLatin1String(SenderRegistry::SimulatedId),
                                                     contextFor(info.channel, {})))
                m_probe->addChannel(info.channel,
                                    std::make_unique<FaultInjectingSender>(
                                        std::move(probe).value(), *m_gatewayFaults, info.channel));
        }
        return;
    }
    // One configured sender per channel, the first that can be made; a channel without one
    // keeps its messages queued (nothing is lost) and the plan says it is not ready.
    QSet<Channel> served;
    for (const SenderDescriptor& d : m_senderService->senders()) {
        if (d.servesEveryChannel || !d.reachesPeople || served.contains(d.channel))
            continue;
        auto sender = m_senderService->create(d.id, contextFor(d.channel, d.id));
        if (!sender) {
            qCInfo(lcDispatch) << "sender" << d.id << "not ready:" << sender.errorMessage();
            continue;
        }
        if (m_listener && m_listener->port() != 0) {
            if (publicCallbacks(d.channel))
                m_listener->routeSender(d.id, sender->get());
            else if (auto secret = m_callbackSecrets->secret(d.id))
                m_listener->routeSender(d.id, sender->get(), CallbackGuard{*secret, false});
        }
        served.insert(d.channel);
        m_dispatcher->addChannel(d.channel, std::move(sender).value());
        // A second instance for the periodic check: a sender is used by one thread at a time.
        if (auto probe = m_senderService->create(d.id, contextFor(d.channel, {})))
            m_probe->addChannel(d.channel, std::move(probe).value());
    }
}

Status SessionServices::start()
{
    m_presence->start();
    if (m_config.loadIndex)
        if (auto loaded = m_selection->reload(m_db); !loaded)
            return loaded;
    if (!m_dispatcher)
        return {};
    if (auto recovered =
            m_decisions->recoverAfterRestart(m_settings.value(keys::DispatchStaleAfterMinutes));
        !recovered)
        return recovered.error();
    m_progress->refreshStates();
    m_dispatcher->start();
    m_probe->start(std::chrono::seconds(m_settings.value(keys::HealthProbeSeconds)));
    return {};
}

void SessionServices::stop()
{
    if (m_presence)
        m_presence->stop();
    if (m_listener)
        m_listener->stop();
    if (m_probe)
        m_probe->stop();
    if (m_dispatcher)
        m_dispatcher->stop();
}

const Session& SessionServices::session() const
{
    return m_audit->session();
}

Mode SessionServices::mode() const
{
    return m_config.session.mode;
}

const DatabaseSpec& SessionServices::databaseSpec() const
{
    return m_db.spec();
}

} // namespace burgernet
