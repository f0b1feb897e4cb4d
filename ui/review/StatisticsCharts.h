#pragma once

#include "app/core/Mode.h"
#include "app/services/ReviewTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QChart;

namespace burgernet {

// The dashboard's charts, each made from the figures ReviewService computed: nothing here
// counts or rounds, so that what a chart shows is what `report stats` prints.
class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::StatisticsCharts)

public:
    // The programme's published figures, drawn as reference lines.
    static constexpr double kDirectReference = 10.0;
    static constexpr double kMissingReference = 14.0;
    static constexpr double kIndirectReference = 40.0;

    struct Bars
    {
        QString name;  // the set's object name, for tests and the PDF
        QString label; // shown in the legend
        QList<double> values;
    };

    // Actions per week or month, stacked by incident type.
    static QChart* perPeriod(const ReviewStats& stats, bool perMonth, Mode mode);
    // Direct and indirect success in % per group, with the reference lines. `missingAt` is the
    // category of missing persons (or -1), which gets its own reference line.
    static QChart* success(const QString& title, const QStringList& categories,
                           const QList<SuccessFigures>& figures, Mode mode, int missingAt = -1);
    static QChart* histogram(const QString& title, const QString& axis,
                             const QList<DelayBucket>& buckets, const QString& unit, Mode mode);
    static QChart* bars(const QString& title, const QStringList& categories,
                        const QList<Bars>& sets, const QString& axis, Mode mode,
                        double maximum = -1);
    static QChart* fatigue(const ReviewStats& stats, Mode mode);

    // Category labels of the success groups.
    static QStringList typeLabels(const QList<IncidentType>& types);
    static QStringList hourLabels();
    static QStringList weekdayLabels();
    static QString bucketLabel(const DelayBucket& bucket);
};

} // namespace burgernet
