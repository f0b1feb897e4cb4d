#include "app/dispatch/ClockJumps.h"

#include <QStringList>

#include <cstdlib>

namespace burgernet {

void ClockJumps::observe(qint64 wallMs, qint64 monotonicMs, qint64 lastId)
{
    const qint64 offset = wallMs - monotonicMs;
    if (m_started && std::llabs(offset - m_offsetMs) > kToleranceMs) {
        const qint64 drift = offset - m_offsetMs;
        // Forward: every earlier row was created at most a pass after the last wall time seen,
        // every later one at least `drift` after it; half way lies in the gap.
        m_jumps.push_back({drift, m_lastWallMs + drift / 2, m_lastId});
    }
    m_started = true;
    m_offsetMs = offset;
    m_lastWallMs = wallMs;
    m_lastId = lastId;
}

qint64 ClockJumps::shiftFor(qint64 id, qint64 createdAtMs) const
{
    qint64 shift = 0;
    for (const Jump& j : m_jumps) {
        const bool before = j.driftMs > 0 ? createdAtMs + shift < j.beforeMs : id <= j.upToId;
        if (before)
            shift += j.driftMs;
    }
    return shift;
}

QString ClockJumps::shiftSql() const
{
    if (m_jumps.empty())
        return {};
    // Jumps in order, each judged on the creation time moved by the ones before it, as
    // shiftFor() does; written out as nested sums.
    QString shift = QStringLiteral("0");
    for (const Jump& j : m_jumps) {
        const QString before =
            j.driftMs > 0 ? QStringLiteral("created_at + (%1) < %2").arg(shift).arg(j.beforeMs)
                          : QStringLiteral("id <= %1").arg(j.upToId);
        shift = QStringLiteral("(%1) + CASE WHEN %2 THEN %3 ELSE 0 END")
                    .arg(shift, before)
                    .arg(j.driftMs);
    }
    return QStringLiteral("(%1)").arg(shift);
}

} // namespace burgernet
