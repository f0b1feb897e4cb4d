#include "ui/review/StatisticsCharts.h"

#include "app/dispatch/ActionWords.h"
#include "ui/ModeIndicator.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace burgernet {

namespace {

QChart* newChart(const QString& title, Mode mode)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Training figures must never be read as live ones: the whole chart is purple.
    if (mode == Mode::Training) {
        const QColor purple = ModeIndicator::modeColor(Mode::Training);
        chart->setTitleBrush(purple);
        chart->setBackgroundBrush(purple.lighter(185));
        chart->setTitle(StatisticsCharts::tr("TRAINING: %1").arg(title));
    }
    return chart;
}

QBarCategoryAxis* categoryAxis(QChart* chart, const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    // Labels are rich text: "< 1 km²" would be taken for a tag.
    for (const QString& c : categories)
        axis->append(c.toHtmlEscaped());
    // The hours of a day: a smaller font, so that two digits fit under a narrow bar.
    if (categories.size() > 12) {
        QFont font = axis->labelsFont();
        font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.75));
        axis->setLabelsFont(font);
    }
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis* valueAxis(QChart* chart, const QString& title, double maximum, bool whole)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, maximum > 0 ? maximum : 1);
    if (whole)
        axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

void referenceLine(QChart* chart, const QString& name, const QString& label, double value,
                   int categories, const QColor& color, QAbstractAxis* x, QAbstractAxis* y)
{
    auto* line = new QLineSeries;
    line->setObjectName(name);
    line->setName(label);
    line->append(-0.5, value);
    line->append(double(categories) - 0.5, value);
    QPen pen(color);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(2);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
}

QString percentText(double v)
{
    return QLocale().toString(v, 'f', 1);
}

} // namespace

QStringList StatisticsCharts::typeLabels(const QList<IncidentType>& types)
{
    QStringList out;
    for (IncidentType t : types)
        out << ActionWords::incident(t).section(QLatin1String(" ("), 0, 0);
    return out;
}

QStringList StatisticsCharts::hourLabels()
{
    QStringList out;
    for (int h = 0; h < 24; ++h)
        out << QString::number(h);
    return out;
}

QStringList StatisticsCharts::weekdayLabels()
{
    QStringList out;
    for (int d = 1; d <= 7; ++d)
        out << QLocale().dayName(d, QLocale::ShortFormat);
    return out;
}

QString StatisticsCharts::bucketLabel(const DelayBucket& b)
{
    return b.highMinutes < 0 ? QStringLiteral("≥ %1").arg(b.lowMinutes)
                             : QStringLiteral("%1–%2").arg(b.lowMinutes).arg(b.highMinutes);
}

QChart* StatisticsCharts::perPeriod(const ReviewStats& stats, bool perMonth, Mode mode)
{
    const auto& periods = perMonth ? stats.perMonth : stats.perWeek;
    QChart* chart = newChart(perMonth ? tr("Actions per month, by incident type")
                                      : tr("Actions per week, by incident type"),
                             mode);
    auto* series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("perPeriod"));
    const QStringList categories = periods.keys();
    double highest = 0;
    for (const QMap<IncidentType, qint64>& types : periods) {
        qint64 sum = 0;
        for (qint64 n : types)
            sum += n;
        highest = std::max(highest, double(sum));
    }
    for (IncidentType type : allIncidentTypes()) {
        if (!stats.perType.contains(type))
            continue;
        auto* set = new QBarSet(typeLabels({type}).first());
        set->setObjectName(enumId(type));
        for (const QString& period : categories)
            set->append(double(periods.value(period).value(type)));
        series->append(set);
    }
    chart->addSeries(series);
    QAbstractAxis* x = categoryAxis(chart, categories);
    QAbstractAxis* y = valueAxis(chart, tr("Actions"), highest, true);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* StatisticsCharts::success(const QString& title, const QStringList& categories,
                                  const QList<SuccessFigures>& figures, Mode mode, int missingAt)
{
    QChart* chart = newChart(title, mode);
    auto* series = new QBarSeries;
    auto* direct = new QBarSet(tr("Direct %"));
    direct->setObjectName(QStringLiteral("direct"));
    direct->setColor(QColor(0x1b, 0x5e, 0x20));
    auto* indirect = new QBarSet(tr("Useful information %"));
    indirect->setObjectName(QStringLiteral("indirect"));
    indirect->setColor(QColor(0x64, 0x9d, 0xd8));
    for (const SuccessFigures& f : figures) {
        direct->append(f.directPercent());
        indirect->append(f.indirectPercent());
    }
    series->append(direct);
    series->append(indirect);
    chart->addSeries(series);
    QAbstractAxis* x = categoryAxis(chart, categories);
    auto* y = new QValueAxis;
    y->setTitleText(tr("% of closed"));
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const int n = int(categories.size());
    referenceLine(chart, QStringLiteral("reference-direct"),
                  tr("Programme %1 %").arg(percentText(kDirectReference)), kDirectReference, n,
                  QColor(0x1b, 0x5e, 0x20), x, y);
    referenceLine(chart, QStringLiteral("reference-indirect"),
                  tr("Programme %1 %").arg(percentText(kIndirectReference)), kIndirectReference, n,
                  QColor(0x15, 0x65, 0xc0), x, y);
    if (missingAt >= 0) {
        auto* line = new QLineSeries;
        line->setObjectName(QStringLiteral("reference-missing"));
        line->setName(tr("Programme %1 % missing").arg(percentText(kMissingReference)));
        line->append(missingAt - 0.45, kMissingReference);
        line->append(missingAt + 0.45, kMissingReference);
        QPen pen(QColor(0xc6, 0x28, 0x28));
        pen.setWidthF(3);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

QChart* StatisticsCharts::histogram(const QString& title, const QString& axis,
                                    const QList<DelayBucket>& buckets, const QString& unit,
                                    Mode mode)
{
    QStringList categories;
    QList<double> values;
    for (const DelayBucket& b : buckets) {
        categories << bucketLabel(b);
        values << double(b.count);
    }
    QChart* chart = bars(title, categories, {{QStringLiteral("count"), axis, values}}, unit, mode);
    chart->legend()->hide();
    return chart;
}

QChart* StatisticsCharts::bars(const QString& title, const QStringList& categories,
                               const QList<Bars>& sets, const QString& axis, Mode mode,
                               double maximum)
{
    QChart* chart = newChart(title, mode);
    auto* series = new QBarSeries;
    double highest = 0;
    bool whole = true;
    for (const Bars& b : sets) {
        auto* set = new QBarSet(b.label);
        set->setObjectName(b.name);
        for (double v : b.values) {
            set->append(v);
            highest = std::max(highest, v);
            whole = whole && v == double(qint64(v));
        }
        series->append(set);
    }
    chart->addSeries(series);
    QAbstractAxis* x = categoryAxis(chart, categories);
    QAbstractAxis* y = valueAxis(chart, axis, maximum > 0 ? maximum : highest, whole);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* StatisticsCharts::fatigue(const ReviewStats& stats, Mode mode)
{
    const qint64 fatigued = stats.fatiguedLast30Days;
    const qint64 others = std::max<qint64>(0, stats.alertedLast30Days - fatigued);
    const double share =
        stats.alertedLast30Days ? 100.0 * double(fatigued) / double(stats.alertedLast30Days) : 0;
    QChart* chart = newChart(tr("Message fatigue: %1 % of the %2 participants alerted in the last "
                                "30 days got more than %3 alerts")
                                 .arg(percentText(share))
                                 .arg(stats.alertedLast30Days)
                                 .arg(stats.filter.fatigueAlerts),
                             mode);
    auto* pie = new QPieSeries;
    pie->setObjectName(QStringLiteral("fatigue"));
    QPieSlice* few =
        pie->append(tr("At most %1 alerts").arg(stats.filter.fatigueAlerts), double(others));
    few->setObjectName(QStringLiteral("few"));
    few->setColor(QColor(0x64, 0x9d, 0xd8));
    QPieSlice* many =
        pie->append(tr("More than %1 alerts").arg(stats.filter.fatigueAlerts), double(fatigued));
    many->setObjectName(QStringLiteral("many"));
    many->setColor(QColor(0xc6, 0x28, 0x28));
    many->setExploded(true);
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace burgernet
