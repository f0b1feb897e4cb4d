#include "app/training/SimulatedPopulation.h"

#include "app/geo/GeoArea.h"
#include "app/services/SelectionService.h"

#include <cmath>

namespace burgernet {

namespace {

// splitmix64: a well-mixed number from the seed and the participant, the same on every run.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr double kStepMinutes = 0.25;
// Beyond this many distance scales the chance is below 2 % of the base: nobody that far calls.
constexpr double kReachScales = 4.0;

} // namespace

SimulatedPopulation::SimulatedPopulation(const Scenario& scenario)
    : m_scenario(scenario)
{}

void SimulatedPopulation::prepare(const SelectionService& selection, const QDateTime& start)
{
    m_nearPath.clear();
    const double radius = std::max(100.0, m_scenario.population.distanceScaleMetres * kReachScales);
    const double last = m_scenario.foundAt().value_or(m_scenario.endMinute);
    QGeoCoordinate previous;
    // Circles along the path, close enough together to cover it without gaps.
    for (double minute = 0; minute <= last + 1e-9; minute += kStepMinutes) {
        const QGeoCoordinate p = m_scenario.positionAt(minute);
        if (previous.isValid() && previous.distanceTo(p) < radius / 2)
            continue;
        previous = p;
        const QDateTime at = start.addSecs(qint64(minute * 60));
        for (qint64 id : selection.select(GeoArea::circle(p, radius), at))
            m_nearPath.insert(id);
    }
}

double SimulatedPopulation::probability(double distanceMetres, double minutesApart) const
{
    const PopulationModel& m = m_scenario.population;
    return m.baseProbability * std::exp(-distanceMetres / m.distanceScaleMetres) *
           std::exp(-std::abs(minutesApart) / m.timeScaleMinutes);
}

double SimulatedPopulation::draw(qint64 participantId, quint64 salt) const
{
    const quint64 x = mix((quint64(m_scenario.population.seed) << 32) ^ quint64(participantId) ^
                          (salt * 0x632be59bd9b4e019ULL));
    return double(x >> 11) / double(1ULL << 53);
}

std::optional<SimulatedCallback> SimulatedPopulation::decide(qint64 actionId, qint64 participantId,
                                                             const QList<QGeoCoordinate>& addresses,
                                                             double reachedMinute) const
{
    const PopulationModel& m = m_scenario.population;
    const double last = m_scenario.foundAt().value_or(m_scenario.endMinute);
    // Someone reached may also remember having seen the person a little earlier.
    const double from = std::max(0.0, reachedMinute - m.timeScaleMinutes / 2);
    const double to = std::min(last, reachedMinute + m.watchMinutes);
    double best = 0;
    double bestMinute = reachedMinute;
    double bestDistance = 0;
    QGeoCoordinate bestAddress;
    for (const QGeoCoordinate& address : addresses) {
        for (double minute = from; minute <= to + 1e-9; minute += kStepMinutes) {
            const double d = address.distanceTo(m_scenario.positionAt(minute));
            const double p = probability(d, minute - reachedMinute);
            if (p > best) {
                best = p;
                bestMinute = minute;
                bestDistance = d;
                bestAddress = address;
            }
        }
    }
    if (best <= 0 || draw(participantId, 1) >= best)
        return std::nullopt;
    SimulatedCallback callback;
    callback.actionId = actionId;
    callback.participantId = participantId;
    callback.minute = std::max(bestMinute, reachedMinute) + m.delayMinMinutes +
                      draw(participantId, 2) * (m.delayMaxMinutes - m.delayMinMinutes);
    callback.at = bestAddress;
    callback.distanceMetres = bestDistance;
    const auto n = m.tipTexts.size();
    callback.text =
        n > 0 ? m.tipTexts.at(qsizetype(draw(participantId, 3) * double(n)) % n) : QString();
    return callback;
}

} // namespace burgernet
