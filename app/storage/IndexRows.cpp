#include "app/storage/IndexRows.h"

namespace burgernet {

void joinLocations(const std::vector<RawLocation>& raw, IndexInput& input)
{
    input.locations.reserve(raw.size());
    size_t p = 0;
    for (const RawLocation& l : raw) {
        while (p < input.participants.size() && input.participants[p].id < l.participantId)
            ++p;
        if (p == input.participants.size())
            break;
        if (input.participants[p].id == l.participantId)
            input.locations.push_back({static_cast<quint32>(p), l.lat, l.lon, l.window});
    }
}

} // namespace burgernet
