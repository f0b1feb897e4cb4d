#pragma once

#include "app/dispatch/Alarm.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace burgernet {

class AlarmService;
class AlarmTableModel;
class Clock;

// The Alarms dock: what needs the dispatcher now, what was done about it (the history, with
// who and when), one click to the action or the decision it is about. A closing message that
// falls due also interrupts: a modal reminder with a sound, answered by acknowledging or
// snoozing (both recorded). Reads the AlarmService every few seconds; no policy here.
class AlarmDock : public QWidget
{
    Q_OBJECT
public:
    enum class ReminderAnswer { Acknowledge, Snooze, Later };
    // The reminder's question; tests answer it without a dialog.
    using Reminder = std::function<ReminderAnswer(QWidget*, const Alarm&)>;
    static constexpr int kSnoozeMinutes = 5;

    AlarmDock(AlarmService& alarms, const Clock& clock, QWidget* parent = nullptr);

    void setReminder(Reminder reminder) { m_reminder = std::move(reminder); }
    AlarmTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QListWidget* history() const { return m_history; }
    QPushButton* button(const QString& name) const;
    int activeCount() const { return m_activeCount; }
    QString statusText() const;
    void selectAlarm(const QString& key);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void activeCountChanged(int count);
    // Alarms that want attention and did not at the last refresh (the tray tells of them).
    void alarmsRaised(const QList<burgernet::Alarm>& alarms);
    // One click to what the alarm is about: the action, or its decision dialog.
    void openAction(qint64 actionId);
    void openDecision(qint64 actionId, burgernet::AlarmKind kind);

private:
    void remindClosing(const QList<Alarm>& alarms);
    void acknowledgeSelected();
    void snoozeSelected();
    void openSelected();
    void report(const QString& error);

    AlarmService& m_alarms;
    const Clock& m_clock;
    Reminder m_reminder;
    AlarmTableModel* m_model;
    QTableView* m_table;
    QListWidget* m_history;
    QPushButton* m_acknowledge;
    QPushButton* m_snooze;
    QPushButton* m_open;
    QLabel* m_status;
    QTimer* m_timer;
    int m_activeCount = -1;
    QSet<QString> m_activeKeys; // active at the last refresh
    QSet<QString> m_reminded;   // closing reminders shown while they stay active
    bool m_reminding = false;
};

} // namespace burgernet
