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
#include "app/dispatch/SenderRegistry.h"
#include "app/services/ActionNotifier.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/AlarmService.h"
#include "app/services/AuditService.h"
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
#include "app/storage/Database.h"

#include <QDir>

namespace burgernet {

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
    if (mode == Mode::Training)
        m_gatewayFaults = std::make_unique<SimulatedGatewayFaults>();
    if (m_config.dispatch) {
        m_dispatcher =
            std::make_unique<Dispatcher>(clock, db.spec(), DispatchConfig::fromSettings(settings));
        m_dispatchRecords = std::make_unique<DispatchRecords>(*m_audit);
        m_dispatcher->setRecorder(m_dispatchRecords.get());
        if (m_config.listen) {
            m_listener = std::make_unique<HttpListener>();
            if (m_listener->start(m_config.callbackPort) == 0)
                qCWarning(lcDispatch) << "the callback listener could not start; no delivery "
                                         "reports";
            else
                qCInfo(lcDispatch)
                    << "callbacks and CAP feed on" << m_listener->baseUrl().toString();
        }
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
    m_alarms->setChannelStatus(m_dispatcher.get(), &m_catalog);
    m_alarms->setClosingMinutes(settings.value(keys::DispatchClosingReminderMinutes));
    connect(&settings, &Settings::changed, this, [this] {
        m_workflow->setPolicy(DispatchPolicy::fromSettings(m_settings));
        m_alarms->setClosingMinutes(m_settings.value(keys::DispatchClosingReminderMinutes));
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

void SessionServices::createSenders()
{
    const Mode mode = m_config.session.mode;
    const QString dataDir =
        QDir(m_config.dataDir)
            .filePath(mode == Mode::Training ? QStringLiteral("training") : QStringLiteral("live"));
    const auto contextFor = [&](const Channel& channel, const QString& senderId) {
        SenderContext context;
        context.mode = mode;
        context.channel = channel;
        context.clock = &m_clock;
        context.dataDir = dataDir;
        context.deliveryReport = m_dispatcher->reportSink(channel);
        if (m_listener && m_listener->port() != 0)
            context.callbackUrl =
                QUrl(m_listener->baseUrl().toString() + QStringLiteral("/callbacks/") + senderId);
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
        if (m_listener && m_listener->port() != 0)
            m_listener->routeSender(d.id, sender->get());
        served.insert(d.channel);
        m_dispatcher->addChannel(d.channel, std::move(sender).value());
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
    return {};
}

void SessionServices::stop()
{
    if (m_presence)
        m_presence->stop();
    if (m_listener)
        m_listener->stop();
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
