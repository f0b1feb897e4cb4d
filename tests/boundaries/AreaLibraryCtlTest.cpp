// The area library through the real burgernetctl: save a circle and a municipality, count them
// by name, export to GeoJSON and KML, delete, import back and find the same library counting the
// same participants; bad files named by line; changes recorded; the workstation refused.
#include "app/ctl/CtlContext.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace burgernet::test;
using namespace Qt::StringLiterals;

TEST_CASE("burgernetctl area save, list, export, import: the library survives GeoJSON and KML "
          "and counts the same",
          "[boundaries][arealibrary]")
{
    QTemporaryDir dir;
    const QString home = dir.filePath(u"home"_s);
    const QStringList base{u"--db"_s, dir.filePath(u"r.sqlite"_s), u"--audit-log"_s,
                           dir.filePath(u"audit.sqlite"_s)};
    const QString password = dir.filePath(u"dispatcher.password"_s);
    {
        QFile file(password);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("dispatcher-demo\n");
    }
    const QStringList dispatcher{u"--user"_s, u"dispatcher"_s, u"--password-file"_s, password};
    const auto ctl = [&](const QStringList& args, const QStringList& who = {}) {
        CtlRun run = runCtlProcess(base + who + args, home);
        UNSCOPED_INFO(args.join(u' ').toStdString() << ": " << run.err.toStdString());
        return run;
    };
    REQUIRE(ctl({u"demo"_s, u"--participants"_s, u"3000"_s}).exitCode == ExitOk);

    const QStringList at{u"--json"_s, u"--at"_s, u"2026-11-25T13:30:00+01:00"_s};
    const auto count = [&](const QStringList& area) {
        const CtlRun run = ctl(QStringList{u"area"_s, u"count"_s} + area + at);
        REQUIRE(run.exitCode == ExitOk);
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    };
    const QJsonObject byCircle = count({u"--circle"_s, u"52.0894,5.1100,2500"_s});
    const QJsonObject byMunicipality = count({u"--municipality"_s, u"Utrecht"_s});
    REQUIRE(byCircle.value(u"participants"_s).toInt() > 10);

    // Nobody signed in may not change the library (and the refusal is recorded).
    CHECK(ctl({u"area"_s, u"save"_s, u"X"_s, u"--circle"_s, u"52.0894,5.1100,2500"_s}).exitCode ==
          ExitFailure);
    REQUIRE(
        ctl({u"area"_s, u"save"_s, u"Utrecht Centraal"_s, u"--circle"_s, u"52.0894,5.1100,2500"_s},
            dispatcher)
            .exitCode == ExitOk);
    REQUIRE(ctl({u"area"_s, u"save"_s, u"Gemeente Utrecht"_s, u"--municipality"_s, u"Utrecht"_s},
                dispatcher)
                .exitCode == ExitOk);
    // A name is unique in its region, whatever its case.
    CHECK(
        ctl({u"area"_s, u"save"_s, u"utrecht centraal"_s, u"--circle"_s, u"52,5,100"_s}, dispatcher)
            .exitCode == ExitFailure);
    CHECK(count({u"--saved"_s, u"Utrecht Centraal"_s}) == byCircle);
    CHECK(count({u"--saved"_s, u"Gemeente Utrecht"_s}) == byMunicipality);

    const auto list = [&] {
        const CtlRun run = ctl({u"area"_s, u"list"_s, u"--json"_s});
        REQUIRE(run.exitCode == ExitOk);
        QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        for (QJsonValueRef row : rows) {
            QJsonObject o = row.toObject();
            o.remove(u"id"_s); // ids are new after an import
            row = o;
        }
        return rows;
    };
    const QJsonArray before = list();
    REQUIRE(before.size() == 2);
    CHECK(before[0].toObject().value(u"kind"_s).toString() == u"municipality"_s);
    CHECK(before[0].toObject().value(u"municipality_code"_s).toString().startsWith(u"GM"_s));

    for (const QString& name : {u"library.kml"_s, u"library.geojson"_s}) {
        INFO(name.toStdString());
        const QString file = dir.filePath(name);
        REQUIRE(ctl({u"area"_s, u"export"_s, file}).exitCode == ExitOk);
        REQUIRE(ctl({u"area"_s, u"delete"_s, u"Utrecht Centraal"_s}, dispatcher).exitCode ==
                ExitOk);
        REQUIRE(ctl({u"area"_s, u"delete"_s, u"Gemeente Utrecht"_s}, dispatcher).exitCode ==
                ExitOk);
        CHECK(list().isEmpty());
        const CtlRun imported = ctl({u"area"_s, u"import"_s, file}, dispatcher);
        REQUIRE(imported.exitCode == ExitOk);
        CHECK(imported.out == u"Imported 2 area(s).\n"_s);
        CHECK(list() == before);
        CHECK(count({u"--saved"_s, u"Utrecht Centraal"_s}) == byCircle);
        CHECK(count({u"--saved"_s, u"Gemeente Utrecht"_s}) == byMunicipality);
    }
    // Another region has its own library.
    CHECK(ctl({u"area"_s, u"list"_s, u"--region"_s, u"zeeland"_s}).out.trimmed().isEmpty());

    // A bad file: the line named, nothing imported.
    const QString bad = dir.filePath(u"bad.kml"_s);
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Placemark><name>A</name>\n"
                   "<Polygon><outerBoundaryIs><LinearRing>\n"
                   "<coordinates>5.1,52.0 5.2,52.1 oops 5.1,52.0</coordinates>\n"
                   "</LinearRing></outerBoundaryIs></Polygon></Placemark></kml>\n");
    }
    const CtlRun refused = ctl({u"area"_s, u"import"_s, bad}, dispatcher);
    CHECK(refused.exitCode == ExitFailure);
    CHECK(refused.err.contains(u"bad.kml: line 4: coordinate 3"_s));
    CHECK(list() == before);

    REQUIRE(ctl({u"area"_s, u"rename"_s, u"Utrecht Centraal"_s, u"Station Utrecht"_s}, dispatcher)
                .exitCode == ExitOk);
    CHECK(count({u"--saved"_s, u"Station Utrecht"_s}) == byCircle);

    const CtlRun shown = ctl(
        {u"audit"_s, u"show"_s, u"--action"_s, u"area."_s, u"--json"_s, u"--limit"_s, u"100"_s});
    REQUIRE(shown.exitCode == ExitOk);
    QStringList seen;
    for (const QJsonValue& value : QJsonDocument::fromJson(shown.out.toUtf8()).array()) {
        const QJsonObject r = value.toObject();
        seen << r.value(u"action"_s).toString() + u'/' + r.value(u"result"_s).toString();
    }
    std::sort(seen.begin(), seen.end());
    CHECK(seen.count(u"area.save/ok"_s) == 2);
    CHECK(seen.count(u"area.save/denied"_s) == 1);
    CHECK(seen.count(u"area.save/failed"_s) == 1); // the name taken
    CHECK(seen.count(u"area.delete/ok"_s) == 4);
    CHECK(seen.count(u"area.import/ok"_s) == 2);
    CHECK(seen.count(u"area.export/ok"_s) == 2);
    CHECK(seen.count(u"area.rename/ok"_s) == 1);
}

TEST_CASE("The area library on a PostgreSQL register: save, list, export, import, rename",
          "[boundaries][arealibrary][postgres]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::PostgreSql);
    const QStringList base{u"--db"_s, temp->address(), u"--audit-log"_s,
                           dir.filePath(u"audit.sqlite"_s)};
    CtlAccounts accounts(base, dir.path());
    const QStringList dispatcher = accounts.as(Role::Dispatcher);
    const auto ctl = [&](const QStringList& args, const QStringList& who = {}) {
        CtlRun run = runCtl(base + who + args);
        UNSCOPED_INFO(args.join(u' ').toStdString() << ": " << run.err.toStdString());
        return run;
    };
    REQUIRE(
        ctl({u"area"_s, u"save"_s, u"Utrecht Centraal"_s, u"--circle"_s, u"52.0894,5.1100,2500"_s},
            dispatcher)
            .exitCode == ExitOk);
    REQUIRE(ctl({u"area"_s, u"save"_s, u"Twee delen"_s, u"--geojson"_s,
                 [&] {
                     const QString file = dir.filePath(u"two.geojson"_s);
                     QFile out(file);
                     REQUIRE(out.open(QIODevice::WriteOnly));
                     out.write(R"({"type":"MultiPolygon","coordinates":[
                         [[[5.1,52.0],[5.2,52.0],[5.2,52.1],[5.1,52.0]]],
                         [[[5.3,52.0],[5.4,52.0],[5.4,52.1],[5.3,52.0]]]]})");
                     return file;
                 }()},
                dispatcher)
                .exitCode == ExitOk);
    const auto list = [&] { return ctl({u"area"_s, u"list"_s}).out; };
    const QString before = list();
    CHECK(before.contains(u"Twee delen"_s));
    const QString file = dir.filePath(u"library.kml"_s);
    REQUIRE(ctl({u"area"_s, u"export"_s, file}).exitCode == ExitOk);
    REQUIRE(ctl({u"area"_s, u"import"_s, file, u"--replace"_s}, dispatcher).exitCode == ExitOk);
    CHECK(list() == before); // replaced in place: the same ids
    REQUIRE(
        ctl({u"area"_s, u"rename"_s, u"Twee delen"_s, u"Beide oevers"_s}, dispatcher).exitCode ==
        ExitOk);
    CHECK(list().contains(u"Beide oevers"_s));
    const CtlRun listed = ctl({u"area"_s, u"list"_s, u"--json"_s});
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].toObject().value(u"parts"_s).toInt() == 2);
}
