#include "ui/security/IdleWatcher.h"

#include "app/core/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace burgernet {

IdleWatcher::IdleWatcher(const Clock& clock, qint64 idleMs, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_idleMs(idleMs)
    , m_lastInputMs(clock.monotonicMs())
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_timer.start();
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setPaused(bool paused)
{
    m_paused = paused;
    touch();
}

void IdleWatcher::touch()
{
    m_lastInputMs = m_clock.monotonicMs();
}

qint64 IdleWatcher::idleForMs() const
{
    return m_clock.monotonicMs() - m_lastInputMs;
}

void IdleWatcher::check()
{
    if (m_paused || m_idleMs <= 0 || idleForMs() < m_idleMs)
        return;
    m_paused = true; // once; the window resumes the watch when it is unlocked
    Q_EMIT idle();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        m_lastInputMs = m_clock.monotonicMs();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace burgernet
