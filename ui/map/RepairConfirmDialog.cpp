#include "ui/map/RepairConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace burgernet {

AreaOutlineWidget::AreaOutlineWidget(GeoArea area, QWidget* parent)
    : QWidget(parent)
    , m_area(std::move(area))
{
    setObjectName(QStringLiteral("repairedOutline"));
    setMinimumSize(240, 180);
}

void AreaOutlineWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xf4, 0xf1, 0xea));
    if (m_area.kind() != GeoArea::Kind::Polygon)
        return;
    const GeoArea::Box box = m_area.boundingBox();
    // Longitude shortened by the cosine of the latitude, so the shape is not stretched.
    const double xScale = std::cos((box.south + box.north) / 2 * M_PI / 180);
    const double w = std::max(1e-9, (box.east - box.west) * xScale);
    const double h = std::max(1e-9, box.north - box.south);
    const QRectF target = QRectF(rect()).adjusted(12, 12, -12, -12);
    const double scale = std::min(target.width() / w, target.height() / h);
    const QPointF offset(target.center().x() - w * scale / 2, target.center().y() + h * scale / 2);
    auto toScreen = [&](const QGeoCoordinate& c) {
        return QPointF(offset.x() + (c.longitude() - box.west) * xScale * scale,
                       offset.y() - (c.latitude() - box.south) * scale);
    };
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const GeoPolygon& part : m_area.parts()) {
        QList<GeoRing> rings{part.outer};
        rings += part.holes;
        for (const GeoRing& ring : rings) {
            QPolygonF polygon;
            for (const QGeoCoordinate& c : ring)
                polygon << toScreen(c);
            if (!polygon.isEmpty())
                polygon << polygon.first();
            path.addPolygon(polygon);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor red(0xc8, 0x10, 0x2e);
    painter.setPen(QPen(red, 2));
    painter.setBrush(QColor(red.red(), red.green(), red.blue(), 60));
    painter.drawPath(path);
}

RepairConfirmDialog::RepairConfirmDialog(const GeoArea& repaired, const SelectionCount& count,
                                         const QString& text, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("repairConfirmDialog"));
    setWindowTitle(tr("Repaired area"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(text, this);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addWidget(new AreaOutlineWidget(repaired, this), 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("repairedCount"));
    m_count->setText(tr("Parts: %1. Participants inside the repaired area: %2.")
                         .arg(repaired.parts().size())
                         .arg(QLocale().toString(count.participants)));
    layout->addWidget(m_count);
    auto* buttons = new QDialogButtonBox(this);
    m_use = buttons->addButton(tr("Use the repaired area"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useRepairedArea"));
    m_edit = buttons->addButton(tr("Go on editing"), QDialogButtonBox::RejectRole);
    m_edit->setObjectName(QStringLiteral("goOnEditing"));
    m_edit->setDefault(true); // nothing changes by pressing Enter
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString RepairConfirmDialog::countText() const
{
    return m_count->text();
}

bool RepairConfirmDialog::ask(QWidget* parent, const GeoArea& repaired, const SelectionCount& count,
                              const QString& text)
{
    RepairConfirmDialog dialog(repaired, count, text, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace burgernet
