#pragma once

#include <QDateTime>

#include <cstdint>

namespace burgernet {

// The hours in which an address wants messages, packed in 32 bits for the index: weekdays
// (bit 0 Monday .. bit 6 Sunday) and minutes since midnight [start, end). When end <= start
// the window runs past midnight and belongs to the day it starts on.
struct TimeWindow
{
    quint8 weekdays = 0x7f;
    quint16 startMinute = 0;
    quint16 endMinute = 1440;

    static constexpr quint32 kAlways = 0x7fu | (0u << 7) | (1440u << 18);

    quint32 packed() const
    {
        return (weekdays & 0x7fu) | (quint32(startMinute & 0x7ff) << 7) |
               (quint32(endMinute & 0x7ff) << 18);
    }
    static TimeWindow unpack(quint32 bits)
    {
        return {quint8(bits & 0x7f), quint16((bits >> 7) & 0x7ff), quint16((bits >> 18) & 0x7ff)};
    }
    bool isAlways() const { return packed() == kAlways; }

    // `weekday` 0 = Monday .. 6 = Sunday, `minute` 0..1439, in the addresses' local time.
    static bool activeAt(quint32 bits, int weekday, int minute)
    {
        const quint32 days = bits & 0x7f;
        const quint32 start = (bits >> 7) & 0x7ff;
        const quint32 end = (bits >> 18) & 0x7ff;
        const quint32 m = quint32(minute);
        if (start < end)
            return (days >> weekday & 1) && m >= start && m < end;
        const int yesterday = (weekday + 6) % 7;
        return ((days >> weekday & 1) && m >= start) || ((days >> yesterday & 1) && m < end);
    }
};

// The moment T as the weekday and minute of Dutch local time (Europe/Amsterdam), in which
// registered hours are meant.
struct LocalMoment
{
    int weekday = 0; // 0 = Monday
    int minute = 0;

    static LocalMoment of(const QDateTime& when);
};

} // namespace burgernet
