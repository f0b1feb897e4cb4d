#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace burgernet {

class CtlContext;
class SessionServices;
struct Action;
struct DispatchPlan;

// What an approver (and any sender) reads before saying yes, on the command line: the author and
// the time waited, every channel's text as it will go out, the overlaps with recent actions,
// another open action for the same incident, and the time and cost per channel.
// `burgernetctl action review ID` prints it for an action waiting for approval.
class ActionReview
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionReview)

public:
    static int run(CtlContext& context, SessionServices& session, qint64 id, bool json);
    // The plan's figures beyond the counts, for --json.
    static QJsonObject planJson(const DispatchPlan& plan);
    // One channel's time to finish and cost, as words ("about 12 s, € 3.50"); empty when
    // neither is known.
    static QString estimateText(double finishSeconds, double cost);
    // Lines for the error stream: who asked and how long ago (approvals), the texts.
    static void printApproval(CtlContext& context, const SessionServices& session,
                              const DispatchPlan& plan);
    // The action's last rejection, for `action status`.
    static QJsonObject rejectionJson(const Action& action);
};

} // namespace burgernet
