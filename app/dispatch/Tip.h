#pragma once

#include "app/core/EnumIds.h"

#include <QDateTime>
#include <QString>
#include <QtNumeric>

namespace burgernet {

// Where a call-back came in: the free number, the Burgernet app, a 112 call passed on, or
// anything else (a unit on the street, the front desk).
enum class TipSource { FreeNumber, App, Emergency, Other };

template <>
struct EnumIdTable<TipSource>
{
    static constexpr std::array entries{
        std::pair{TipSource::FreeNumber, "0800"},
        std::pair{TipSource::App, "app"},
        std::pair{TipSource::Emergency, "112"},
        std::pair{TipSource::Other, "other"},
    };
};

enum class TipRating { Unrated, Useful, NotUseful };

template <>
struct EnumIdTable<TipRating>
{
    static constexpr std::array entries{
        std::pair{TipRating::Unrated, "unrated"},
        std::pair{TipRating::Useful, "useful"},
        std::pair{TipRating::NotUseful, "not-useful"},
    };
};

// A call-back tip: the dispatcher logs each incoming call on the action. The rating is kept as
// `useful` plus `rated`, so that callers which only set `useful` keep meaning a rated tip and
// readers of the `useful` column count exactly the useful ones.
struct Tip
{
    qint64 id = 0;
    qint64 actionId = 0;
    QDateTime at;
    double lat = qQNaN(); // NaN: the place is unknown
    double lon = qQNaN();
    QString text;
    bool useful = false;
    QString author;
    TipSource source = TipSource::Other;
    bool rated = true;
    QDateTime editedAt; // invalid: never edited
    QString editedBy;

    bool located() const { return !qIsNaN(lat) && !qIsNaN(lon); }
    TipRating rating() const
    {
        return !rated ? TipRating::Unrated : useful ? TipRating::Useful : TipRating::NotUseful;
    }
    void setRating(TipRating r)
    {
        rated = r != TipRating::Unrated;
        useful = r == TipRating::Useful;
    }
};

// What the supervisor's statistics need of an action's tips.
struct TipSummary
{
    qint64 actionId = 0;
    int total = 0;
    int useful = 0;
    int unrated = 0;
    QDateTime firstTipAt;          // invalid: no tip yet
    qint64 secondsToFirstTip = -1; // from the first message; -1: not known
};

} // namespace burgernet
