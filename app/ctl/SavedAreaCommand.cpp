#include "app/ctl/SavedAreaCommand.h"

#include "app/ctl/AreaCommand.h"
#include "app/ctl/CtlContext.h"
#include "app/services/BoundaryService.h"
#include "app/services/SavedAreaService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace burgernet {

namespace {
const QStringList kVerbs{QStringLiteral("save"),   QStringLiteral("list"),
                         QStringLiteral("export"), QStringLiteral("import"),
                         QStringLiteral("rename"), QStringLiteral("delete")};
// How many further words each verb takes.
int argumentsOf(const QString& verb)
{
    if (verb == QLatin1String("list"))
        return 0;
    if (verb == QLatin1String("rename"))
        return 2;
    return 1;
}
} // namespace

bool SavedAreaCommand::handles(const QString& verb)
{
    return kVerbs.contains(verb);
}

QString SavedAreaCommand::summary() const
{
    return tr("The area library: save an area under a name, list, export and import them "
              "(GeoJSON or KML), rename and delete.");
}

int SavedAreaCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("save NAME, list, export FILE, import FILE, rename NAME NEW "
                                    "or delete NAME (FILE: .geojson/.json or .kml)"));
    const QCommandLineOption circle(QStringLiteral("circle"),
                                    tr("save: a circle, centre and radius in metres."),
                                    tr("LAT,LON,METRES"));
    const QCommandLineOption geojson(QStringLiteral("geojson"),
                                     tr("save: the area of a GeoJSON file."), tr("FILE"));
    const QCommandLineOption municipality(
        QStringLiteral("municipality"),
        tr("save: a municipality from the register's boundaries (CBS code or name)."), tr("CODE"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("save, import: replace an area of the same name."));
    const QCommandLineOption names(QStringLiteral("name"),
                                   tr("export: only this area (repeatable; default: all)."),
                                   tr("NAME"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        tr("The area library's region (default: this workstation's, workstation/region)."),
        tr("REGION"));
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    parser.addOptions({circle, geojson, municipality, replace, names, region, json});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (positional.size() != argumentsOf(verb) + 1) {
        context.err() << tr("area %1 takes %n argument(s).", nullptr, argumentsOf(verb)).arg(verb)
                      << Qt::endl;
        return ExitUsage;
    }
    const int sources =
        int(parser.isSet(circle)) + int(parser.isSet(geojson)) + int(parser.isSet(municipality));
    if (verb == QLatin1String("save") ? sources != 1 : sources != 0) {
        context.err() << tr("area save needs one of --circle, --geojson or --municipality, and "
                            "only save takes them.")
                      << Qt::endl;
        return ExitUsage;
    }
    std::optional<GeoArea> circleArea;
    if (parser.isSet(circle)) {
        circleArea = AreaCommand::parseCircle(parser.value(circle));
        if (!circleArea) {
            context.err() << tr("--circle needs LAT,LON,METRES, e.g. 52.3731,4.8922,5000.")
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
    SavedAreaService library(*db, *audit, context.clock(),
                             SavedAreaService::regionFor(context.settings(), parser.value(region)));
    const auto fail = [&](const QString& message) {
        context.err() << message << Qt::endl;
        return ExitFailure;
    };

    if (verb == QLatin1String("list")) {
        auto areas = library.areas();
        if (!areas)
            return fail(areas.errorMessage());
        if (parser.isSet(json)) {
            QJsonArray rows;
            for (const SavedArea& a : std::as_const(*areas))
                rows.append(QJsonObject{
                    {QStringLiteral("id"), a.id},
                    {QStringLiteral("name"), a.area.name},
                    {QStringLiteral("kind"), NamedArea::kindId(a.area.kind)},
                    {QStringLiteral("municipality_code"), a.area.municipalityCode},
                    {QStringLiteral("geometry"), a.area.area.kind() == GeoArea::Kind::Circle
                                                     ? QStringLiteral("circle")
                                                     : QStringLiteral("polygon")},
                    {QStringLiteral("parts"), qint64(a.area.area.parts().size())},
                    {QStringLiteral("created_by"), a.createdBy}});
            context.out() << QJsonDocument(rows).toJson(QJsonDocument::Compact) << Qt::endl;
            return ExitOk;
        }
        for (const SavedArea& a : std::as_const(*areas))
            context.out() << QStringLiteral("%1\t%2\t%3")
                                 .arg(a.id)
                                 .arg(a.area.name, NamedArea::kindId(a.area.kind))
                          << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("save")) {
        NamedArea area;
        area.name = positional[1];
        if (circleArea) {
            area.area = *circleArea;
        } else if (parser.isSet(geojson)) {
            QFile file(parser.value(geojson));
            if (!file.open(QIODevice::ReadOnly))
                return fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            auto parsed = GeoArea::fromGeoJson(file.readAll());
            if (!parsed)
                return fail(tr("%1: %2").arg(file.fileName(), parsed.errorMessage()));
            area.area = *parsed;
        } else {
            auto found =
                BoundaryService(*db, *audit, context.clock()).find(parser.value(municipality));
            if (!found)
                return fail(found.errorMessage());
            area.area = found->area;
            area.kind = NamedArea::Kind::Municipality;
            area.municipalityCode = found->code;
        }
        auto saved = library.save(area, parser.isSet(replace));
        if (!saved)
            return fail(saved.errorMessage());
        context.out() << tr("Saved \"%1\" (%2) in the area library of %3.")
                             .arg(area.name)
                             .arg(*saved)
                             .arg(library.region())
                      << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("import")) {
        auto imported = library.importFile(positional[1], parser.isSet(replace));
        if (!imported)
            return fail(imported.errorMessage());
        context.out() << tr("Imported %n area(s)", nullptr, int(imported->areas))
                      << (imported->replaced > 0 ? tr(" (%1 replaced)").arg(imported->replaced)
                                                 : QString())
                      << QLatin1Char('.') << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("export")) {
        auto exported = library.exportFile(positional[1], parser.values(names));
        if (!exported)
            return fail(exported.errorMessage());
        context.out()
            << tr("Exported %n area(s) to %1.", nullptr, int(exported->areas)).arg(positional[1])
            << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("rename")) {
        if (auto renamed = library.rename(positional[1], positional[2]); !renamed)
            return fail(renamed.errorMessage());
        return ExitOk;
    }
    if (auto removed = library.remove(positional[1]); !removed)
        return fail(removed.errorMessage());
    return ExitOk;
}

} // namespace burgernet
