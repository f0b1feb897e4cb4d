#include "app/geo/TimeWindow.h"

#include <QTimeZone>

namespace burgernet {

LocalMoment LocalMoment::of(const QDateTime& when)
{
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const QDateTime local = amsterdam.isValid() ? when.toTimeZone(amsterdam) : when.toLocalTime();
    return {local.date().dayOfWeek() - 1, local.time().hour() * 60 + local.time().minute()};
}

} // namespace burgernet
