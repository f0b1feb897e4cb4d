// One area, three paths: `burgernetctl area count`, the map's area controller and the dispatch
// plan validate and repair a self-crossing polygon with the same function, and so count the
// same participants: those in both of its parts.
#include "app/geo/AreaGeometry.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "ui/map/AreaController.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>
#include <set>

using namespace burgernet;
using namespace burgernet::test;

TEST_CASE("A bow tie counts the same on the CLI, on the map and in the dispatch plan: both "
          "parts",
          "[boundaries][repair]")
{
    DispatchFixture f(DatabaseKind::Sqlite, 0);
    // A bow tie near Utrecht: the left lobe around 5.085 E, the right one around 5.16 E.
    const GeoArea bowTie =
        GeoArea::polygon({{52.05, 5.08}, {52.13, 5.16}, {52.05, 5.19}, {52.09, 5.08}});
    // About 10 in the small left lobe, 30 in the large right one, 15 outside both.
    const auto position = [](int i) -> std::pair<double, double> {
        if (i < 10)
            return {52.07 + 0.001 * (i % 5), 5.083 + 0.001 * (i / 5)};
        if (i < 40)
            return {52.06 + 0.001 * ((i - 10) % 10), 5.16 + 0.002 * ((i - 10) / 10)};
        return {52.20 + 0.001 * (i - 40), 5.12};
    };
    f.addParticipants(55, position);
    REQUIRE(f.selection().reload(f.db()).ok());

    // Both parts, by the definition; the largest piece alone (what the map kept before) holds
    // fewer.
    auto repaired = AreaGeometry::validated(bowTie);
    REQUIRE(repaired);
    REQUIRE(repaired->area.parts().size() == 2);
    const GeoArea largest = GeoArea::multiPolygon({repaired->area.parts()[0]});
    // Over the locations as the index stores them (1e-7 degree steps), each person once.
    std::set<qint64> inAll, inBig;
    for (const auto& l : f.selection().index()->storedLocations()) {
        if (repaired->area.contains(l.lat, l.lon))
            inAll.insert(l.participantId);
        if (largest.contains(l.lat, l.lon))
            inBig.insert(l.participantId);
    }
    const auto inside = static_cast<qint64>(inAll.size());
    const auto inLargest = static_cast<qint64>(inBig.size());
    REQUIRE(inside > inLargest + 5);

    // The map.
    QUndoStack undo;
    AreaController controller(f.selection(), undo, f.clock());
    controller.setRepairConfirmer(
        [](const GeoArea&, const SelectionCount&, const QString&) { return true; });
    REQUIRE(controller.commit(bowTie, QStringLiteral("Draw polygon")));
    const qint64 onMap = controller.count().participants;

    // The dispatch path: the draft keeps the area as drawn, the plan counts it.
    auto id = f.actions().createDraft(DispatchFixture::urgentContent(), bowTie,
                                      QStringLiteral("Utrecht-Oost"));
    REQUIRE(id);
    CHECK(f.actions().action(*id)->area.parts().size() == 2);
    auto plan = f.actions().plan(*id);
    REQUIRE(plan);
    const qint64 planned = plan->participants;

    // The CLI, on the same register.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bowtie.geojson"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(bowTie.toGeoJson()).toJson());
    out.close();
    const QStringList base{QStringLiteral("--db"), f.spec().sqlitePath,
                           QStringLiteral("--audit-log"),
                           dir.filePath(QStringLiteral("audit.sqlite"))};
    CtlAccounts accounts(base, dir.path());
    const CtlRun counted =
        runCtl(base + accounts.as(Role::Dispatcher) +
               QStringList{QStringLiteral("area"), QStringLiteral("count"),
                           QStringLiteral("--geojson"), file, QStringLiteral("--json")});
    INFO(counted.err.toStdString());
    REQUIRE(counted.exitCode == 0);
    const qint64 onCli = QJsonDocument::fromJson(counted.out.toUtf8())
                             .object()
                             .value(QStringLiteral("participants"))
                             .toInteger();

    CHECK(onMap == inside);
    CHECK(planned == inside);
    CHECK(onCli == inside);
}
