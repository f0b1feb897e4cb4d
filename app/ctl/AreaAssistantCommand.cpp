#include "app/ctl/AreaAssistantCommand.h"

#include "app/ctl/CtlContext.h"
#include "app/services/AreaAssistant.h"
#include "app/session/SessionServices.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace burgernet {

namespace {

const QStringList kVerbs{QStringLiteral("suggest"), QStringLiteral("rules"),
                         QStringLiteral("rule")};

QJsonObject ruleJson(const AreaRadiusRule& r)
{
    QJsonObject json{{QStringLiteral("incident"), enumId(r.incident)},
                     {QStringLiteral("mode"), enumId(r.mode)},
                     {QStringLiteral("walking_kmh"), r.walkingKmh},
                     {QStringLiteral("cycling_kmh"), r.cyclingKmh},
                     {QStringLiteral("car_kmh"), r.carKmh},
                     {QStringLiteral("min_radius_m"), r.minRadius},
                     {QStringLiteral("max_radius_m"), r.maxRadius}};
    if (!r.changedBy.isEmpty()) {
        json.insert(QStringLiteral("changed_by"), r.changedBy);
        json.insert(QStringLiteral("changed_at"), r.changedAt.toString(Qt::ISODateWithMs));
    }
    return json;
}

// A number the option was given, or `fallback` when it was not; nullopt when unreadable.
std::optional<double> number(const QCommandLineParser& parser, const QString& option,
                             double fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

bool AreaAssistantCommand::handles(const QStringList& args)
{
    return kVerbs.contains(args.value(1));
}

QString AreaAssistantCommand::summary() const
{
    return tr("The area assistant: a radius from the incident type and the minutes since "
              "(suggest, rules, rule).");
}

int AreaAssistantCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("what"), kVerbs.join(QStringLiteral(", ")));
    const QCommandLineOption type(QStringLiteral("type"), tr("Incident type, e.g. straatroof."),
                                  tr("TYPE"));
    const QCommandLineOption minutes(
        QStringLiteral("minutes"),
        tr("Minutes since the incident (0 to %1).").arg(AreaRadiusRule::kMaxMinutes), tr("N"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("rule: the likely way of moving: walking, cycling or car."),
                                  tr("MODE"));
    const QCommandLineOption walking(QStringLiteral("walking"), tr("rule: walking speed, km/h."),
                                     tr("KMH"));
    const QCommandLineOption cycling(QStringLiteral("cycling"), tr("rule: cycling speed, km/h."),
                                     tr("KMH"));
    const QCommandLineOption car(QStringLiteral("car"), tr("rule: speed by car, km/h."), tr("KMH"));
    const QCommandLineOption min(QStringLiteral("min"), tr("rule: the smallest radius, metres."),
                                 tr("METRES"));
    const QCommandLineOption max(QStringLiteral("max"), tr("rule: the largest radius, metres."),
                                 tr("METRES"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({type, minutes, mode, walking, cycling, car, min, max, json});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QString what = parser.positionalArguments().value(0);

    IncidentType incident = IncidentType::Other;
    const QString typeText =
        what == QLatin1String("rule") ? parser.positionalArguments().value(1) : parser.value(type);
    if (what != QLatin1String("rules") && !enumFromId(typeText, &incident)) {
        QStringList known;
        for (IncidentType t : allIncidentTypes())
            known << enumId(t);
        context.err() << tr("%1: unknown incident type \"%2\"; one of %3.")
                             .arg(what == QLatin1String("rule") ? tr("TYPE") : tr("--type"),
                                  typeText, known.join(QStringLiteral(", ")))
                      << Qt::endl;
        return ExitUsage;
    }
    int minutesValue = 0;
    if (what == QLatin1String("suggest")) {
        bool ok = false;
        minutesValue = parser.value(minutes).toInt(&ok);
        if (!ok) {
            context.err() << tr("--minutes: the minutes since the incident, e.g. --minutes 10.")
                          << Qt::endl;
            return ExitUsage;
        }
    }
    SessionServices* session = context.sessionServicesOrReport(false, false);
    if (!session)
        return ExitFailure;
    AreaAssistant& assistant = session->areaAssistant();

    if (what == QLatin1String("suggest")) {
        auto s = assistant.suggest(incident, minutesValue);
        if (!s) {
            context.err() << s.errorMessage() << Qt::endl;
            return ExitUsage;
        }
        if (parser.isSet(json)) {
            context.out() << QJsonDocument(
                                 QJsonObject{{QStringLiteral("incident"), enumId(s->incident)},
                                             {QStringLiteral("minutes"), s->minutes},
                                             {QStringLiteral("mode"), enumId(s->mode)},
                                             {QStringLiteral("radius"), s->radius},
                                             {QStringLiteral("walking"), s->walking},
                                             {QStringLiteral("cycling"), s->cycling},
                                             {QStringLiteral("car"), s->car}})
                                 .toJson(QJsonDocument::Compact)
                          << Qt::endl;
            return ExitOk;
        }
        context.out() << tr("%1, %2 minutes after: a circle of %3 m (%4). Walking %5 m, cycling "
                            "%6 m, by car %7 m.")
                             .arg(enumId(s->incident))
                             .arg(s->minutes)
                             .arg(s->radius)
                             .arg(enumId(s->mode))
                             .arg(s->walking)
                             .arg(s->cycling)
                             .arg(s->car)
                      << Qt::endl;
        return ExitOk;
    }
    auto rules = assistant.rules();
    if (!rules) {
        context.err() << rules.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (what == QLatin1String("rules")) {
        QJsonArray array;
        for (const AreaRadiusRule& r : *rules) {
            array.append(ruleJson(r));
            if (!parser.isSet(json))
                context.out() << QStringLiteral("%1\t%2\t%3/%4/%5 km/h\t%6-%7 m%8")
                                     .arg(enumId(r.incident), enumId(r.mode))
                                     .arg(r.walkingKmh)
                                     .arg(r.cyclingKmh)
                                     .arg(r.carKmh)
                                     .arg(r.minRadius)
                                     .arg(r.maxRadius)
                                     .arg(r.changedBy.isEmpty()
                                              ? QString()
                                              : QStringLiteral("\t") + r.changedBy)
                              << Qt::endl;
        }
        if (parser.isSet(json))
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    // rule TYPE ...: the row as it is, with what was given changed.
    AreaRadiusRule rule = rules->value(int(allIncidentTypes().indexOf(incident)));
    if (parser.isSet(mode) && !enumFromId(parser.value(mode), &rule.mode)) {
        context.err() << tr("--mode: walking, cycling or car.") << Qt::endl;
        return ExitUsage;
    }
    const struct
    {
        const QCommandLineOption& option;
        double current;
    } numbers[] = {{walking, rule.walkingKmh},
                   {cycling, rule.cyclingKmh},
                   {car, rule.carKmh},
                   {min, double(rule.minRadius)},
                   {max, double(rule.maxRadius)}};
    double values[5];
    for (int i = 0; i < 5; ++i) {
        const QString name = numbers[i].option.names().constFirst();
        auto v = number(parser, name, numbers[i].current);
        if (!v) {
            context.err() << tr("--%1: a number, not \"%2\".").arg(name, parser.value(name))
                          << Qt::endl;
            return ExitUsage;
        }
        values[i] = *v;
    }
    rule.walkingKmh = values[0];
    rule.cyclingKmh = values[1];
    rule.carKmh = values[2];
    rule.minRadius = int(values[3]);
    rule.maxRadius = int(values[4]);
    if (auto s = assistant.setRule(rule); !s) {
        context.err() << s.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("The area assistant's row for %1 is changed.").arg(enumId(incident))
                  << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
