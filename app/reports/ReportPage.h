#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

class QIODevice;

namespace burgernet {

// A PDF written top to bottom on A4: headings, paragraphs, two-column tables, pictures and
// painted blocks (charts), with a new page when the next one would not fit and a footer on
// every page. QtGui only.
class ReportPage
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ReportPage)

public:
    ReportPage(QIODevice& device, const QString& title, const QString& footer,
               const QColor& accent);
    ~ReportPage();

    bool ok() const { return m_painter.isActive(); }
    double width() const { return m_width; }
    double remaining() const { return m_bottom - m_y; }

    void heading(const QString& text, const QColor& color = Qt::black, double points = 16);
    void paragraph(const QString& text, const QColor& color = Qt::black);
    void table(const QList<QStringList>& rows, const QList<double>& columns, bool header);
    void image(const QImage& image, double height);
    // A block of `height` painted by `paint` in its rectangle.
    void block(double height, const std::function<void(QPainter&, const QRectF&)>& paint);
    // Blocks side by side in one row.
    void row(double height, const QList<std::function<void(QPainter&, const QRectF&)>>& cells);
    void space(double lines = 0.6);
    void newPage();
    // The height of one line of body text.
    double line() const;

private:
    void ensure(double height);
    void footer();

    QPdfWriter m_writer;
    QPainter m_painter;
    QString m_footer;
    QColor m_accent;
    QFont m_body;
    double m_width = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 1;
};

} // namespace burgernet
