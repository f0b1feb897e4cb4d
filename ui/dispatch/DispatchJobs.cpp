#include "ui/dispatch/DispatchJobs.h"

#include "app/core/Logging.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/Dispatcher.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/AuditService.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"
#include "app/storage/PolicyStore.h"

#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <QtConcurrent>

namespace burgernet {

namespace {

// Asks on the window's thread whatever thread the gate runs on.
class WindowThreadPrompt final : public ReauthPrompt
{
public:
    WindowThreadPrompt(QObject* window, ReauthPrompt* inner)
        : m_window(window)
        , m_inner(inner)
    {}
    std::optional<QString> askPassword(const QString& reason) override
    {
        if (!m_inner)
            return std::nullopt;
        if (QThread::currentThread() == m_window->thread())
            return m_inner->askPassword(reason);
        std::optional<QString> answer;
        QMetaObject::invokeMethod(
            m_window, [&] { answer = m_inner->askPassword(reason); }, Qt::BlockingQueuedConnection);
        return answer;
    }

private:
    QObject* m_window;
    ReauthPrompt* m_inner;
};

} // namespace

DispatchJobs::DispatchJobs(SessionServices& session, ReauthGate::Verifier verifier,
                           ReauthPrompt* prompt, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_verifier(std::move(verifier))
    , m_prompt(prompt)
{}

DispatchJobs::~DispatchJobs()
{
    // A job still running holds references into the session: let it end first.
    while (m_running > 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void DispatchJobs::started()
{
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
}

void DispatchJobs::finished()
{
    if (--m_running == 0)
        Q_EMIT busyChanged(false);
}

namespace {

// What one job runs on: a connection of its own and a workflow over it.
struct JobWorkflow
{
    std::unique_ptr<Database> db;
    std::unique_ptr<ReauthGate> gate;
    std::unique_ptr<WindowThreadPrompt> prompt;
    std::unique_ptr<ActionWorkflow> workflow;
};

Result<JobWorkflow> makeWorkflow(SessionServices& session, QObject* window,
                                 const ReauthGate::Verifier& verifier, ReauthPrompt* prompt)
{
    JobWorkflow job;
    auto db = Database::openExisting(session.databaseSpec());
    if (!db)
        return db.error();
    job.db = std::move(db).value();
    job.workflow = std::make_unique<ActionWorkflow>(
        *job.db, session.audit(), session.clock(), session.selection(), session.templates(),
        session.notifier(), session.workflow().policy());
    job.workflow->setCatalog(session.catalog());
    job.workflow->setChannelStatus(session.dispatcher());
    if (verifier) {
        job.prompt = std::make_unique<WindowThreadPrompt>(window, prompt);
        // The check reads the accounts through the window's connection: it runs there too.
        ReauthGate::Verifier onWindow = [window, verifier](const QString& password,
                                                           QString* message) {
            ReauthGate::Check check = ReauthGate::Check::Wrong;
            QMetaObject::invokeMethod(
                window, [&] { check = verifier(password, message); }, Qt::BlockingQueuedConnection);
            return check;
        };
        const auto policy = PolicyStore(*job.db).load();
        job.gate = std::make_unique<ReauthGate>(
            session.audit(), (policy ? *policy : PolicyValues()).value(PolicyKey::ReauthRecipients),
            onWindow, job.prompt.get());
        job.workflow->setReauthGate(job.gate.get());
    }
    return job;
}

} // namespace

void DispatchJobs::prepare(const PlanRequest& request, QObject* context, PlanDone done)
{
    started();
    auto future = QtConcurrent::run([this, request]() -> Result<DispatchPlan> {
        auto job = makeWorkflow(m_session, this, m_verifier, m_prompt);
        if (!job)
            return job.error();
        return job->workflow->prepare(request);
    });
    auto* watcher = new QFutureWatcher<Result<DispatchPlan>>(this);
    connect(watcher, &QFutureWatcherBase::finished, context,
            [watcher, done] { done(watcher->result()); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finished();
    });
    watcher->setFuture(future);
}

void DispatchJobs::submit(const DispatchPlan& plan, const Confirmation& confirmation,
                          QObject* context, SubmitDone done)
{
    started();
    auto future = QtConcurrent::run([this, plan, confirmation]() -> Result<ActionState> {
        auto job = makeWorkflow(m_session, this, m_verifier, m_prompt);
        if (!job)
            return job.error();
        return job->workflow->submit(plan, confirmation);
    });
    auto* watcher = new QFutureWatcher<Result<ActionState>>(this);
    connect(watcher, &QFutureWatcherBase::finished, context,
            [watcher, done] { done(watcher->result()); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finished();
    });
    watcher->setFuture(future);
}

Result<DispatchPlan> DispatchJobs::prepareAndWait(const PlanRequest& request)
{
    std::optional<Result<DispatchPlan>> result;
    QEventLoop loop;
    prepare(request, &loop, [&](const Result<DispatchPlan>& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

Result<ActionState> DispatchJobs::submitAndWait(const DispatchPlan& plan,
                                                const Confirmation& confirmation)
{
    std::optional<Result<ActionState>> result;
    QEventLoop loop;
    submit(plan, confirmation, &loop, [&](const Result<ActionState>& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace burgernet
