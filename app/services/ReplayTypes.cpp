#include "app/services/ReplayTypes.h"

#include <algorithm>
#include <cmath>

namespace burgernet {

namespace {

qint64 countUpTo(const std::vector<qint64>& sorted, qint64 ms)
{
    return qint64(std::upper_bound(sorted.begin(), sorted.end(), ms) - sorted.begin());
}

} // namespace

qint64 ReplayCell::reachedBy(qint64 epochMs) const
{
    return countUpTo(reachedAtMs, epochMs);
}

int ReplayData::areaIndexAt(const QDateTime& t) const
{
    int index = -1;
    for (qsizetype i = 0; i < areas.size(); ++i)
        if (areas[i].at <= t)
            index = int(i);
    return index;
}

int ReplayData::tipsAt(const QDateTime& t) const
{
    int n = 0;
    for (const ReplayTip& tip : tips)
        n += tip.at <= t ? 1 : 0;
    return n;
}

qint64 ReplayData::reachedAt(const QDateTime& t) const
{
    return countUpTo(reachedAtMs, t.toMSecsSinceEpoch());
}

bool ReplayData::closedAt(const QDateTime& t) const
{
    return closed.isValid() && closed <= t;
}

QRectF ReplayData::cellWorld(const ReplayCell& cell) const
{
    const double size = 1.0 / (256.0 * std::ldexp(1.0, binZoom));
    return {cell.x * size, cell.y * size, size, size};
}

} // namespace burgernet
