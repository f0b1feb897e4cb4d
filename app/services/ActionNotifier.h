#pragma once

#include <QObject>

namespace burgernet {

// What the action services tell the window, the dispatcher and burgernetctl's wait loop. One
// object for all of them, so that a listener does not need to know which service changed what.
class ActionNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void actionChanged(qint64 id);
    // Rows were queued or requeued: the dispatcher should look now rather than at its next poll.
    void outboxQueued();
    // A service changed rows of this action (queued, stopped, decided): counts kept elsewhere
    // are out of date.
    void outboxChanged(qint64 actionId);
    void tipLogged(qint64 actionId, double lat, double lon);
};

} // namespace burgernet
