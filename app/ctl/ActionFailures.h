#pragma once

#include "app/core/Channel.h"

#include <QCoreApplication>

#include <optional>

namespace burgernet {

class CtlContext;
class SessionServices;

// `burgernetctl action failures ID [--channel C] [--json]`: the recipients whose message failed
// for good, per channel, by pseudonym with the masked address and the gateway's reason, and
// the reach the app platform reported. The same service as the window's Failures tab.
class ActionFailuresCtl
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionFailuresCtl)

public:
    static int run(CtlContext& context, SessionServices& session, qint64 actionId,
                   const std::optional<Channel>& channel, bool json);
};

} // namespace burgernet
