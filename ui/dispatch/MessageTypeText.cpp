#include "ui/dispatch/MessageTypeText.h"

namespace burgernet {

QString MessageTypeText::name(MessageType type)
{
    switch (type) {
    case MessageType::Alert:
        return tr("alert");
    case MessageType::Update:
        return tr("update");
    case MessageType::Closing:
        return tr("closing message");
    case MessageType::Cancel:
        return tr("cancellation");
    case MessageType::Test:
        return tr("test message");
    }
    return {};
}

} // namespace burgernet
