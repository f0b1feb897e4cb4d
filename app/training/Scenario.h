#pragma once

#include "app/core/Channel.h"
#include "app/core/EnumIds.h"
#include "app/core/Result.h"
#include "app/dispatch/Action.h"
#include "app/geo/GeoArea.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace burgernet {

// What a learning goal is judged on. Each one becomes a score between 0 and 1 in the debrief.
enum class Criterion {
    FirstSendWithin,      // the first alert went out within `minutes` of the report
    AreaContainsPosition, // the true position was inside the area at the first send
    PathCoverage,         // the part of the next 15 minutes of the path inside the area
    TipsReceived,         // call-backs came in (a well-drawn area produces them)
    DescriptionComplete,  // the description slots the caller gave are in the message
    CleanText,            // no text-check warning (offence, personal data) sent anyway
    Consent,              // the family's consent before a missing person is sought
    UpdateAfterNews,      // an update after each inject that expects one
    ClosingMessage,       // a closing message within `minutes` of the end of the search
    GatewayRetry,         // the failed messages of a failed gateway retried, and only those
};

enum class InjectKind {
    CallerInfo,        // the caller or a unit adds information
    GatewayFailure,    // a channel's gateway stops working (the simulated sender fails)
    GatewayRecovery,   // and works again
    Sighting,          // a participant calls back with a sighting at a place
    SupervisorRequest, // the supervisor asks for an update
    PersonFound,       // the person looked for is found (or arrested): the path ends
};

template <>
struct EnumIdTable<Criterion>
{
    static constexpr std::array entries{
        std::pair{Criterion::FirstSendWithin, "first-send-within"},
        std::pair{Criterion::AreaContainsPosition, "area-contains-position"},
        std::pair{Criterion::PathCoverage, "path-coverage"},
        std::pair{Criterion::TipsReceived, "tips-received"},
        std::pair{Criterion::DescriptionComplete, "description-complete"},
        std::pair{Criterion::CleanText, "clean-text"},
        std::pair{Criterion::Consent, "consent"},
        std::pair{Criterion::UpdateAfterNews, "update-after-news"},
        std::pair{Criterion::ClosingMessage, "closing-message"},
        std::pair{Criterion::GatewayRetry, "gateway-retry"},
    };
};
template <>
struct EnumIdTable<InjectKind>
{
    static constexpr std::array entries{
        std::pair{InjectKind::CallerInfo, "caller-info"},
        std::pair{InjectKind::GatewayFailure, "gateway-failure"},
        std::pair{InjectKind::GatewayRecovery, "gateway-recovery"},
        std::pair{InjectKind::Sighting, "sighting"},
        std::pair{InjectKind::SupervisorRequest, "supervisor-request"},
        std::pair{InjectKind::PersonFound, "person-found"},
    };
};

struct GoalCriterion
{
    Criterion kind = Criterion::FirstSendWithin;
    double minutes = 0; // first-send-within, closing-message
};

struct LearningGoal
{
    QString id;
    QString title;
    QList<GoalCriterion> criteria;
};

struct ScenarioIncident
{
    IncidentType type = IncidentType::Other;
    QString place;
    QGeoCoordinate location;
    QTime timeOfDay;     // Dutch local time of the report
    QString description; // as the caller gives it
    PersonDescription person;
    VehicleDescription vehicle;
};

// Where the person looked for really is at a minute after the report.
struct PathPoint
{
    double minute = 0;
    QGeoCoordinate position;
};

struct Inject
{
    double minute = 0;
    InjectKind kind = InjectKind::CallerInfo;
    QString text;
    std::optional<Channel> channel; // gateway failure and recovery
    QGeoCoordinate position;        // sighting, person found (optional there)
    bool expectsUpdate = false;     // new information the participants should get
};

// How the simulated population answers: a participant reached who is near the true path calls
// back with a probability that falls with the distance and with the time between being reached
// and the person passing, after a delay.
struct PopulationModel
{
    double baseProbability = 0.2;     // at distance 0, at the moment of being reached
    double distanceScaleMetres = 250; // the probability falls by e every this many metres
    double timeScaleMinutes = 10;     // and by e every this many minutes
    double watchMinutes = 30;         // how long after being reached participants look out
    double delayMinMinutes = 1;       // the call-back comes this long after the sighting
    double delayMaxMinutes = 5;
    quint32 seed = 1;
    QStringList tipTexts;
};

struct Scenario
{
    int version = 1;
    QString title;
    QString summary;
    QList<LearningGoal> goals;
    ScenarioIncident incident;
    QList<PathPoint> path; // minutes increasing
    QList<Inject> injects; // minutes not decreasing
    PopulationModel population;
    double endMinute = 60;
    std::optional<GeoArea> referenceArea; // the area a trainer would draw

    // The true position at a minute (between points on a straight line; held before the first
    // and after the last point, and after the person was found).
    QGeoCoordinate positionAt(double minute) const;
    // The minute the person is found, when an inject says so.
    std::optional<double> foundAt() const;
    bool hasCriterion(Criterion kind) const;
};

// Reads and checks scenario files against the rules of resources/scenarios/scenario.schema.json;
// every error names the field ("injects[2].minute: ...").
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ScenarioLoader)

public:
    static Result<Scenario> load(const QString& path);
    static Result<Scenario> parse(const QByteArray& json);
    // The scenarios that come with the program (":/scenarios/*.json"), by file name.
    static QStringList bundled();
};

} // namespace burgernet

namespace burgernet {

// An area as scenarios and trainee scripts write it: {"circle": {"lat", "lon", "radiusMetres"}},
// {"corridor": {"points": [[lat, lon], ...], "widthMetres"}} or {"polygon": [[lat, lon], ...]}.
// Errors name `field`.
Result<GeoArea> exerciseAreaFromJson(const QJsonValue& value, const QString& field);

} // namespace burgernet
