#pragma once

#include "app/training/Scenario.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QSet>

#include <optional>

namespace burgernet {

class SelectionService;

// A participant's call-back, decided when the participant is first seen reached.
struct SimulatedCallback
{
    qint64 actionId = 0;
    qint64 participantId = 0;
    double minute = 0; // when the call comes in, in minutes after the report
    QGeoCoordinate at; // where the caller is (their registered address)
    QString text;
    double distanceMetres = 0; // how close the person passed
};

// The participants of an exercise, answering by themselves. Only those actually reached call
// back, and only when the true path passes near one of their addresses while they look out: the
// probability falls with the distance and with the time between being reached and the person
// passing (the scenario's PopulationModel). Decisions are drawn from the scenario's seed and the
// participant, so a run repeats exactly.
class SimulatedPopulation
{
public:
    explicit SimulatedPopulation(const Scenario& scenario);

    // The participants who could ever see the person: registered within reach of the path at
    // the exercise's time. Made once, from the participant index.
    void prepare(const SelectionService& selection, const QDateTime& start);
    bool nearPath(qint64 participantId) const { return m_nearPath.contains(participantId); }
    qsizetype nearPathCount() const { return m_nearPath.size(); }

    double probability(double distanceMetres, double minutesApart) const;
    // Whether and when a participant reached at `reachedMinute` calls back.
    std::optional<SimulatedCallback> decide(qint64 actionId, qint64 participantId,
                                            const QList<QGeoCoordinate>& addresses,
                                            double reachedMinute) const;

private:
    double draw(qint64 participantId, quint64 salt) const;

    const Scenario& m_scenario;
    QSet<qint64> m_nearPath;
};

} // namespace burgernet
