#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace burgernet {

// Charts painted straight onto a page (QtGui only, so that burgernetctl can write them too):
// bars, grouped or stacked, with dashed reference lines, and cumulative curves.
namespace PdfCharts {

struct Series
{
    QString label;
    QColor color;
    QList<double> values; // one per category (bars) or per x (curves, with xs)
    QList<double> xs;
};

struct Reference
{
    QString label;
    QColor color;
    double value = 0;
    int category = -1; // across one category only; < 0: across the chart
};

struct Chart
{
    QString title;
    QString axis;
    QStringList categories;
    QList<Series> series;
    QList<Reference> references;
    double maximum = -1; // the value axis' top; < 0: from the values
    bool stacked = false;
};

void bars(QPainter& painter, const QRectF& rect, const Chart& chart);
// Series with xs: lines over a value x axis (the categories are ignored).
void curves(QPainter& painter, const QRectF& rect, const Chart& chart, const QString& xAxis);

} // namespace PdfCharts

} // namespace burgernet
