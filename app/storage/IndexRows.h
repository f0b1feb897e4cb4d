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

// Both in participant id order: one merge pass gives each location its participant's position;
// locations of participants who are not active find no partner and are left out.
void joinLocations(const std::vector<RawLocation>& raw, IndexInput& input);

} // namespace burgernet
