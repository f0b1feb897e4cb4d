#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace burgernet {

class SessionServices;
struct DispatchPlan;
struct PlanRequest;

// `burgernetctl action ...`: everything the window's Dispatch and Actions docks do, through the
// same services and the same two-phase send (prepare the plan, state it, submit it).
//   list [--open] [--json]
//   status ID [--json]                 counts per state per channel
//   send --type T (--circle LAT,LON,M | --geojson F) --text TEXT --channel NAME... --yes
//        [--incident-number N [--allow-duplicate]]
//   review ID [--json]                 what the approver approves (ActionReview)
//   approve ID --yes | reject ID --reason TEXT
//   update ID --text TEXT --yes [--grow-circle LAT,LON,M | --grow-geojson F]
//   close ID --outcome O [--text TEXT] --yes
//   cancel ID [--text TEXT] --yes
//   retry-failed ID [--channel NAME] | decide ID (--uncertain resend|drop | --stale send|drop)
//   cap ID [--out DIR]                 the action's CAP 1.2 messages in order (ActionCap)
// With --wait the command sends in this process until every row is final; without it the rows
// wait for a running dispatcher (the console, or another burgernetctl --wait).
class ActionCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionCommand)

public:
    QString name() const override { return QStringLiteral("action"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;

private:
    int list(CtlContext& context, SessionServices& session, bool openOnly, bool json);
    int status(CtlContext& context, SessionServices& session, qint64 id, bool json);
    // States the plan, and submits it when confirmed; then waits when asked.
    int submitPlan(CtlContext& context, SessionServices& session, const PlanRequest& request,
                   const QCommandLineParser& parser, qint64 draftToWithdraw = 0);
    int decide(CtlContext& context, SessionServices& session, qint64 id,
               const QCommandLineParser& parser);
    void printPlan(CtlContext& context, const SessionServices& session, const DispatchPlan& plan,
                   bool json);
};

} // namespace burgernet
