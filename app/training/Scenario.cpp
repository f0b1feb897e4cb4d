#include "app/training/Scenario.h"

#include "app/dispatch/ChannelCatalog.h"
#include "app/geo/AreaGeometry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace burgernet {

namespace {

// Reads one JSON object and says which field is wrong. The first error wins.
class FieldReader
{
public:
    FieldReader(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    {}

    QString field(const char* name) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(name)
                                : m_path + QLatin1Char('.') + QLatin1String(name);
    }
    bool has(const char* name) const { return m_object.contains(QLatin1String(name)); }
    QJsonValue value(const char* name) const { return m_object.value(QLatin1String(name)); }

    QString text(const char* name, bool required, QString* error) const
    {
        const QJsonValue v = value(name);
        if (v.isUndefined()) {
            if (required)
                fail(error, field(name), ScenarioLoader::tr("is required"));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            fail(error, field(name), ScenarioLoader::tr("must be a text that is not empty"));
            return {};
        }
        return v.toString();
    }
    double number(const char* name, bool required, double fallback, double min, double max,
                  QString* error) const
    {
        const QJsonValue v = value(name);
        if (v.isUndefined()) {
            if (required)
                fail(error, field(name), ScenarioLoader::tr("is required"));
            return fallback;
        }
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fail(error, field(name),
                 ScenarioLoader::tr("must be a number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return v.toDouble();
    }
    QJsonArray array(const char* name, bool required, int minSize, QString* error) const
    {
        const QJsonValue v = value(name);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray() || v.toArray().size() < minSize) {
            fail(error, field(name),
                 ScenarioLoader::tr("must be a list of at least %n item(s)", nullptr, minSize));
            return {};
        }
        return v.toArray();
    }
    std::optional<FieldReader> object(const char* name, bool required, QString* error) const
    {
        const QJsonValue v = value(name);
        if (v.isUndefined() && !required)
            return std::nullopt;
        if (!v.isObject()) {
            fail(error, field(name), ScenarioLoader::tr("must be an object"));
            return std::nullopt;
        }
        return FieldReader(v.toObject(), field(name));
    }
    // Names the first member the schema does not know (typing errors in hand-written files).
    void onlyKnown(std::initializer_list<const char*> known, QString* error) const
    {
        for (const QString& key : m_object.keys()) {
            if (key.startsWith(QLatin1Char('$')))
                continue;
            bool found = false;
            for (const char* k : known)
                found = found || key == QLatin1String(k);
            if (!found) {
                fail(error, field(key.toUtf8().constData()),
                     ScenarioLoader::tr("is not a known field"));
                return;
            }
        }
    }
    QGeoCoordinate position(QString* error) const
    {
        const double lat = number("lat", true, 0, 50.5, 53.7, error);
        const double lon = number("lon", true, 0, 3.2, 7.3, error);
        return QGeoCoordinate(lat, lon);
    }

    static void fail(QString* error, const QString& field, const QString& message)
    {
        if (error->isEmpty())
            *error = QStringLiteral("%1: %2").arg(field, message);
    }

private:
    QJsonObject m_object;
    QString m_path;
};

QString indexed(const QString& field, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(field).arg(i);
}

template <typename E>
std::optional<E> enumField(const FieldReader& r, const char* name, QString* error)
{
    const QString id = r.text(name, true, error);
    if (!error->isEmpty())
        return std::nullopt;
    E value{};
    if (!enumFromId(id, &value)) {
        QStringList known;
        for (E e : enumValues<E>())
            known << enumId(e);
        FieldReader::fail(error, r.field(name),
                          ScenarioLoader::tr("\"%1\" is not one of %2")
                              .arg(id, known.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return value;
}

GeoRing pointList(const QJsonArray& array, const QString& field, QString* error)
{
    GeoRing ring;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonArray pair = array.at(i).toArray();
        const QGeoCoordinate c(pair.at(0).toDouble(qQNaN()), pair.at(1).toDouble(qQNaN()));
        if (pair.size() != 2 || !c.isValid()) {
            FieldReader::fail(error, indexed(field, i),
                              ScenarioLoader::tr("must be [latitude, longitude]"));
            return {};
        }
        ring << c;
    }
    return ring;
}

LearningGoal goalFrom(const FieldReader& r, QString* error)
{
    r.onlyKnown({"id", "title", "criteria"}, error);
    LearningGoal goal;
    goal.id = r.text("id", true, error);
    goal.title = r.text("title", true, error);
    const QJsonArray criteria = r.array("criteria", true, 1, error);
    for (qsizetype i = 0; i < criteria.size() && error->isEmpty(); ++i) {
        const FieldReader c(criteria.at(i).toObject(), indexed(r.field("criteria"), i));
        c.onlyKnown({"kind", "minutes"}, error);
        GoalCriterion criterion;
        if (const auto kind = enumField<Criterion>(c, "kind", error))
            criterion.kind = *kind;
        const bool timed = criterion.kind == Criterion::FirstSendWithin ||
                           criterion.kind == Criterion::ClosingMessage;
        criterion.minutes = c.number("minutes", timed, 0, 0.5, 600, error);
        goal.criteria << criterion;
    }
    return goal;
}

ScenarioIncident incidentFrom(const FieldReader& r, QString* error)
{
    r.onlyKnown({"type", "place", "lat", "lon", "timeOfDay", "description", "person", "vehicle"},
                error);
    ScenarioIncident incident;
    if (const auto type = enumField<IncidentType>(r, "type", error))
        incident.type = *type;
    incident.place = r.text("place", true, error);
    incident.location = r.position(error);
    const QString time = r.text("timeOfDay", true, error);
    incident.timeOfDay = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (error->isEmpty() && !incident.timeOfDay.isValid())
        FieldReader::fail(error, r.field("timeOfDay"),
                          ScenarioLoader::tr("must be a time as HH:MM, e.g. 14:30"));
    incident.description = r.text("description", true, error);
    if (const auto person = r.object("person", false, error)) {
        person->onlyKnown({"sex", "age", "height", "build", "clothing", "particulars", "direction"},
                          error);
        incident.person = PersonDescription::fromJson(r.value("person").toObject());
    }
    if (const auto vehicle = r.object("vehicle", false, error)) {
        vehicle->onlyKnown({"make", "model", "colour", "plate", "direction"}, error);
        incident.vehicle = VehicleDescription::fromJson(r.value("vehicle").toObject());
    }
    if (error->isEmpty() && incident.person.isEmpty() && incident.vehicle.isEmpty())
        FieldReader::fail(error, r.field("person"),
                          ScenarioLoader::tr("a person or a vehicle must be described"));
    return incident;
}

Inject injectFrom(const FieldReader& r, double endMinute, QString* error)
{
    r.onlyKnown({"minute", "kind", "text", "channel", "lat", "lon", "expectsUpdate"}, error);
    Inject inject;
    inject.minute = r.number("minute", true, 0, 0, endMinute, error);
    if (const auto kind = enumField<InjectKind>(r, "kind", error))
        inject.kind = *kind;
    const bool gateway =
        inject.kind == InjectKind::GatewayFailure || inject.kind == InjectKind::GatewayRecovery;
    inject.text = r.text("text", !gateway, error);
    if (gateway) {
        const QString id = r.text("channel", true, error);
        inject.channel = Channel::fromId(id);
        // The built-in channels: a plugin's channel is not known before a session loads it.
        if (inject.channel && !ChannelCatalog::builtIn().find(*inject.channel))
            inject.channel.reset();
        if (error->isEmpty() && !inject.channel)
            FieldReader::fail(error, r.field("channel"),
                              ScenarioLoader::tr("\"%1\" is not a channel").arg(id));
    }
    if (inject.kind == InjectKind::Sighting || r.has("lat") || r.has("lon"))
        inject.position = r.position(error);
    const QJsonValue expects = r.value("expectsUpdate");
    if (!expects.isUndefined() && !expects.isBool())
        FieldReader::fail(error, r.field("expectsUpdate"),
                          ScenarioLoader::tr("must be true or false"));
    inject.expectsUpdate = expects.toBool(false);
    return inject;
}

PopulationModel populationFrom(const FieldReader& r, QString* error)
{
    r.onlyKnown({"baseProbability", "distanceScaleMetres", "timeScaleMinutes", "watchMinutes",
                 "delayMinMinutes", "delayMaxMinutes", "seed", "tipTexts"},
                error);
    PopulationModel m;
    m.baseProbability = r.number("baseProbability", true, m.baseProbability, 0, 1, error);
    m.distanceScaleMetres =
        r.number("distanceScaleMetres", true, m.distanceScaleMetres, 10, 5000, error);
    m.timeScaleMinutes = r.number("timeScaleMinutes", true, m.timeScaleMinutes, 1, 240, error);
    m.watchMinutes = r.number("watchMinutes", false, m.watchMinutes, 1, 240, error);
    m.delayMinMinutes = r.number("delayMinMinutes", false, m.delayMinMinutes, 0, 60, error);
    m.delayMaxMinutes = r.number("delayMaxMinutes", false, m.delayMaxMinutes, 0, 60, error);
    if (error->isEmpty() && m.delayMaxMinutes < m.delayMinMinutes)
        FieldReader::fail(error, r.field("delayMaxMinutes"),
                          ScenarioLoader::tr("must not be less than delayMinMinutes"));
    m.seed = quint32(r.number("seed", false, 1, 0, 4294967295.0, error));
    const QJsonArray texts = r.array("tipTexts", true, 1, error);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (!texts.at(i).isString() || texts.at(i).toString().trimmed().isEmpty()) {
            FieldReader::fail(error, indexed(r.field("tipTexts"), i),
                              ScenarioLoader::tr("must be a text that is not empty"));
            break;
        }
        m.tipTexts << texts.at(i).toString();
    }
    return m;
}

} // namespace

Result<GeoArea> exerciseAreaFromJson(const QJsonValue& value, const QString& field)
{
    QString error;
    if (!value.isObject() || value.toObject().size() != 1) {
        return Error{QStringLiteral("%1: %2").arg(
            field, ScenarioLoader::tr("must hold one of circle, corridor or polygon"))};
    }
    const FieldReader r(value.toObject(), field);
    if (const auto circle = r.object("circle", false, &error)) {
        circle->onlyKnown({"lat", "lon", "radiusMetres"}, &error);
        const QGeoCoordinate centre = circle->position(&error);
        const double radius = circle->number("radiusMetres", true, 0, 100, 50'000, &error);
        if (!error.isEmpty())
            return Error{error};
        return GeoArea::circle(centre, radius);
    }
    if (const auto corridor = r.object("corridor", false, &error)) {
        corridor->onlyKnown({"points", "widthMetres"}, &error);
        const GeoRing line = pointList(corridor->array("points", true, 2, &error),
                                       corridor->field("points"), &error);
        const double width = corridor->number("widthMetres", true, 0, 50, 20'000, &error);
        if (!error.isEmpty())
            return Error{error};
        auto area = AreaGeometry::corridor(line, width);
        if (!area)
            return Error{
                QStringLiteral("%1: %2").arg(corridor->field("points"), area.errorMessage())};
        return *area;
    }
    if (r.has("polygon")) {
        const GeoRing ring =
            pointList(r.array("polygon", true, 3, &error), r.field("polygon"), &error);
        if (!error.isEmpty())
            return Error{error};
        return GeoArea::polygon(ring);
    }
    return Error{QStringLiteral("%1: %2").arg(
        error.isEmpty() ? field : error,
        ScenarioLoader::tr("must hold one of circle, corridor or polygon"))};
}

QGeoCoordinate Scenario::positionAt(double minute) const
{
    if (path.isEmpty())
        return incident.location;
    if (const auto found = foundAt(); found && minute > *found)
        minute = *found;
    if (minute <= path.first().minute)
        return path.first().position;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const PathPoint& a = path.at(i - 1);
        const PathPoint& b = path.at(i);
        if (minute <= b.minute) {
            const double f = (minute - a.minute) / std::max(1e-9, b.minute - a.minute);
            return QGeoCoordinate(
                a.position.latitude() + f * (b.position.latitude() - a.position.latitude()),
                a.position.longitude() + f * (b.position.longitude() - a.position.longitude()));
        }
    }
    return path.last().position;
}

std::optional<double> Scenario::foundAt() const
{
    for (const Inject& i : injects)
        if (i.kind == InjectKind::PersonFound)
            return i.minute;
    return std::nullopt;
}

bool Scenario::hasCriterion(Criterion kind) const
{
    for (const LearningGoal& g : goals)
        for (const GoalCriterion& c : g.criteria)
            if (c.kind == kind)
                return true;
    return false;
}

Result<Scenario> ScenarioLoader::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    auto scenario = parse(file.readAll());
    if (!scenario)
        return Error{
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), scenario.errorMessage())};
    return scenario;
}

Result<Scenario> ScenarioLoader::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Error{tr("line %1: not valid JSON: %2").arg(line).arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return Error{tr("a scenario must be a JSON object")};
    QString error;
    const FieldReader root(doc.object(), {});
    root.onlyKnown({"version", "title", "summary", "learningGoals", "incident", "truePath",
                    "population", "injects", "endMinute", "referenceArea"},
                   &error);
    Scenario s;
    s.version = int(root.number("version", true, 1, 1, 1, &error));
    s.title = root.text("title", true, &error);
    s.summary = root.text("summary", false, &error);
    s.endMinute = root.number("endMinute", true, 60, 5, 480, &error);
    const QJsonArray goals = root.array("learningGoals", true, 1, &error);
    for (qsizetype i = 0; i < goals.size() && error.isEmpty(); ++i) {
        s.goals << goalFrom(
            FieldReader(goals.at(i).toObject(), indexed(QStringLiteral("learningGoals"), i)),
            &error);
        for (qsizetype j = 0; j + 1 < s.goals.size() && error.isEmpty(); ++j)
            if (s.goals.at(j).id == s.goals.last().id)
                FieldReader::fail(
                    &error, indexed(QStringLiteral("learningGoals"), i) + QStringLiteral(".id"),
                    tr("\"%1\" is used twice").arg(s.goals.last().id));
    }
    if (const auto incident = root.object("incident", true, &error))
        s.incident = incidentFrom(*incident, &error);
    const QJsonArray path = root.array("truePath", true, 2, &error);
    for (qsizetype i = 0; i < path.size() && error.isEmpty(); ++i) {
        const FieldReader p(path.at(i).toObject(), indexed(QStringLiteral("truePath"), i));
        p.onlyKnown({"minute", "lat", "lon"}, &error);
        PathPoint point;
        point.minute = p.number("minute", true, 0, 0, s.endMinute, &error);
        point.position = p.position(&error);
        if (error.isEmpty() && !s.path.isEmpty() && point.minute <= s.path.last().minute)
            FieldReader::fail(&error, p.field("minute"),
                              tr("must be later than the point before it"));
        s.path << point;
    }
    if (const auto population = root.object("population", true, &error))
        s.population = populationFrom(*population, &error);
    const QJsonArray injects = root.array("injects", true, 1, &error);
    for (qsizetype i = 0; i < injects.size() && error.isEmpty(); ++i) {
        const FieldReader r(injects.at(i).toObject(), indexed(QStringLiteral("injects"), i));
        const Inject inject = injectFrom(r, s.endMinute, &error);
        if (error.isEmpty() && !s.injects.isEmpty() && inject.minute < s.injects.last().minute)
            FieldReader::fail(&error, r.field("minute"),
                              tr("injects must be in the order of their minutes"));
        s.injects << inject;
    }
    if (error.isEmpty() && root.has("referenceArea")) {
        auto area =
            exerciseAreaFromJson(root.value("referenceArea"), QStringLiteral("referenceArea"));
        if (!area)
            error = area.errorMessage();
        else
            s.referenceArea = *area;
    }
    if (!error.isEmpty())
        return Error{error};
    return s;
}

QStringList ScenarioLoader::bundled()
{
    QStringList names = QDir(QStringLiteral(":/scenarios"))
                            .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    names.removeAll(QStringLiteral("scenario.schema.json"));
    return names;
}

} // namespace burgernet
