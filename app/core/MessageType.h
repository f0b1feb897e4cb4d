#pragma once

#include "app/core/EnumIds.h"

namespace burgernet {

// What a message is in an action's life; also the outbox's message_type. `Test` is a sender's
// test message from the senders page, never an action's.
enum class MessageType { Alert, Update, Closing, Cancel, Test };

template <>
struct EnumIdTable<MessageType>
{
    static constexpr std::array entries{
        std::pair{MessageType::Alert, "alert"}, std::pair{MessageType::Update, "update"},
        std::pair{MessageType::Closing, "closing"}, std::pair{MessageType::Cancel, "cancel"},
        std::pair{MessageType::Test, "test"}};
};

} // namespace burgernet
