#pragma once

#include "app/training/Scenario.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace burgernet {

class ExerciseEngine;

struct GoalScore
{
    QString id;
    QString title;
    double score = 0; // 0 to 100
    QStringList findings;
    std::optional<double> previous; // the trainee's score on this goal in their last run
};

// An improvement plan's line: what is to be done, by whom, by when.
struct CorrectiveAction
{
    QString what;
    QString owner;
    QDate due;
};

// One of the trainee's earlier runs of the same scenario, as stored.
struct EarlierRun
{
    qint64 id = 0;
    QDateTime startedAt; // the exercise's time of the report
    double average = 0;
    QHash<QString, double> goals; // score per learning goal id
};

// The facts of one run, measured against the scenario, and a score per learning goal.
struct Debrief
{
    QString scenario; // the file's name
    QString title;
    double minutesRun = 0;
    qint64 actions = 0;  // the trainee's actions during the exercise
    qint64 actionId = 0; // the one judged: the first that was sent
    std::optional<double> firstSendMinute;
    std::optional<double> closingMinute;
    // The area.
    bool positionInside = false;
    double pathCoverage = 0; // of the 15 minutes after the send
    qint64 reached = 0;
    std::optional<qint64> referenceParticipants; // in the scenario's reference area
    qint64 callbacks = 0;                        // the population's call-backs
    qint64 tips = 0;                             // every tip logged, sightings included
    // The message.
    QStringList warningsSent; // the text checks' kinds, sent anyway
    double slotsFilled = 0;   // of the slots the caller gave
    // The procedure.
    bool consentNeeded = false;
    bool consentGiven = false;
    bool sentWithoutConsentAttempt = false;
    int updatesExpected = 0;
    int updatesInTime = 0;
    bool closingSent = false;
    bool gatewayFailed = false;  // messages failed on a failing gateway
    bool gatewayHandled = false; // and the failed ones were retried

    QList<GoalScore> goals;
    // As an after-action report has them: the goals met (a score of 80 or more) and those to
    // improve (below 60), each with what was seen, for the trainer to add observations to.
    QStringList strengths;
    QStringList improvements;

    // Who ran it, and the stored run (0: not stored).
    QString trainee;
    qint64 runId = 0;
    QDateTime startedAt; // the exercise's time of the report
    // The rest of the after-action structure: the objectives (the learning goals), the
    // corrective actions (proposed for each area for improvement; the trainer changes them) and
    // the trainer's observations beside the generated facts.
    QStringList objectives;
    QList<CorrectiveAction> corrective;
    QString observations;
    // The trainee's earlier runs of this scenario, the latest first.
    QList<EarlierRun> earlier;

    QJsonObject toJson() const;
    QString toText() const;
    double goalScore(const QString& id) const;
    double average() const;
    // One corrective action per area for improvement, owned by the trainee, due in 30 days.
    void proposeCorrectiveActions(const QDate& today);
    // Sets the earlier runs and each goal's previous score (from the latest of them).
    void compareWith(const QList<EarlierRun>& runs);
    static QJsonArray correctiveJson(const QList<CorrectiveAction>& actions);
    static QList<CorrectiveAction> correctiveFromJson(const QJsonArray& array);
};

// Makes the debrief of an exercise that ran (or still runs) from what the engine saw and what
// the training register holds.
class ExerciseDebrief
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ExerciseDebrief)

public:
    static Debrief make(ExerciseEngine& engine);

    // The minutes after an inject within which its update counts.
    static constexpr double kUpdateWithinMinutes = 10;
    static constexpr double kCoverageMinutes = 15;
};

} // namespace burgernet
