// The map's speed at 1.25 M participants (issue 4 targets in brackets), offscreen, each against
// a baseline of the same run:
// - one frame (basemap, place names, participants, an alert area) while panning, 1400 x 900, at
//   country, city and street zoom [<= 16 ms median]; baseline: drawing every address as a dot;
// - the live count while dragging a circle (what every mouse move costs) [<= 5 ms];
//   baseline: the reference predicate over every address.
#include "app/core/Clock.h"
#include "app/geo/ParticipantIndex.h"
#include "app/geo/TimeWindow.h"
#include "app/geo/WebMercator.h"
#include "app/register/DemoPopulation.h"
#include "app/register/PlaceTable.h"
#include "app/services/SelectionService.h"
#include "tests/bench/BenchReport.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/layers/AreaLayer.h"
#include "ui/map/layers/BasemapLayer.h"
#include "ui/map/layers/ParticipantLayer.h"
#include "ui/map/layers/PlaceLabelLayer.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QUndoStack>

#include <cstdio>
#include <random>

using namespace burgernet;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime nowUtc() const override
    {
        return QDateTime(QDate(2026, 11, 25), QTime(13, 30), Qt::UTC); // a Wednesday afternoon
    }
    qint64 monotonicMs() const override { return 0; }
};

// Participants spread like the demo population (as RegisterBench makes them), as index input.
IndexInput syntheticRegister(const PlaceTable& places, qint64 participants)
{
    std::vector<const Place*> weighted;
    std::vector<double> cumulative;
    double total = 0;
    for (const Place& p : places.places()) {
        if (p.isSection || p.population <= 0)
            continue;
        total += static_cast<double>(p.population);
        weighted.push_back(&p);
        cumulative.push_back(total);
    }
    DemoRandom random(42);
    std::uniform_real_distribution<double> pick(0, total);
    IndexInput input;
    const quint32 work = TimeWindow{0b0011111, 8 * 60, 18 * 60}.packed();
    for (qint64 i = 0; i < participants; ++i) {
        input.participants.push_back({i + 1, static_cast<quint8>(1 + random() % 7)});
        const int locations = random() % 4 == 0 ? 2 : 1;
        for (int l = 0; l < locations; ++l) {
            const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), pick(random));
            const Place& p = *weighted[std::min<size_t>(
                static_cast<size_t>(it - cumulative.begin()), weighted.size() - 1)];
            std::normal_distribution<double> offset(
                0, 0.3 + 0.004 * std::sqrt(static_cast<double>(p.population)));
            input.locations.push_back({static_cast<quint32>(i), p.lat + offset(random) / 111.2,
                                       p.lon + offset(random) / 68.5,
                                       l == 0 ? TimeWindow::kAlways : work});
        }
    }
    return input;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bench::BenchReport report(QStringLiteral("map"));
    const qint64 participants = qEnvironmentVariableIsSet("BENCH_MAP_PARTICIPANTS")
                                    ? qEnvironmentVariable("BENCH_MAP_PARTICIPANTS").toLongLong()
                                    : 1'250'000;
    auto places = PlaceTable::load();
    if (!places) {
        std::fprintf(stderr, "%s\n", qPrintable(places.errorMessage()));
        return 1;
    }
    const IndexInput input = syntheticRegister(*places, participants);
    SelectionService selection;
    selection.setIndex(ParticipantIndex::build(input));
    const auto index = selection.index();
    report.figure(QStringLiteral("participants"), static_cast<double>(index->participantCount()),
                  {});
    report.figure(QStringLiteral("locations"), static_cast<double>(index->locationCount()), {});

    QUndoStack undo;
    FixedClock clock;
    AreaController controller(selection, undo, clock);
    MapCanvas canvas;
    BasemapLayer basemap;
    (void)basemap.load();
    canvas.addLayer(&basemap);
    PlaceLabelLayer labels(places->places());
    canvas.addLayer(&labels);
    ParticipantLayer participantLayer;
    QElapsedTimer timer;
    timer.start();
    participantLayer.setIndexNow(index);
    report.figure(QStringLiteral("participant_aggregate_build"), timer.elapsed(),
                  QStringLiteral("ms"), QStringLiteral("in a worker thread in the console"));
    canvas.addLayer(&participantLayer);
    AreaLayer areas(controller);
    canvas.addLayer(&areas);
    controller.commit(GeoArea::circle(QGeoCoordinate(52.3731, 4.8932), 1500), QStringLiteral("c"));

    QImage image(1400, 900, QImage::Format_ARGB32_Premultiplied);
    struct Level
    {
        const char* name;
        double zoom;
        QGeoCoordinate centre;
    };
    const Level levels[] = {{"country", 8, {52.2, 5.3}},
                            {"city", 12.5, {52.3731, 4.8932}},
                            {"street", 16.5, {52.3731, 4.8932}}};
    for (const Level& level : levels) {
        MapViewport viewport;
        viewport.setSize(image.size());
        viewport.setCentre(level.centre);
        viewport.setZoom(level.zoom);
        const double ms = bench::medianMs(41, [&] {
            viewport.panByPixels(QPointF(7, 3)); // panning
            QPainter painter(&image);
            canvas.render(painter, viewport);
        });
        report.figure(QStringLiteral("frame.%1.items").arg(QLatin1String(level.name)),
                      static_cast<double>(participantLayer.lastItems()),
                      participantLayer.lastMode());
        report.target(QStringLiteral("frame.%1").arg(QLatin1String(level.name)), ms, 16,
                      QStringLiteral("ms"));
        // Where the frame's time goes: each layer alone.
        for (MapLayer* layer : canvas.layers()) {
            const double layerMs = bench::medianMs(11, [&] {
                viewport.panByPixels(QPointF(7, 3));
                QPainter painter(&image);
                layer->paint(painter, viewport);
            });
            report.figure(
                QStringLiteral("frame.%1.layer.%2").arg(QLatin1String(level.name), layer->id()),
                layerMs, QStringLiteral("ms"));
        }
    }

    // Baseline: every address drawn as a dot, projected exactly, at country zoom.
    MapViewport country;
    country.setSize(image.size());
    country.setCentre(QGeoCoordinate(52.2, 5.3));
    country.setZoom(8);
    const double naiveMs = bench::medianMs(3, [&] {
        QPainter painter(&image);
        painter.fillRect(image.rect(), Qt::white);
        std::vector<QPointF> points;
        points.reserve(static_cast<size_t>(index->locationCount()));
        index->forEachLocation([&](qint32 lat7, qint32 lon7) {
            points.push_back(country.toScreen(lat7 * 1e-7, lon7 * 1e-7));
        });
        painter.setPen(QPen(Qt::black, 2));
        painter.drawPoints(points.data(), static_cast<int>(points.size()));
    });
    report.figure(QStringLiteral("baseline.every_address_as_a_dot"), naiveMs, QStringLiteral("ms"));

    // The live count while a circle is dragged from 300 m to 6 km around Utrecht Centraal.
    double radius = 300;
    const double countMs = bench::medianMs(60, [&] {
        radius += 95;
        controller.setPreview(GeoArea::circle(QGeoCoordinate(52.0894, 5.1100), radius));
    });
    report.figure(QStringLiteral("drag.participants_at_end"),
                  static_cast<double>(controller.count().participants), {});
    report.target(QStringLiteral("drag.live_count"), countMs, 5, QStringLiteral("ms"));
    const GeoArea probe = GeoArea::circle(QGeoCoordinate(52.0894, 5.1100), 3000);
    const double bruteMs = bench::medianMs(3, [&] {
        qint64 n = 0;
        for (const auto& l : input.locations)
            n += probe.contains(l.lat, l.lon) ? 1 : 0;
        if (n < 0)
            std::puts("");
    });
    report.figure(QStringLiteral("baseline.reference_predicate_over_every_address"), bruteMs,
                  QStringLiteral("ms"));
    report.figure(QStringLiteral("drag.speedup_vs_reference"), bruteMs / countMs,
                  QStringLiteral("x"));
    return report.finish();
}
