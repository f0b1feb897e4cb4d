#include "ui/console/ConsoleSession.h"

#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/security/SignInService.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/DispatchProgress.h"
#include "app/services/SelectionService.h"
#include "app/session/SessionServices.h"
#include "ui/ConsoleServices.h"
#include "ui/MainWindow.h"
#include "ui/dispatch/DispatchDock.h"
#include "ui/dispatch/DispatchJobs.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapView.h"
#include "ui/security/DialogReauthPrompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>

#include <cstdio>

namespace burgernet {

ConsoleSession::ConsoleSession(Inputs in, QObject* parent)
    : QObject(parent)
{
    m_prompt = std::make_unique<DialogReauthPrompt>(nullptr);
    // The password check before a large live send: the signed-in user's own, counted towards
    // the lock like a sign-in.
    ReauthGate::Verifier verifier = [this, session = in.session](const QString& password,
                                                                 QString* message) {
        const SignInAttempt a =
            m_signIn->reauthenticate(session, password, QStringLiteral("live-send"));
        *message = a.message;
        return a.ok() ? ReauthGate::Check::Right
               : a.outcome == SignInOutcome::Locked || a.outcome == SignInOutcome::Refused
                   ? ReauthGate::Check::Locked
               : a.outcome == SignInOutcome::Failed ? ReauthGate::Check::Unavailable
                                                    : ReauthGate::Check::Wrong;
    };
    SessionConfig config;
    config.session = in.session;
    config.dataDir = in.dataDir;
    config.auditAnchors = in.auditAnchors;
    config.callbackPort = static_cast<quint16>(in.settings.value(keys::CallbackPort));
    config.callbackAddress = in.settings.value(keys::CallbackAddress);
    config.reauthVerifier = verifier;
    config.reauthPrompt = m_prompt.get();
    // The window loads the index in the background, usable meanwhile.
    config.loadIndex = !in.withWindow;
    m_services = std::make_unique<SessionServices>(std::move(config), in.database, in.auditLog,
                                                   in.settings, in.clock);
    m_signIn = std::make_unique<SignInService>(in.accounts, m_services->audit(), in.clock,
                                               SignInPolicy::fromRegister(in.accounts));
    m_jobs = std::make_unique<DispatchJobs>(*m_services, verifier, m_prompt.get());
    m_withWindow = in.withWindow;
    if (in.session.mode == Mode::Training)
        m_trainingClock = in.trainingClock;
}

ConsoleSession::~ConsoleSession()
{
    m_window.reset();
    m_jobs.reset();
    m_services.reset();
}

Status ConsoleSession::start()
{
    const Status started = m_services->start();
    // The window after the index: the map's participant layer is made from it.
    if (m_withWindow && !m_window) {
        ConsoleServices services{
            m_services->settings(), m_services->database(),        m_services->clock(),
            m_services->audit(),    m_services->settingsService(), m_services->mode(),
            m_signIn.get()};
        services.senders = &m_services->senders();
        services.selection = &m_services->selection();
        services.session = m_services.get();
        services.dispatchJobs = m_jobs.get();
        services.exerciseClock = m_trainingClock;
        m_window = std::make_unique<MainWindow>(services);
        m_prompt->setParentWidget(m_window.get());
    }
    return started;
}

void ConsoleSession::drawCircle(const QString& latLonMetres)
{
    if (!m_window || !m_window->mapView())
        return;
    const QStringList parts = latLonMetres.split(QLatin1Char(','));
    const QGeoCoordinate centre(parts.value(0).toDouble(), parts.value(1).toDouble());
    AreaController* area = m_window->mapView()->areaController();
    area->setIncident(centre);
    area->commit(GeoArea::circle(centre, parts.value(2).toDouble()), tr("Draw circle"));
    m_window->mapView()->zoomToArea();
}

int ConsoleSession::runScriptedSend(const ConsoleOptions& options)
{
    DispatchDock* dock = m_window ? m_window->dispatchDock() : nullptr;
    if (!dock) {
        std::fprintf(stderr, "burgernet-console: this account cannot send actions\n");
        return 1;
    }
    // The dock's own fields, as a dispatcher fills them in.
    auto* incident = dock->findChild<QComboBox*>(QStringLiteral("incident"));
    const int index = incident->findData(options.sendAction);
    if (index < 0) {
        std::fprintf(stderr, "burgernet-console: unknown incident type %s\n",
                     qPrintable(options.sendAction));
        return 2;
    }
    incident->setCurrentIndex(index);
    dock->findChild<QPlainTextEdit*>(QStringLiteral("freeText"))->setPlainText(options.sendText);
    for (QCheckBox* box : dock->findChildren<QCheckBox*>()) {
        if (!box->objectName().startsWith(QLatin1String("channel-")))
            continue;
        box->setChecked(options.sendChannels.contains(box->objectName().mid(8)));
    }
    // The confirmation as a trainee gives it: training, every channel ready.
    dock->setConfirmer([](const DispatchPlan& plan, QWidget*) -> std::optional<Confirmation> {
        if (plan.mode != Mode::Training || !plan.notReady().isEmpty())
            return std::nullopt;
        return Confirmation::yes();
    });
    dock->setWarner([](QWidget*, const QString&, const QString& text) {
        std::fprintf(stderr, "burgernet-console: %s\n", qPrintable(text));
    });
    // The index loads in the background, and the dock plans nothing before it is in.
    QElapsedTimer loading;
    loading.start();
    while (!m_services->selection().isLoaded() && loading.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 id = dock->send();
    if (!id) {
        std::fprintf(stderr, "burgernet-console: not sent: %s\n", qPrintable(dock->sendStatus()));
        return 1;
    }
    QElapsedTimer waited;
    waited.start();
    DispatchProgress& progress = m_services->progress();
    while (waited.elapsed() < 600'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        progress.forget(id);
        auto p = progress.progress(id);
        if (p && p->waiting() == 0)
            break;
    }
    progress.refreshStates({id});
    auto action = m_services->workflow().action(id);
    auto p = progress.progress(id);
    if (!action || !p)
        return 1;
    QJsonObject channels;
    for (const ChannelProgress& c : p->channels) {
        QJsonObject states;
        for (auto it = c.states.cbegin(); it != c.states.cend(); ++it)
            states.insert(enumId(it.key()), it.value());
        channels.insert(c.channel.id(), states);
    }
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("state"), enumId(action->state)},
                                  {QStringLiteral("channels"), channels}})
            .toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", json.constData());
    return action->state == ActionState::Sent && p->waiting() == 0 ? 0 : 1;
}

} // namespace burgernet
