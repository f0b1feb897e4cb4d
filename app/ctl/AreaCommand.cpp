#include "app/ctl/AreaCommand.h"

#include "app/core/Clock.h"
#include "app/ctl/AreaAssistantCommand.h"
#include "app/ctl/CtlContext.h"
#include "app/ctl/SavedAreaCommand.h"
#include "app/geo/GeoArea.h"
#include "app/services/AreaCountService.h"
#include "app/services/AuditService.h"
#include "app/services/BoundaryService.h"
#include "app/services/SavedAreaService.h"
#include "app/services/SelectionService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace burgernet {

QString AreaCommand::summary() const
{
    return tr(
        "Count the participants inside an area or municipality (count); the area library "
        "(save, list, export, import, rename, delete); the area assistant (suggest, rules, rule).");
}

std::optional<GeoArea> AreaCommand::parseCircle(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool ok[3] = {false, false, false};
    const double lat = parts.value(0).toDouble(&ok[0]);
    const double lon = parts.value(1).toDouble(&ok[1]);
    const double radius = parts.value(2).toDouble(&ok[2]);
    if (parts.size() != 3 || !ok[0] || !ok[1] || !ok[2] || radius <= 0 ||
        !QGeoCoordinate(lat, lon).isValid())
        return std::nullopt;
    return GeoArea::circle(QGeoCoordinate(lat, lon), radius);
}

int AreaCommand::run(CtlContext& context, const QStringList& args)
{
    if (SavedAreaCommand::handles(args.value(1)))
        return SavedAreaCommand().run(context, args);
    if (AreaAssistantCommand::handles(args))
        return AreaAssistantCommand().run(context, args);
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("count; or save, list, export, import, rename, delete (see area save --help)"));
    const QCommandLineOption circle(QStringLiteral("circle"),
                                    tr("A circle: centre and radius in metres."),
                                    tr("LAT,LON,METRES"));
    const QCommandLineOption geojson(QStringLiteral("geojson"),
                                     tr("A GeoJSON Polygon (or Point with a radius in metres)."),
                                     tr("FILE"));
    const QCommandLineOption municipality(
        QStringLiteral("municipality"),
        tr("A municipality from the register's boundaries, by CBS code (GM0344) or name."),
        tr("CODE"));
    const QCommandLineOption saved(QStringLiteral("saved"),
                                   tr("An area of the area library, by name or id."), tr("NAME"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        tr("The area library's region (default: this workstation's, workstation/region)."),
        tr("REGION"));
    const QCommandLineOption at(
        QStringLiteral("at"),
        tr("The moment whose registered hours count (ISO 8601; default now)."), tr("TIME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({circle, geojson, municipality, saved, region, at, json});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    if (parser.positionalArguments().value(0) != QLatin1String("count")) {
        context.err() << tr("Unknown or missing action: use \"area count\".") << Qt::endl;
        return ExitUsage;
    }
    if (int(parser.isSet(circle)) + int(parser.isSet(geojson)) + int(parser.isSet(municipality)) +
            int(parser.isSet(saved)) !=
        1) {
        context.err() << tr("Give one of --circle, --geojson, --municipality or --saved.")
                      << Qt::endl;
        return ExitUsage;
    }

    GeoArea area;
    if (parser.isSet(circle)) {
        const auto parsed = parseCircle(parser.value(circle));
        if (!parsed) {
            context.err() << tr("--circle needs LAT,LON,METRES, e.g. 52.3731,4.8922,5000.")
                          << Qt::endl;
            return ExitUsage;
        }
        area = *parsed;
    } else if (parser.isSet(geojson)) {
        QFile file(parser.value(geojson));
        if (!file.open(QIODevice::ReadOnly)) {
            context.err() << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())
                          << Qt::endl;
            return ExitUsage;
        }
        auto parsed = GeoArea::fromGeoJson(file.readAll());
        if (!parsed) {
            context.err() << tr("%1: %2").arg(file.fileName(), parsed.errorMessage()) << Qt::endl;
            return ExitUsage;
        }
        area = *parsed;
    }
    QDateTime moment = context.clock().nowUtc();
    if (parser.isSet(at)) {
        moment = QDateTime::fromString(parser.value(at), Qt::ISODateWithMs);
        if (!moment.isValid()) {
            context.err()
                << tr("Invalid time \"%1\" for --at: use ISO 8601, e.g. 2026-11-27T14:00:00+01:00.")
                       .arg(parser.value(at))
                << Qt::endl;
            return ExitUsage;
        }
    }

    Database* db = context.databaseOrReport();
    if (!db)
        return ExitFailure;
    AuditService* audit = context.auditOrReport();
    if (!audit)
        return ExitFailure;
    if (parser.isSet(municipality)) {
        auto found = BoundaryService(*db, *audit, context.clock()).find(parser.value(municipality));
        if (!found) {
            context.err() << found.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        if (found->approximate)
            context.err() << tr("%1: an approximate boundary (demo), not the real municipality.")
                                 .arg(found->label())
                          << Qt::endl;
        area = found->area;
    }
    if (parser.isSet(saved)) {
        auto found =
            SavedAreaService(*db, *audit, context.clock(),
                             SavedAreaService::regionFor(context.settings(), parser.value(region)))
                .find(parser.value(saved));
        if (!found) {
            context.err() << found.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        area = found->area.area;
    }
    SelectionService selection;
    if (auto loaded = selection.reload(*db); !loaded) {
        context.err() << loaded.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    const BoundaryService boundaries(*db, *audit, context.clock());
    auto counted = AreaCountService(selection, *audit, boundaries).count(area, moment);
    if (!counted) {
        context.err() << counted.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    const SelectionCount& count = *counted;
    const QJsonObject result = SelectionService::toJson(count);
    if (parser.isSet(json)) {
        context.out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("%1 participants (%2 locations): %3 by SMS, %4 by voice, %5 by e-mail")
                         .arg(count.participants)
                         .arg(count.locations)
                         .arg(count.on(BuiltinChannel::Sms))
                         .arg(count.on(BuiltinChannel::Voice))
                         .arg(count.on(BuiltinChannel::Email))
                  << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
