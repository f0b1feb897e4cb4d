#pragma once

#include "app/core/Mode.h"
#include "app/dispatch/Action.h"
#include "app/geo/GeoArea.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>
#include <QRectF>

#include <vector>

namespace burgernet {

// One area an action's messages went to, from the moment it was set (the alert, an update that
// grew it).
struct ReplayArea
{
    QDateTime at;
    GeoArea area;
    double km2 = 0;
};

struct ReplayTip
{
    QDateTime at;
    QGeoCoordinate place; // invalid: logged without a place
    bool useful = false;
};

// The participants reached in one square of the map, never one address: a cell is a pixel of
// the binning zoom (about 190 m at zoom 9), and cells with fewer than kMinCellRecipients
// recipients are left out so that no single address can be picked out.
struct ReplayCell
{
    int x = 0;
    int y = 0;
    qint64 recipients = 0;
    std::vector<qint64> reachedAtMs; // epoch ms, sorted: when each was first reached
    qint64 reachedBy(qint64 epochMs) const;
};

// What the review's replay shows of one action over time: its areas, its tips, where and when
// its alert reached people (as density), and its closing.
struct ReplayData
{
    static constexpr qint64 kMinCellRecipients = 3;

    qint64 actionId = 0;
    Mode mode = Mode::Live;
    ActionState state = ActionState::Draft;
    Outcome outcome = Outcome::None;
    QGeoCoordinate incident;
    QDateTime start;  // the action's creation
    QDateTime sent;   // the alert went out
    QDateTime closed; // the closing (or cancel) message; invalid while running
    QDateTime end;    // the last thing that happened
    QList<ReplayArea> areas;
    QList<ReplayTip> tips; // by time
    int binZoom = 9;
    std::vector<ReplayCell> cells;
    std::vector<qint64> reachedAtMs; // every recipient reached, sorted (with or without a cell)
    qint64 recipients = 0;           // of the alert, distinct participants

    // The area in force at `t` (-1 before the first), the tips logged by then, the recipients
    // reached by then, whether the closing message had gone.
    int areaIndexAt(const QDateTime& t) const;
    int tipsAt(const QDateTime& t) const;
    qint64 reachedAt(const QDateTime& t) const;
    bool closedAt(const QDateTime& t) const;
    // A cell's square in normalised Web Mercator world coordinates.
    QRectF cellWorld(const ReplayCell& cell) const;
};

} // namespace burgernet
