#pragma once

#include "app/core/EnumIds.h"

namespace burgernet {

// Live sends to real people; training runs the same console on its own database with only
// simulated senders, and must look different everywhere.
enum class Mode { Live, Training };

template <>
struct EnumIdTable<Mode>
{
    static constexpr std::array entries{std::pair{Mode::Live, "live"},
                                        std::pair{Mode::Training, "training"}};
};

} // namespace burgernet
