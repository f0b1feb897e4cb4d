#pragma once

#include "app/core/Result.h"
#include "app/services/DispatchPlan.h"
#include "app/services/ReauthGate.h"

#include <QObject>

#include <functional>

namespace burgernet {

class SessionServices;

// Runs the heavy phases of a send (prepare: select and resolve the recipients; submit: write
// 100,000 outbox rows) on a worker thread with a register connection of its own, so that the
// window never waits for them. The rules are the workflow's, unchanged: the job makes its own
// ActionWorkflow over the session's services. The password prompt and its check, which belong to
// the window's thread, are asked there while the job waits.
class DispatchJobs : public QObject
{
    Q_OBJECT
public:
    using PlanDone = std::function<void(const Result<DispatchPlan>&)>;
    using SubmitDone = std::function<void(const Result<ActionState>&)>;

    DispatchJobs(SessionServices& session, ReauthGate::Verifier verifier, ReauthPrompt* prompt,
                 QObject* parent = nullptr);
    ~DispatchJobs() override;

    bool busy() const { return m_running > 0; }
    // `done` runs on this thread when the job is finished, unless `context` is gone by then (a
    // dock closed with the window while its job still ran).
    void prepare(const PlanRequest& request, QObject* context, PlanDone done);
    void submit(const DispatchPlan& plan, const Confirmation& confirmation, QObject* context,
                SubmitDone done);

    // The same, waiting with the event loop running (tests, scripted runs).
    Result<DispatchPlan> prepareAndWait(const PlanRequest& request);
    Result<ActionState> submitAndWait(const DispatchPlan& plan, const Confirmation& confirmation);

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void started();
    void finished();

    SessionServices& m_session;
    ReauthGate::Verifier m_verifier;
    ReauthPrompt* m_prompt;
    int m_running = 0;
};

} // namespace burgernet
