#pragma once

#include "app/core/Participant.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace burgernet {

// The columns of the participant CSV, in the order of ParticipantCsv::columns().
namespace csv {
enum Column : int {
    ExternalId,
    Name,
    Language,
    Status,
    UnsubscribedAt,
    Mobile,
    Phone,
    Email,
    Channels,
    RegisteredAt,
    ConsentAt,
    HomeStreet,
    WorkStreet = HomeStreet + 8,
    ColumnCount = WorkStreet + 8
};
// Each address has these eight columns, home first, then work.
enum AddressField : int { Street, HouseNumber, Postcode, Place, Municipality, Lat, Lon, Hours };
inline int addressColumn(ParticipantLocation::Kind kind, AddressField field)
{
    return int(kind == ParticipantLocation::Kind::Home ? HomeStreet : WorkStreet) + int(field);
}
} // namespace csv

// Reading and writing the values of single cells. Readers return the value or the reason it
// was refused, quoting the text (the reasons go to the administrator's report only). All of it
// is thread-safe: rows are checked on several threads.
class ParticipantCsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ParticipantCsvFormat)

public:
    struct Hours
    {
        int weekdays = 0x7f;
        int startMinute = 0;
        int endMinute = 1440;
    };

    static Result<QString> postcode(const QString& text); // "1234 AB"
    static Result<double> latitude(const QString& text);
    static Result<double> longitude(const QString& text);
    static Result<QDateTime> time(const QString& text); // in UTC
    static Result<int> channels(const QString& text);   // Participant::Channel bits
    static Result<Hours> hours(const QString& text);
    static bool isEmail(const QString& text);
    // Removes the apostrophe with which the export guards a formula: "'=x" -> "=x".
    static QString unguard(const QString& cell);

    static QString formatTime(const QDateTime& time);
    static QString formatCoordinate(double value);
    static QString formatChannels(int channels);
    static QString formatHours(const ParticipantLocation& location);
    // For the export, before CsvWriter: a cell that already starts with apostrophes before a
    // formula character gets one more, so that unguard() gives it back unchanged.
    static QString guard(const QString& cell);
};

} // namespace burgernet
