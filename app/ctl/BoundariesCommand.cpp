#include "app/ctl/BoundariesCommand.h"

#include "app/ctl/CtlContext.h"
#include "app/services/BoundaryService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

QString BoundariesCommand::summary() const
{
    return tr("Municipal boundaries: import, list, within.");
}

int BoundariesCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("action"), tr("import FILE, list or within"));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   tr("import: the GeoPackage layer (default: the municipal one)."),
                                   tr("NAME"));
    const QCommandLineOption municipality(QStringLiteral("municipality"),
                                          tr("within: the municipality (code or name)."), tr("M"));
    const QCommandLineOption geojson(QStringLiteral("geojson"),
                                     tr("within: the area as a GeoJSON file."), tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({layer, municipality, geojson, json});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (verb != QLatin1String("import") && verb != QLatin1String("list") &&
        verb != QLatin1String("within")) {
        context.err()
            << tr("Unknown or missing action \"%1\": use import, list or within.").arg(verb)
            << Qt::endl;
        return ExitUsage;
    }
    if (verb == QLatin1String("import") && positional.size() != 2) {
        context.err() << tr("boundaries import needs the file (GeoPackage or GeoJSON).")
                      << Qt::endl;
        return ExitUsage;
    }
    if (verb == QLatin1String("within") &&
        (!parser.isSet(municipality) || !parser.isSet(geojson))) {
        context.err() << tr("boundaries within needs --municipality and --geojson.") << Qt::endl;
        return ExitUsage;
    }
    Database* db = context.databaseOrReport();
    if (!db)
        return ExitFailure;
    AuditService* audit = context.auditOrReport();
    if (!audit)
        return ExitFailure;
    BoundaryService service(*db, *audit, context.clock());

    if (verb == QLatin1String("import")) {
        auto imported = service.importFile(positional[1], parser.value(layer));
        if (!imported) {
            context.err() << imported.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        if (parser.isSet(json)) {
            context.out() << QJsonDocument(
                                 QJsonObject{{QStringLiteral("imported"), imported->imported},
                                             {QStringLiteral("replaced"), imported->replaced},
                                             {QStringLiteral("format"), imported->format},
                                             {QStringLiteral("layer"), imported->layer}})
                                 .toJson(QJsonDocument::Compact)
                          << Qt::endl;
            return ExitOk;
        }
        context.out() << tr("%1 municipalities imported (%2 replaced).")
                             .arg(imported->imported)
                             .arg(imported->replaced)
                      << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("within")) {
        QFile file(parser.value(geojson));
        if (!file.open(QIODevice::ReadOnly)) {
            context.err() << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())
                          << Qt::endl;
            return ExitUsage;
        }
        auto area = GeoArea::fromGeoJson(file.readAll());
        if (!area) {
            context.err() << tr("%1: %2").arg(file.fileName(), area.errorMessage()) << Qt::endl;
            return ExitUsage;
        }
        auto inside = service.isWithinMunicipality(*area, parser.value(municipality));
        if (!inside) {
            context.err() << inside.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        context.out() << (*inside ? tr("inside") : tr("not inside")) << Qt::endl;
        return *inside ? ExitOk : ExitFailure;
    }
    auto all = service.boundaries();
    if (!all) {
        context.err() << all.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const MunicipalBoundary& b : *all)
            list.append(QJsonObject{{QStringLiteral("code"), b.code},
                                    {QStringLiteral("name"), b.name},
                                    {QStringLiteral("parts"), b.area.parts().size()},
                                    {QStringLiteral("approximate"), b.approximate},
                                    {QStringLiteral("source"), b.source}});
        context.out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const MunicipalBoundary& b : *all)
        context.out() << b.label() << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
