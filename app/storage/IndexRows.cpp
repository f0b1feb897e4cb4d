#include "app/storage/IndexRows.h"

namespace burgernet {

void joinLocations(const std::vector<RawLocation>& raw, IndexInput& input)
{
    input.locations.reserve(raw.size());
    mergeWithParticipants(
        raw.size(), input, [&](size_t i) { return raw[i].participantId; },
        [&](size_t i, quint32 position) {
            input.locations.push_back({position, raw[i].lat, raw[i].lon, raw[i].window});
        });
}

} // namespace burgernet
