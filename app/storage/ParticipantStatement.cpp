#include "app/storage/ParticipantStatement.h"

namespace burgernet {

QByteArray ParticipantStatement::insertSql(const char* table, const char* columns, int parameters,
                                           int rows)
{
    QByteArray row = "(?";
    for (int i = 1; i < parameters; ++i)
        row += ", ?";
    row += ')';
    QByteArray sql = QByteArray("INSERT INTO ") + table + " (" + columns + ") VALUES " + row;
    for (int i = 1; i < rows; ++i)
        sql += ", " + row;
    return sql;
}

void ParticipantStatement::bindNewParticipant(int first, const EncodedParticipant& e, qint64 now)
{
    using P = EncodedParticipant;
    const Participant& p = e.participant();
    text(first, e.text(P::Pseudonym))
        .text(first + 1, e.optionalText(P::ExternalId))
        .text(first + 2, e.text(P::Name))
        .text(first + 3, e.text(P::Language))
        .text(first + 4, Participant::statusKey(p.status))
        .nullableTime(first + 5, p.unsubscribedAt)
        .text(first + 6, e.optionalText(P::Mobile))
        .text(first + 7, e.optionalText(P::Phone))
        .text(first + 8, e.optionalText(P::Email))
        .integer(first + 9, p.channelPrefs)
        .integer(first + 10, p.reachableChannels())
        .integer(first + 11, msOrZero(p.registeredAt))
        .nullableTime(first + 12, p.consentAt)
        .integer(first + 13, now);
}

void ParticipantStatement::bindLocation(int first, const EncodedParticipant& e, qsizetype index)
{
    using P = EncodedParticipant;
    const ParticipantLocation& l = e.participant().locations[index];
    text(first, ParticipantLocation::kindKey(l.kind))
        .text(first + 1, e.text(index, P::Street))
        .text(first + 2, e.text(index, P::HouseNumber))
        .text(first + 3, e.text(index, P::Postcode))
        .text(first + 4, e.text(index, P::Place))
        .text(first + 5, e.text(index, P::Municipality))
        .real(first + 6, l.lat)
        .real(first + 7, l.lon)
        .integer(first + 8, l.weekdays)
        .integer(first + 9, l.startMinute)
        .integer(first + 10, l.endMinute);
}

} // namespace burgernet
