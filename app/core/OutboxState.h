#pragma once

#include "app/core/EnumIds.h"

namespace burgernet {

// The states of one outbox row. `Sending` is written (and committed) before the sender is
// called: a row found in `Sending` after a crash may or may not have gone out, so it becomes
// `Uncertain` and waits for the dispatcher. `Stale` rows are queued messages of an urgent
// action that waited too long; they too wait for a decision.
enum class OutboxState {
    Queued,
    Sending,
    Sent,
    Delivered,
    Failed,
    Uncertain,
    Stale,
    Cancelled,
    Dropped,
};

template <>
struct EnumIdTable<OutboxState>
{
    static constexpr std::array entries{
        std::pair{OutboxState::Queued, "queued"},  std::pair{OutboxState::Sending, "sending"},
        std::pair{OutboxState::Sent, "sent"},      std::pair{OutboxState::Delivered, "delivered"},
        std::pair{OutboxState::Failed, "failed"},  std::pair{OutboxState::Uncertain, "uncertain"},
        std::pair{OutboxState::Stale, "stale"},    std::pair{OutboxState::Cancelled, "cancelled"},
        std::pair{OutboxState::Dropped, "dropped"}};
};

// Reached someone (as far as the gateway knows).
constexpr bool isReached(OutboxState s)
{
    return s == OutboxState::Sent || s == OutboxState::Delivered;
}

// Nothing more happens to the row without a person: final, or waiting for a decision.
constexpr bool isSettled(OutboxState s)
{
    return s != OutboxState::Queued && s != OutboxState::Sending;
}

} // namespace burgernet
