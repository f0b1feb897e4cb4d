#pragma once

#include "app/core/DatabaseSpec.h"
#include "app/core/Result.h"
#include "app/geo/GeoArea.h"
#include "app/geo/ParticipantIndex.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <mutex>

namespace burgernet {

class Database;

// Who is inside an area: the participant index, loaded from the register at start and swapped
// for a fresh one after imports. Counting while drawing is not recorded (it happens on every
// mouse move); selecting recipients is recorded by the dispatch that does it.
class SelectionService
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SelectionService)

public:
    // Reads the register and builds a new index; queries go on using the old one meanwhile.
    Status reload(Database& db);
    // The same on any thread, through a connection of its own, for setIndex() afterwards: the
    // window rebuilds after an import (about 1.5 s at 1.25 M) without freezing.
    static Result<std::shared_ptr<const ParticipantIndex>> load(const DatabaseSpec& spec);
    // load() of this register, to be run on another thread (the window's background reload).
    static std::function<Result<std::shared_ptr<const ParticipantIndex>>()>
    loaderOf(const Database& db);
    std::shared_ptr<const ParticipantIndex> index() const;
    // False until an index of the register is in: a window that loads it in the background
    // is usable meanwhile, and its counts say they are loading instead of showing nothing.
    bool isLoaded() const;
    // Swaps in an index built elsewhere (tests, benchmarks, a background reload).
    void setIndex(std::shared_ptr<const ParticipantIndex> index);

    SelectionCount count(const GeoArea& area, const QDateTime& at) const;
    std::vector<qint64> select(const GeoArea& area, const QDateTime& at) const;
    // Which index answers: it changes with every swap, so that a dispatch plan made on an
    // older register can be told apart and refused.
    quint64 generation() const;
    // The selection and the generation of the index that made it, read together.
    std::pair<std::vector<qint64>, quint64> selectWithGeneration(const GeoArea& area,
                                                                 const QDateTime& at) const;

    // {"participants": N, "locations": M, "by_channel": {"sms": .., "voice": .., "email": ..}}
    static QJsonObject toJson(const SelectionCount& count);

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const ParticipantIndex> m_index = ParticipantIndex::build({});
    quint64 m_generation = 1;
    bool m_loaded = false;
};

} // namespace burgernet
