#pragma once

#include "app/geo/ParticipantIndex.h"

#include <vector>

namespace burgernet {

// A location as a loader reads it (storage-internal, for the SQLite and PostgreSQL loaders),
// with its participant's register id: the index wants the participant's dense position instead.
struct RawLocation
{
    qint64 participantId;
    double lat, lon;
    quint32 window;
};

// Rows of locations and the participants both in participant id order: one merge pass calls
// `keep(row, position)` for each row whose participant (`idOf(row)`) is among them, with that
// participant's position. Locations of participants who are not active find no partner.
template <typename IdOf, typename Keep>
void mergeWithParticipants(size_t rows, const IndexInput& input, IdOf&& idOf, Keep&& keep)
{
    const size_t participants = input.participants.size();
    size_t p = 0;
    for (size_t row = 0; row < rows; ++row) {
        const qint64 id = idOf(row);
        while (p < participants && input.participants[p].id < id)
            ++p;
        if (p == participants)
            return;
        if (input.participants[p].id == id)
            keep(row, static_cast<quint32>(p));
    }
}

// The index's locations from rows with register ids, each given its participant's position.
void joinLocations(const std::vector<RawLocation>& raw, IndexInput& input);

} // namespace burgernet
