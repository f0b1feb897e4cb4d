#pragma once

#include <QObject>
#include <QTimer>

namespace burgernet {

class Clock;

// Watches the whole application for keyboard, mouse, wheel and touch input (an event filter on
// QApplication) and says idle() once no input came for the idle time. Time comes from the
// injected clock and check() can be called directly, so that tests fast-forward instead of
// waiting ten minutes.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    IdleWatcher(const Clock& clock, qint64 idleMs, QObject* parent = nullptr);
    ~IdleWatcher() override;

    qint64 idleMs() const { return m_idleMs; }
    // 0 switches the lock off.
    void setIdleMs(qint64 ms) { m_idleMs = ms; }
    // While paused (the window is locked already) no idle() is said.
    void setPaused(bool paused);
    void touch(); // counts as input now
    qint64 idleForMs() const;

public Q_SLOTS:
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    qint64 m_idleMs;
    qint64 m_lastInputMs;
    bool m_paused = false;
    QTimer m_timer;
};

} // namespace burgernet
