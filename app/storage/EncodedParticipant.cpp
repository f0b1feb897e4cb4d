#include "app/storage/EncodedParticipant.h"

#include <QStringEncoder>

namespace burgernet {

EncodedParticipant::EncodedParticipant(Participant participant)
    : m_participant(std::make_shared<const Participant>(std::move(participant)))
{
    const Participant& p = *m_participant;
    const QString* columns[kColumns] = {&p.pseudonym, &p.externalId, &p.name, &p.language,
                                        &p.mobile,    &p.phone,      &p.email};
    static_assert(std::size(columns) == kColumns);
    auto locationColumns = [](const ParticipantLocation& l) {
        return std::array<const QString*, kLocationColumns>{&l.street, &l.houseNumber, &l.postcode,
                                                            &l.place, &l.municipality};
    };

    // One buffer for all of them, sized for the worst case and trimmed once.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    qsizetype room = 0;
    for (const QString* s : columns)
        room += encoder.requiredSpace(s->size());
    for (const ParticipantLocation& l : p.locations)
        for (const QString* s : locationColumns(l))
            room += encoder.requiredSpace(s->size());
    m_utf8.resize(room);
    char* const begin = m_utf8.data();
    char* out = begin;
    m_spans.reserve(kColumns + p.locations.size() * kLocationColumns);
    auto append = [&](const QString& s) {
        if (s.isNull()) {
            m_spans.append({0, -1});
            return;
        }
        char* const end = encoder.appendToBuffer(out, s);
        m_spans.append({static_cast<qint32>(out - begin), static_cast<qint32>(end - out)});
        out = end;
    };
    for (const QString* s : columns)
        append(*s);
    for (const ParticipantLocation& l : p.locations)
        for (const QString* s : locationColumns(l))
            append(*s);
    m_utf8.truncate(out - begin);
}

} // namespace burgernet
