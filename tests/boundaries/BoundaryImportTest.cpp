// Municipal boundaries through burgernetctl and the services: GeoPackage and GeoJSON files
// built here (no large files), re-import replacing and recorded, the permission, municipality
// areas counted, the scope check, and the demo register's approximate boundaries.
#include "app/audit/AuditQuery.h"
#include "app/ctl/CtlContext.h"
#include "app/geo/RdProjection.h"
#include "app/services/BoundaryService.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace burgernet;
using namespace burgernet::test;

namespace {

// An RD New rectangle as a closed ring of x, y.
using Ring = std::vector<std::pair<double, double>>;
Ring rdBox(double x0, double y0, double x1, double y1)
{
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
void putDouble(QByteArray& out, double v)
{
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}

// Little-endian WKB: a Polygon of one ring each, or a MultiPolygon of them.
QByteArray polygonWkb(const Ring& ring)
{
    QByteArray out;
    out.append(char(1));
    put32(out, 3);
    put32(out, 1);
    put32(out, quint32(ring.size()));
    for (auto [x, y] : ring) {
        putDouble(out, x);
        putDouble(out, y);
    }
    return out;
}
QByteArray multiPolygonWkb(const std::vector<Ring>& rings)
{
    QByteArray out;
    out.append(char(1));
    put32(out, 6);
    put32(out, quint32(rings.size()));
    for (const Ring& r : rings)
        out += polygonWkb(r);
    return out;
}

// The GeoPackage header: "GP", version 0, flags (little-endian, a 2D envelope), srs id.
QByteArray gpkgGeometry(const QByteArray& wkb, int srs, const Ring& box)
{
    QByteArray out("GP");
    out.append(char(0));
    out.append(char(0x01 | (1 << 1)));
    put32(out, quint32(srs));
    putDouble(out, box[0].first);
    putDouble(out, box[2].first);
    putDouble(out, box[0].second);
    putDouble(out, box[2].second);
    return out + wkb;
}

void exec(sqlite3* h, const char* sql)
{
    char* error = nullptr;
    INFO(sql);
    REQUIRE(sqlite3_exec(h, sql, nullptr, nullptr, &error) == SQLITE_OK);
}

struct Feature
{
    QString code, name;
    QByteArray geometry;
};

// A GeoPackage as Kadaster's Bestuurlijke Gebieden is laid out: a province layer first, then
// gemeentegebied with code and naam, in EPSG:28992.
void writeGeoPackage(const QString& path, const QList<Feature>& municipalities)
{
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &h) == SQLITE_OK);
    exec(h, "PRAGMA application_id = 1196444487");
    exec(h, "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, "
            "organization TEXT, organization_coordsys_id INTEGER, definition TEXT, "
            "description TEXT)");
    exec(h, "INSERT INTO gpkg_spatial_ref_sys VALUES ('Amersfoort / RD New', 28992, 'EPSG', "
            "28992, 'PROJCS[...]', NULL)");
    exec(h, "CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, "
            "identifier TEXT, srs_id INTEGER)");
    exec(h, "CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, "
            "geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER)");
    for (const char* table : {"provinciegebied", "gemeentegebied"}) {
        exec(h, QStringLiteral("INSERT INTO gpkg_contents VALUES ('%1', 'features', '%1', 28992)")
                    .arg(QLatin1String(table))
                    .toUtf8()
                    .constData());
        exec(h, QStringLiteral("INSERT INTO gpkg_geometry_columns VALUES ('%1', 'geom', "
                               "'MULTIPOLYGON', 28992, 0, 0)")
                    .arg(QLatin1String(table))
                    .toUtf8()
                    .constData());
        exec(h, QStringLiteral("CREATE TABLE %1 (fid INTEGER PRIMARY KEY, geom BLOB, "
                               "identificatie TEXT, code TEXT, naam TEXT)")
                    .arg(QLatin1String(table))
                    .toUtf8()
                    .constData());
    }
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(h,
                               "INSERT INTO gemeentegebied (geom, identificatie, code, naam) "
                               "VALUES (?, ?, ?, ?)",
                               -1, &s, nullptr) == SQLITE_OK);
    for (const Feature& f : municipalities) {
        sqlite3_bind_blob(s, 1, f.geometry.constData(), int(f.geometry.size()), SQLITE_TRANSIENT);
        const QByteArray id = ("id-" + f.code).toUtf8(), code = f.code.toUtf8(),
                         name = f.name.toUtf8();
        sqlite3_bind_text(s, 2, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 3, code.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 4, name.constData(), -1, SQLITE_TRANSIENT);
        REQUIRE(sqlite3_step(s) == SQLITE_DONE);
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    sqlite3_close(h);
}

// Around Utrecht Centraal (RD about 136000, 455800), and two pieces east of it.
const Ring kUtrecht = rdBox(130000, 450000, 140000, 460000);
const Ring kEastA = rdBox(140000, 450000, 145000, 455000);
const Ring kEastB = rdBox(146000, 450000, 150000, 455000);

QList<Feature> twoMunicipalities()
{
    return {{QStringLiteral("0344"), QStringLiteral("Utrecht"),
             gpkgGeometry(multiPolygonWkb({kUtrecht}), 28992, kUtrecht)},
            {QStringLiteral("0353"), QStringLiteral("IJsselstein-Oost"),
             gpkgGeometry(multiPolygonWkb({kEastA, kEastB}), 28992, kEastA)}};
}

QJsonArray ringJson(const Ring& ring, bool wgs84)
{
    QJsonArray out;
    for (auto [x, y] : ring) {
        if (wgs84) {
            const QPointF ll = *RdProjection::toWgs84(x, y);
            out.append(QJsonArray{ll.x(), ll.y()});
        } else {
            out.append(QJsonArray{x, y});
        }
    }
    return out;
}

// GeoJSON as CBS's district and neighbourhood map has it (statcode, statnaam, RD New), or as
// PDOK's WFS gives it in WGS84 (code, naam).
QByteArray geoJson(bool wgs84)
{
    QJsonArray features;
    const auto feature = [&](const QString& code, const QString& name, const QJsonObject& geom) {
        features.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"),
             wgs84 ? QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("naam"), name}}
                   : QJsonObject{{QStringLiteral("statcode"), QStringLiteral("GM") + code},
                                 {QStringLiteral("statnaam"), name},
                                 {QStringLiteral("jrstatcode"), QStringLiteral("2025GM") + code}}},
            {QStringLiteral("geometry"), geom}});
    };
    feature(QStringLiteral("0344"), QStringLiteral("Utrecht"),
            {{QStringLiteral("type"), QStringLiteral("Polygon")},
             {QStringLiteral("coordinates"), QJsonArray{ringJson(kUtrecht, wgs84)}}});
    feature(QStringLiteral("0353"), QStringLiteral("IJsselstein-Oost"),
            {{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
             {QStringLiteral("coordinates"), QJsonArray{QJsonArray{ringJson(kEastA, wgs84)},
                                                        QJsonArray{ringJson(kEastB, wgs84)}}}});
    feature(QStringLiteral("0356"), QStringLiteral("Nieuwegein"),
            {{QStringLiteral("type"), QStringLiteral("Polygon")},
             {QStringLiteral("coordinates"),
              QJsonArray{ringJson(rdBox(130000, 440000, 140000, 450000), wgs84)}}});
    QJsonObject root{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                     {QStringLiteral("features"), features}};
    if (!wgs84)
        root.insert(QStringLiteral("crs"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("name")},
                                {QStringLiteral("properties"),
                                 QJsonObject{{QStringLiteral("name"),
                                              QStringLiteral("urn:ogc:def:crs:EPSG::28992")}}}});
    return QJsonDocument(root).toJson();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

struct CtlWorld
{
    DispatchFixture f{DatabaseKind::Sqlite, 0};
    QTemporaryDir dir;
    QStringList base{QStringLiteral("--db"), f.spec().sqlitePath, QStringLiteral("--audit-log"),
                     dir.filePath(QStringLiteral("audit.sqlite"))};
    CtlAccounts accounts{base, dir.path()};

    CtlRun as(Role role, const QStringList& args)
    {
        const CtlRun run = runCtl(base + accounts.as(role) + args);
        UNSCOPED_INFO(run.err.toStdString());
        return run;
    }
    QString path(const QString& name) const { return dir.filePath(name); }
};

qint64 participantsIn(const CtlRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("participants"))
        .toInteger();
}

} // namespace

TEST_CASE("burgernetctl boundaries import reads a Kadaster GeoPackage, re-importing GeoJSON "
          "replaces it and both are recorded",
          "[boundaries][ctl]")
{
    CtlWorld w;
    // 12 near Utrecht Centraal, 5 in the eastern municipality's second part, 3 in neither.
    w.f.addParticipants(20, [](int i) -> std::pair<double, double> {
        if (i < 12)
            return {52.0894, 5.1100 + 0.001 * i};
        if (i < 17) {
            const QPointF ll = *RdProjection::toWgs84(148000, 452000 + 100 * (i - 12));
            return {ll.y(), ll.x()};
        }
        return {52.30, 5.60 + 0.01 * i};
    });
    writeGeoPackage(w.path(QStringLiteral("bestuurlijkegebieden.gpkg")), twoMunicipalities());

    const CtlRun refused =
        w.as(Role::Dispatcher, {QStringLiteral("boundaries"), QStringLiteral("import"),
                                w.path(QStringLiteral("bestuurlijkegebieden.gpkg"))});
    CHECK(refused.exitCode == ExitFailure);

    const CtlRun imported =
        w.as(Role::Administrator,
             {QStringLiteral("boundaries"), QStringLiteral("import"),
              w.path(QStringLiteral("bestuurlijkegebieden.gpkg")), QStringLiteral("--json")});
    REQUIRE(imported.exitCode == ExitOk);
    const QJsonObject first = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    CHECK(first.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(first.value(QStringLiteral("replaced")).toInt() == 0);
    CHECK(first.value(QStringLiteral("format")).toString() == QStringLiteral("geopackage"));
    CHECK(first.value(QStringLiteral("layer")).toString() == QStringLiteral("gemeentegebied"));

    const CtlRun listed =
        w.as(Role::Dispatcher,
             {QStringLiteral("boundaries"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == ExitOk);
    const QJsonArray list = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject().value(QStringLiteral("code")) == QStringLiteral("GM0353"));
    CHECK(list[0].toObject().value(QStringLiteral("parts")).toInt() == 2);
    CHECK(list[1].toObject().value(QStringLiteral("name")) == QStringLiteral("Utrecht"));
    CHECK_FALSE(list[1].toObject().value(QStringLiteral("approximate")).toBool());

    // A municipality counts like a polygon, by code or by name.
    const QStringList count{QStringLiteral("area"), QStringLiteral("count"),
                            QStringLiteral("--json"), QStringLiteral("--municipality")};
    CHECK(participantsIn(w.as(Role::Dispatcher, count + QStringList{QStringLiteral("GM0344")})) ==
          12);
    CHECK(participantsIn(w.as(Role::Dispatcher, count + QStringList{QStringLiteral("utrecht")})) ==
          12);
    CHECK(participantsIn(w.as(Role::Dispatcher, count + QStringList{QStringLiteral("0353")})) == 5);
    const CtlRun unknown = w.as(Role::Dispatcher, count + QStringList{QStringLiteral("GM9999")});
    CHECK(unknown.exitCode == ExitFailure);
    CHECK(unknown.err.contains(QStringLiteral("No municipality \"GM9999\"")));

    // Next year's file, as CBS publishes it (GeoJSON in RD New), replaces all of it.
    writeFile(w.path(QStringLiteral("gemeenten.geojson")), geoJson(false));
    const CtlRun again =
        w.as(Role::Administrator, {QStringLiteral("boundaries"), QStringLiteral("import"),
                                   w.path(QStringLiteral("gemeenten.geojson"))});
    REQUIRE(again.exitCode == ExitOk);
    CHECK(again.out == QStringLiteral("3 municipalities imported (2 replaced).\n"));
    CHECK(participantsIn(w.as(Role::Dispatcher, count + QStringList{QStringLiteral("GM0344")})) ==
          12);

    // Recorded: the refusal, and each import with its counts before the register changed.
    auto query = AuditQuery::open(w.path(QStringLiteral("audit.sqlite")));
    REQUIRE(query);
    AuditFilter filter;
    filter.action = QStringLiteral("boundaries.import");
    auto records = (*query)->page(filter, 0, 100);
    REQUIRE(records);
    QStringList seen;
    for (const AuditRecord& r : *records)
        seen << r.result + QLatin1Char(' ') + r.details;
    INFO(seen.join(QLatin1Char('\n')).toStdString());
    REQUIRE(records->size() == 3);
    CHECK(seen.filter(QStringLiteral("denied")).size() == 1);
    CHECK(seen.filter(QStringLiteral("\"format\":\"geopackage\"")).size() == 1);
    CHECK(seen.filter(QStringLiteral("\"replaced\":2")).size() == 1);
    CHECK(seen.filter(QStringLiteral("gemeenten.geojson")).size() == 1);
}

TEST_CASE("Boundary files: PDOK WFS GeoJSON in WGS84 reads alike, bad files are refused naming "
          "the feature and field",
          "[boundaries]")
{
    CtlWorld w;
    writeFile(w.path(QStringLiteral("wfs.json")), geoJson(true));
    const CtlRun wfs =
        w.as(Role::Administrator, {QStringLiteral("boundaries"), QStringLiteral("import"),
                                   w.path(QStringLiteral("wfs.json")), QStringLiteral("--json")});
    REQUIRE(wfs.exitCode == ExitOk);
    CHECK(QJsonDocument::fromJson(wfs.out.toUtf8()).object().value(QStringLiteral("imported")) ==
          3);

    // A feature without a code.
    QJsonObject broken = QJsonDocument::fromJson(geoJson(true)).object();
    QJsonArray features = broken.value(QStringLiteral("features")).toArray();
    QJsonObject second = features[1].toObject();
    second.insert(QStringLiteral("properties"),
                  QJsonObject{{QStringLiteral("code"), QStringLiteral("Utrecht")},
                              {QStringLiteral("naam"), QStringLiteral("Utrecht")}});
    features[1] = second;
    broken.insert(QStringLiteral("features"), features);
    writeFile(w.path(QStringLiteral("broken.json")), QJsonDocument(broken).toJson());
    const CtlRun refused =
        w.as(Role::Administrator, {QStringLiteral("boundaries"), QStringLiteral("import"),
                                   w.path(QStringLiteral("broken.json"))});
    CHECK(refused.exitCode == ExitFailure);
    CHECK(refused.err.contains(
        QStringLiteral("feature 2: \"Utrecht\" is not a CBS municipality code like GM0344.")));
    // Nothing was replaced.
    const CtlRun listed =
        w.as(Role::Dispatcher,
             {QStringLiteral("boundaries"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == 3);

    // A GeoPackage whose layer is not municipal, and one asked for by a name it lacks.
    writeGeoPackage(w.path(QStringLiteral("bg.gpkg")), twoMunicipalities());
    const CtlRun noLayer =
        w.as(Role::Administrator, {QStringLiteral("boundaries"), QStringLiteral("import"),
                                   w.path(QStringLiteral("bg.gpkg")), QStringLiteral("--layer"),
                                   QStringLiteral("landgebied")});
    CHECK(noLayer.exitCode == ExitFailure);
    CHECK(noLayer.err.contains(QStringLiteral("no layer landgebied; its layers: gemeentegebied, "
                                              "provinciegebied")));
    // Not a boundary file at all.
    writeFile(w.path(QStringLiteral("people.csv")), "external_id;name\n");
    CHECK(w.as(Role::Administrator, {QStringLiteral("boundaries"), QStringLiteral("import"),
                                     w.path(QStringLiteral("people.csv"))})
              .exitCode == ExitFailure);
}

TEST_CASE("The municipal scope check: an area inside a municipality, or not", "[boundaries]")
{
    CtlWorld w;
    writeGeoPackage(w.path(QStringLiteral("bg.gpkg")), twoMunicipalities());
    REQUIRE(w.as(Role::Administrator, {QStringLiteral("boundaries"), QStringLiteral("import"),
                                       w.path(QStringLiteral("bg.gpkg"))})
                .exitCode == ExitOk);
    BoundaryService boundaries(w.f.db(), w.f.auditService(), w.f.clock());
    const QPointF centre = *RdProjection::toWgs84(135000, 455000);
    const QGeoCoordinate c(centre.y(), centre.x());
    CHECK(*boundaries.isWithinMunicipality(GeoArea::circle(c, 2000), QStringLiteral("GM0344")));
    CHECK(*boundaries.isWithinMunicipality(GeoArea::circle(c, 4990), QStringLiteral("Utrecht")));
    CHECK_FALSE(
        *boundaries.isWithinMunicipality(GeoArea::circle(c, 5200), QStringLiteral("GM0344")));
    CHECK_FALSE(
        *boundaries.isWithinMunicipality(GeoArea::circle(c, 2000), QStringLiteral("GM0353")));
    CHECK_FALSE(
        boundaries.isWithinMunicipality(GeoArea::circle(c, 2000), QStringLiteral("GM0001")));
    // The municipality at a point, for a click on the map.
    auto at = boundaries.at(c);
    REQUIRE(at);
    REQUIRE(at->has_value());
    CHECK((*at)->code == QStringLiteral("GM0344"));

    QFile area(w.path(QStringLiteral("area.geojson")));
    REQUIRE(area.open(QIODevice::WriteOnly));
    area.write(QJsonDocument(GeoArea::circle(c, 2000).toGeoJson()).toJson());
    area.close();
    const CtlRun within =
        w.as(Role::Dispatcher, {QStringLiteral("boundaries"), QStringLiteral("within"),
                                QStringLiteral("--municipality"), QStringLiteral("GM0344"),
                                QStringLiteral("--geojson"), area.fileName()});
    CHECK(within.exitCode == ExitOk);
    CHECK(within.out == QStringLiteral("inside\n"));
}

TEST_CASE("The demo register comes with approximate boundaries (Voronoi cells clipped to the "
          "land) that count its participants",
          "[boundaries][demo]")
{
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--db"), dir.filePath(QStringLiteral("r.sqlite")),
                           QStringLiteral("--audit-log"),
                           dir.filePath(QStringLiteral("audit.sqlite"))};
    const CtlRun demo =
        runCtl(base + QStringList{QStringLiteral("demo"), QStringLiteral("--participants"),
                                  QStringLiteral("3000")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == ExitOk);
    const CtlRun listed =
        runCtl(base + QStringList{QStringLiteral("boundaries"), QStringLiteral("list"),
                                  QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    CHECK(list.size() > 200);
    for (const QJsonValue& v : list)
        CHECK(v.toObject().value(QStringLiteral("approximate")).toBool());
    const CtlRun plain =
        runCtl(base + QStringList{QStringLiteral("boundaries"), QStringLiteral("list")});
    CHECK(plain.out.contains(QStringLiteral("Utrecht (GM")));
    CHECK(plain.out.contains(QStringLiteral(", approximate")));

    // Utrecht's cell holds participants, and says it is approximate.
    const QStringList at{QStringLiteral("--json"), QStringLiteral("--at"),
                         QStringLiteral("2026-11-25T13:30:00+01:00")};
    const CtlRun utrecht =
        runCtl(base +
               QStringList{QStringLiteral("area"), QStringLiteral("count"),
                           QStringLiteral("--municipality"), QStringLiteral("Utrecht")} +
               at);
    CHECK(utrecht.err.contains(QStringLiteral("approximate")));
    CHECK(participantsIn(utrecht) > 20);

    // The cells do not overlap and cover the land: together they hold nearly every address
    // (those on a beach or a quay beyond the basemap's coast are in no cell), none twice.
    const auto locations = [](const CtlRun& run) {
        return QJsonDocument::fromJson(run.out.toUtf8())
            .object()
            .value(QStringLiteral("locations"))
            .toInteger();
    };
    const qint64 everywhere = locations(
        runCtl(base +
               QStringList{QStringLiteral("area"), QStringLiteral("count"),
                           QStringLiteral("--circle"), QStringLiteral("52.2,5.3,400000")} +
               at));
    REQUIRE(everywhere > 3000);
    qint64 total = 0;
    for (const QJsonValue& v : list)
        total +=
            locations(runCtl(base +
                             QStringList{QStringLiteral("area"), QStringLiteral("count"),
                                         QStringLiteral("--municipality"),
                                         v.toObject().value(QStringLiteral("code")).toString()} +
                             at));
    CHECK(total <= everywhere);
    CHECK(total > everywhere * 95 / 100);
}
