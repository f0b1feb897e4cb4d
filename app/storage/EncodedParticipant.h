#pragma once

#include "app/core/Participant.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <memory>

namespace burgernet {

// A participant with its text columns already in UTF-8, the form SQLite stores. Made on the
// thread that produces participants (the demo's maker, the import's checkers), so that the one
// thread that writes the register binds bytes in place instead of converting and copying some
// twenty strings per participant: that was half of its time in a bulk write.
class EncodedParticipant
{
public:
    explicit EncodedParticipant(Participant participant);

    enum Column { Pseudonym, ExternalId, Name, Language, Mobile, Phone, Email, kColumns };
    enum LocationColumn { Street, HouseNumber, Postcode, Place, Municipality, kLocationColumns };

    // A column's bytes; `data` is null for a null string (stored as NULL), never for an empty one.
    struct Text
    {
        const char* data = nullptr;
        int size = 0;
    };
    Text text(Column column) const { return span(column); }
    // An optional column's bytes, null when empty: optional columns hold NULL when empty, as on
    // PostgreSQL, so that "reachable by SMS" is `mobile IS NOT NULL` everywhere.
    Text optionalText(Column column) const
    {
        const Text t = span(column);
        return t.size > 0 ? t : Text{};
    }
    Text text(qsizetype location, LocationColumn column) const
    {
        return span(kColumns + location * kLocationColumns + column);
    }

    const Participant& participant() const { return *m_participant; }

private:
    Text span(qsizetype i) const
    {
        const Span s = m_spans[i];
        return s.size < 0 ? Text{} : Text{m_utf8.constData() + s.offset, s.size};
    }

    struct Span
    {
        qint32 offset;
        qint32 size; // -1: null
    };
    // Shared: a writer that holds on to a row until its statement runs copies two pointers,
    // not a participant's twenty strings.
    std::shared_ptr<const Participant> m_participant;
    QByteArray m_utf8;
    QVarLengthArray<Span, kColumns + 2 * kLocationColumns> m_spans;
};

} // namespace burgernet
