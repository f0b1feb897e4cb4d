#pragma once

#include "app/core/EnumIds.h"

#include <array>
#include <utility>

namespace burgernet {

// What the Actions dock offers to do with the selected action, each with a button of its own.
enum class ActionStep {
    Approve,
    Reject,
    Resubmit,
    Edit,
    RetryFailed,
    DecideUncertain,
    DecideStale,
    Update,
    Tip,
    Close,
    Cancel
};
inline constexpr std::size_t kActionSteps = 11;

// The object names of the steps' buttons, by which scripts and accessibility tools find them.
template <>
struct EnumIdTable<ActionStep>
{
    static constexpr std::array entries{std::pair{ActionStep::Approve, "approve"},
                                        std::pair{ActionStep::Reject, "reject"},
                                        std::pair{ActionStep::Resubmit, "resubmit"},
                                        std::pair{ActionStep::Edit, "edit"},
                                        std::pair{ActionStep::RetryFailed, "retryFailed"},
                                        std::pair{ActionStep::DecideUncertain, "decideUncertain"},
                                        std::pair{ActionStep::DecideStale, "decideStale"},
                                        std::pair{ActionStep::Update, "update"},
                                        std::pair{ActionStep::Tip, "tip"},
                                        std::pair{ActionStep::Close, "close"},
                                        std::pair{ActionStep::Cancel, "cancel"}};
    static_assert(entries.size() == kActionSteps);
};

} // namespace burgernet
