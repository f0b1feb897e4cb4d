#pragma once

#include "app/core/Participant.h"
#include "app/core/Result.h"
#include "app/register/PlaceTable.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <functional>
#include <random>

namespace burgernet {

class Database;

// A small, fast generator for one participant's worth of numbers (xoshiro256**, seeded by
// SplitMix64): std::mt19937_64's 2.5 KB state costs more to seed than a participant to make.
class DemoRandom
{
public:
    using result_type = quint64;
    explicit DemoRandom(quint64 seed);
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type(0); }
    result_type operator()();

private:
    quint64 m_s[4];
};

// A made-up but plausible register for demonstrations, training and benchmarks: participants
// spread over real Dutch places in proportion to their population, with Dutch-looking names,
// addresses and postcodes, phone numbers that pass libphonenumber, e-mail addresses under
// example.org, and a work address for about a quarter of them. The same seed always gives the
// same register.
class DemoPopulation
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::DemoPopulation)

public:
    static constexpr qint64 kDefaultParticipants = 1'250'000;

    // Keeps a handle on `places`: the weighted picks point into them.
    DemoPopulation(PlaceTable places, quint64 seed);

    // The participant with number `i` of the population (0-based). Deterministic.
    Participant make(qint64 i);

    // Writes `count` participants in one transaction. `progress(done, total)` is called now and
    // then; returning false cancels, leaving the register as it was.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static Status generate(Database& db, qint64 count, quint64 seed, const Progress& progress = {});

    // Unique for every i below 20^8: consonants only, so never a word nor a number.
    static QString pseudonymFor(qint64 i);

private:
    // A place with people of its own, with what each of its addresses needs worked out once.
    struct PeopledPlace
    {
        const Place* place; // into m_places
        int postcodeDigits; // the postcode's number, before a random 0 to 9 is added
        double sigmaKm;     // how far its addresses spread around the centre
        double kmPerDegreeLon;
    };

    const PeopledPlace& pickPlace(DemoRandom& random) const;
    ParticipantLocation makeLocation(DemoRandom& random, const PeopledPlace& place,
                                     ParticipantLocation::Kind kind) const;

    PlaceTable m_places;
    std::vector<PeopledPlace> m_weighted;
    std::vector<double> m_cumulative; // cumulative population for weighted picks
    // Made once, not per participant: each first name with each surname, the e-mail address's
    // part before the number for that pair, and each street stem with each kind of street.
    std::vector<QString> m_names, m_emailNames, m_streets;
    quint64 m_seed;
};

} // namespace burgernet
