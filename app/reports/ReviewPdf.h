#pragma once

#include "app/core/Result.h"
#include "app/services/ReviewTypes.h"

#include <QCoreApplication>

class QIODevice;

namespace burgernet {

class PlaceTable;

// The supervisors' PDF reports, for burgernetctl and the window alike (handed to
// ReviewService::exportAction / exportPeriod, which record the export before writing):
// one action's report (the map of its area with the tips, its figures, delivery per channel
// and its timeline) and a period's figures with the dashboard's charts. Codes, counts and
// times only: no participant, no tip's words.
class ReviewPdf
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ReviewPdf)

public:
    static Status writeAction(const ActionReport& report, const PlaceTable* places,
                              QIODevice& device);
    static Status writePeriod(const ReviewStats& stats, Mode mode, QIODevice& device);
};

} // namespace burgernet
