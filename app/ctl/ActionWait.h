#pragma once

#include <QCoreApplication>

namespace burgernet {

class CtlContext;
class SessionServices;

// `action ... --wait`: lets this process's channel workers send until every row of the action is
// final (or waits only on channels that cannot send now), with a progress line on the error
// stream. The exit code says whether anything is left.
class ActionWait
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionWait)

public:
    // `timeoutSeconds` <= 0: no limit.
    static int untilSettled(CtlContext& context, SessionServices& session, qint64 id,
                            int timeoutSeconds, bool json);
};

} // namespace burgernet
