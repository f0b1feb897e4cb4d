#include "ui/review/ActionReportWindow.h"

#include "app/dispatch/ActionWords.h"
#include "app/services/ReviewService.h"
#include "ui/ModeIndicator.h"
#include "ui/review/ActionReportText.h"
#include "ui/review/DeliveryCurves.h"
#include "ui/review/ReplayPanel.h"

#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace burgernet {

ActionReportWindow::ActionReportWindow(ReviewService& review, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_review(review)
{
    setObjectName(QStringLiteral("actionReportWindow"));
    resize(1240, 760);
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("actionReportMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QSplitter(Qt::Vertical, split);
    m_text = new QTextBrowser(left);
    m_text->setObjectName(QStringLiteral("actionReportText"));
    m_text->setAccessibleName(tr("Report: timeline and figures"));
    m_curves = new DeliveryCurves(left);
    left->addWidget(m_text);
    left->addWidget(m_curves);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    m_replay = new ReplayPanel(split);
    split->addWidget(left);
    split->addWidget(m_replay);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_replay, &ReplayPanel::timeChanged, this, [this](const QDateTime& t) {
        const QDateTime sent = m_report.row.sentAt;
        m_curves->setCursorMinutes(sent.isValid() && t >= sent ? double(sent.msecsTo(t)) / 60000.0
                                                               : -1);
    });
}

bool ActionReportWindow::showReport(const ActionReport& report)
{
    m_report = report;
    const ReviewRow& r = report.row;
    setWindowTitle(
        tr("Action %1: %2 — report and replay").arg(r.id).arg(ActionWords::incident(r.incident)));
    m_text->setHtml(ActionReportText::html(report));
    m_curves->setReport(report);
    // Training reports look different, as everything of training does.
    setStyleSheet(r.mode == Mode::Training
                      ? QStringLiteral("QWidget#actionReportWindow { border: 4px solid %1; }")
                            .arg(ModeIndicator::modeColor(Mode::Training).name())
                      : QString());
    auto replay = m_review.replay(r.id);
    if (!replay) {
        m_message->setText(replay.errorMessage());
        m_message->show();
        m_replay->setData({});
        return false;
    }
    m_message->hide();
    m_replay->setData(std::move(replay).value());
    return true;
}

} // namespace burgernet
