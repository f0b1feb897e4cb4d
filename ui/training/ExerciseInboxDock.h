#pragma once

#include "app/training/ExerciseInbox.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QTimer;

namespace burgernet {

class AuditService;
class Database;
class VirtualClock;

// The trainee's exercise inbox (training mode only): what the exercise tells the trainee (the
// caller's information, a supervisor's question, the person found), read from the training
// register every few seconds and at once when made, so that it works whether the trainer runs
// the exercise at this workstation or at another one on the same register, and shows the same
// after a restart. A new message rings and brings the dock forward. The session's clock follows
// the exercise's, unless this window runs the exercise itself.
class ExerciseInboxDock : public QWidget
{
    Q_OBJECT
public:
    // True while this window's own exercise leads the clock.
    using Leading = std::function<bool()>;

    ExerciseInboxDock(Database& db, AuditService& audit, VirtualClock* clock,
                      QWidget* parent = nullptr);
    ~ExerciseInboxDock() override;

    void setLeading(Leading leading) { m_leading = std::move(leading); }
    void setPollInterval(int ms);
    // How long the trainer's console may stay silent before the exercise counts as interrupted.
    void setSilenceLimit(qint64 ms);
    QListWidget* list() const { return m_list; }
    int unread() const { return m_unread; }
    qint64 exerciseId() const { return m_exercise; }
    // The notice a new message gave last (for the status bar and tests).
    QString lastNotice() const { return m_lastNotice; }

public Q_SLOTS:
    void refresh();
    // The trainee has read the messages (clicked in the list).
    void markRead();

Q_SIGNALS:
    void messagesArrived(int count, const QString& notice);
    void unreadChanged(int count);
    // The exercise runs or is paused and the session's clock follows it: the idle lock, which
    // counts on that clock, takes it for activity as the trainer's exercise window does.
    void exerciseActive();

private:
    void add(const ExerciseMessage& message);

    std::unique_ptr<ExerciseBoard> m_board;
    std::unique_ptr<ExerciseInbox> m_inbox;
    VirtualClock* m_clock = nullptr;
    Leading m_leading;
    QLabel* m_header = nullptr;
    QListWidget* m_list = nullptr;
    QTimer* m_timer = nullptr;
    qint64 m_exercise = 0;
    int m_unread = 0;
    bool m_loaded = false;
    QString m_lastNotice;
};

} // namespace burgernet
