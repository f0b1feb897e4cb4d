#pragma once

#include <QString>

namespace burgernet {

// Live sends to real people; training runs the same console on its own database with only
// simulated senders, and must look different everywhere.
enum class Mode { Live, Training };

inline QString modeId(Mode mode)
{
    return mode == Mode::Live ? QStringLiteral("live") : QStringLiteral("training");
}

} // namespace burgernet
