#pragma once

#include "app/core/Settings.h"
#include "app/geo/ParticipantIndex.h"
#include "app/geo/TimeWindow.h"
#include "app/services/SelectionService.h"
#include "tests/support/FakeClock.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapCanvas.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace burgernet::test {

// A lattice of participants around Utrecht (every 0.001 degree over 0.1 x 0.1 degree, one
// location each, all on every channel), for counts the tests can work out themselves.
inline std::shared_ptr<const ParticipantIndex> latticeIndex(double south = 52.04,
                                                            double west = 5.07, int n = 100)
{
    IndexInput input;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const auto p = static_cast<quint32>(input.participants.size());
            input.participants.push_back({p + 1, channelBit(BuiltinChannel::Sms) |
                                                     channelBit(BuiltinChannel::Voice) |
                                                     channelBit(BuiltinChannel::Email)});
            input.locations.push_back(
                {p, south + i * 0.001, west + j * 0.001, TimeWindow::kAlways});
        }
    return ParticipantIndex::build(input);
}

// A canvas of 800 x 600 at zoom 14 over Utrecht with an area controller on a lattice index.
struct MapFixture
{
    SelectionService selection;
    QUndoStack undo;
    FakeClock clock;
    MapCanvas canvas;
    AreaController controller{selection, undo, clock};

    MapFixture()
    {
        selection.setIndex(latticeIndex());
        canvas.resize(800, 600);
        MapViewport viewport;
        viewport.setSize({800, 600});
        viewport.setCentre(QGeoCoordinate(52.09, 5.12));
        viewport.setZoom(14);
        canvas.setViewport(viewport);
    }
    QPoint at(double lat, double lon) const
    {
        return canvas.viewport().toScreen(lat, lon).toPoint();
    }
    // Brute force over the lattice.
    qint64 insideLattice(const GeoArea& area) const
    {
        qint64 n = 0;
        for (int i = 0; i < 100; ++i)
            for (int j = 0; j < 100; ++j)
                n += area.contains(52.04 + i * 0.001, 5.07 + j * 0.001) ? 1 : 0;
        return n;
    }
};

} // namespace burgernet::test
