#pragma once

#include "app/core/MessageType.h"

#include <QCoreApplication>

namespace burgernet {

// A message's type as dispatchers and trainers read it: "alert", "update", "closing message".
class MessageTypeText
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::MessageTypeText)

public:
    static QString name(MessageType type);
};

} // namespace burgernet
