#pragma once

#include "app/dispatch/Alarm.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace burgernet {

// The desktop's notification path for new alarms: a tray icon with a message where the desktop
// has a tray; nothing (silently) where it has none, e.g. offscreen or in a kiosk session, where
// the Alarms dock coming to the front and the closing reminder still tell. Clicking the message
// brings the window forward.
class AlarmTray : public QObject
{
    Q_OBJECT
public:
    explicit AlarmTray(QWidget* window);

    bool available() const { return m_icon != nullptr; }
    // What was told last, for tests and the status bar.
    QString lastMessage() const { return m_lastMessage; }

public Q_SLOTS:
    void notify(const QList<burgernet::Alarm>& alarms);

private:
    QWidget* m_window;
    QSystemTrayIcon* m_icon = nullptr;
    QString m_lastMessage;
};

} // namespace burgernet
