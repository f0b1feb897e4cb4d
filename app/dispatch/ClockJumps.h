#pragma once

#include <QString>

#include <vector>

namespace burgernet {

// The wall clock stepped (NTP correcting a wrong clock, a person setting it) while messages
// waited: how long a row has waited must not jump with it. Each pass of a channel worker
// observes the wall clock against the monotonic one; a step of more than a few seconds is a
// jump, and rows queued before it have their creation time moved by the jump, so that an
// urgent message is held back as stale neither an hour early nor an hour late.
// Which rows came before a jump: after a forward jump their creation times lie before the
// jump's gap; after a backward one (whose times overlap) their ids are at most the highest id
// seen on the pass before. A row queued within one pass of a backward jump counts as after it:
// it errs towards sending, never towards holding back early.
class ClockJumps
{
public:
    static constexpr qint64 kToleranceMs = 2'000;

    // `lastId`: the outbox's highest row id at this moment.
    void observe(qint64 wallMs, qint64 monotonicMs, qint64 lastId);

    bool any() const { return !m_jumps.empty(); }
    // How far to move a row's creation time into the present timeline.
    qint64 shiftFor(qint64 id, qint64 createdAtMs) const;
    // The same as an SQL expression over the outbox's id and created_at; empty without jumps.
    QString shiftSql() const;

private:
    struct Jump
    {
        qint64 driftMs;  // positive: the clock went forward
        qint64 beforeMs; // forward: rows created before this wall time preceded the jump
        qint64 upToId;   // backward: rows with ids up to this one preceded the jump
    };
    std::vector<Jump> m_jumps;
    bool m_started = false;
    qint64 m_offsetMs = 0; // wall minus monotonic at the last pass
    qint64 m_lastWallMs = 0;
    qint64 m_lastId = 0;
};

} // namespace burgernet
