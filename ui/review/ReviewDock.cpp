#include "ui/review/ReviewDock.h"

#include "app/dispatch/ActionWords.h"
#include "app/register/PlaceTable.h"
#include "app/reports/ReviewPdf.h"
#include "app/services/ReviewService.h"
#include "ui/ModeIndicator.h"
#include "ui/dispatch/ActionTableModel.h"
#include "ui/review/ActionReportText.h"
#include "ui/review/ActionReportWindow.h"
#include "ui/review/ReviewTableModel.h"
#include "ui/review/StatisticsDashboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace burgernet {

ReviewDock::ReviewDock(ReviewService& review, Mode sessionMode, QWidget* parent)
    : QWidget(parent)
    , m_review(review)
    , m_sessionMode(sessionMode)
{
    setObjectName(QStringLiteral("reviewDock"));
    m_chooseFile = [this](const QString& suggested) {
        const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        return QFileDialog::getSaveFileName(this, tr("Export the actions overview"),
                                            documents.filePath(suggested), tr("CSV files (*.csv)"));
    };
    m_choosePdf = [this](const QString& suggested) {
        const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        return QFileDialog::getSaveFileName(this, tr("Export the action's report"),
                                            documents.filePath(suggested), tr("PDF files (*.pdf)"));
    };
    build();
}

void ReviewDock::build()
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("reviewFrom"));
    m_from->setAccessibleName(tr("Period from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("reviewTo"));
    m_to->setAccessibleName(tr("Period to"));
    m_to->setCalendarPopup(true);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("reviewType"));
    m_type->addItem(tr("All types"));
    for (IncidentType t : allIncidentTypes())
        m_type->addItem(ActionWords::incident(t), enumId(t));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("reviewOutcome"));
    m_outcome->addItem(tr("All outcomes"));
    for (Outcome o : allOutcomes())
        m_outcome->addItem(ActionWords::outcome(o), enumId(o));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reviewKind"));
    m_kind->addItem(tr("Urgent and notices"));
    m_kind->addItem(tr("Urgent"), enumId(ActionKind::Urgent));
    m_kind->addItem(tr("Notices"), enumId(ActionKind::Notice));
    m_dispatcher = new QLineEdit(this);
    m_dispatcher->setObjectName(QStringLiteral("reviewDispatcher"));
    m_dispatcher->setPlaceholderText(tr("Dispatcher"));
    m_dispatcher->setAccessibleName(m_dispatcher->placeholderText());
    m_workstation = new QLineEdit(this);
    m_workstation->setObjectName(QStringLiteral("reviewWorkstation"));
    m_workstation->setPlaceholderText(tr("Workstation"));
    m_workstation->setAccessibleName(m_workstation->placeholderText());
    m_training = new QCheckBox(tr("Training results"), this);
    m_training->setObjectName(QStringLiteral("reviewTraining"));
    // In a training session every result is a training one; live ones are never mixed in.
    m_training->setChecked(m_sessionMode == Mode::Training);
    m_training->setEnabled(m_sessionMode == Mode::Live);
    m_training->setStyleSheet(QStringLiteral("QCheckBox { color: %1; }")
                                  .arg(ModeIndicator::modeColor(Mode::Training).name()));
    m_refresh = new QPushButton(tr("Show"), this);
    m_refresh->setObjectName(QStringLiteral("reviewRefresh"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("reviewExport"));
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_type);
    filters->addWidget(m_outcome);
    filters->addWidget(m_kind);
    filters->addWidget(m_dispatcher);
    filters->addWidget(m_workstation);
    filters->addWidget(m_training);
    filters->addWidget(m_refresh);
    filters->addWidget(m_export);
    m_statistics = new QPushButton(tr("Statistics…"), this);
    m_statistics->setObjectName(QStringLiteral("reviewStatistics"));
    filters->addWidget(m_statistics);
    m_actionPdf = new QPushButton(tr("Action PDF…"), this);
    m_actionPdf->setObjectName(QStringLiteral("reviewActionPdf"));
    m_actionPdf->setToolTip(tr("The selected action's report as PDF: map, figures, timeline."));
    filters->addWidget(m_actionPdf);
    filters->addStretch();
    layout->addLayout(filters);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("reviewFigures"));
    m_figures->setWordWrap(true);
    layout->addWidget(m_figures);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_model = new ReviewTableModel(this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("Actions of the period"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_report = new QTextBrowser(split);
    m_report->setObjectName(QStringLiteral("reviewReport"));
    m_report->setAccessibleName(tr("The selected action's report"));
    split->addWidget(m_table);
    split->addWidget(m_report);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ReviewDock::refresh);
    connect(m_export, &QPushButton::clicked, this, [this] { (void)exportCsv(); });
    connect(m_statistics, &QPushButton::clicked, this, [this] { (void)openStatistics(); });
    connect(m_actionPdf, &QPushButton::clicked, this, [this] { (void)exportActionPdf(); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const ReviewRow* r = m_model->rowAt(index))
            (void)openReport(r->id);
    });
}

ReviewFilter ReviewDock::filter() const
{
    ReviewFilter f;
    f.from = QDateTime(m_from->date(), QTime(0, 0));
    f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0));
    f.mode = m_training->isChecked() ? Mode::Training : Mode::Live;
    if (m_type->currentIndex() > 0)
        f.incident = enumFromId<IncidentType>(m_type->currentData().toString());
    if (m_outcome->currentIndex() > 0)
        f.outcome = enumFromId<Outcome>(m_outcome->currentData().toString());
    if (m_kind->currentIndex() > 0)
        f.kind = enumFromId<ActionKind>(m_kind->currentData().toString());
    f.dispatcher = m_dispatcher->text().trimmed();
    f.workstation = m_workstation->text().trimmed();
    return f;
}

void ReviewDock::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReviewDock::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The last month at once when the dock is first opened; reading is recorded, so not before.
    if (!m_readOnce)
        refresh();
}

void ReviewDock::refresh()
{
    m_readOnce = true;
    const ReviewFilter f = filter();
    auto rows = m_review.overview(f);
    if (!rows) {
        showMessage(rows.errorMessage());
        return;
    }
    m_model->setRows(std::move(rows).value());
    m_table->resizeColumnsToContents();
    auto stats = m_review.stats(f);
    if (!stats) {
        showMessage(stats.errorMessage());
        return;
    }
    showMessage(QString());
    const QLocale locale;
    m_figures->setText(
        tr("%1 actions; of %2 closed: %3 % direct success, %4 % useful information; closing "
           "message on time %5 %; %6 tips (%7 useful).")
            .arg(stats->actions)
            .arg(stats->success.closed)
            .arg(locale.toString(stats->success.directPercent(), 'f', 1),
                 locale.toString(stats->success.indirectPercent(), 'f', 1),
                 locale.toString(stats->closingOnTimePercent(), 'f', 1))
            .arg(stats->tips)
            .arg(stats->usefulTips));
    m_figures->setStyleSheet(
        f.mode == Mode::Training
            ? QStringLiteral("color: %1;").arg(ModeIndicator::modeColor(Mode::Training).name())
            : QString());
}

bool ReviewDock::openReport(qint64 actionId)
{
    auto report = m_review.action(actionId);
    if (!report) {
        showMessage(report.errorMessage());
        return false;
    }
    showMessage(QString());
    m_report->setHtml(ActionReportText::html(*report));
    const int row = m_model->rowOf(actionId);
    if (row >= 0)
        m_table->selectRow(row);
    // The whole report with its curves and the replay in a window of its own, reused.
    if (!m_reportWindow)
        m_reportWindow = new ActionReportWindow(m_review, this);
    (void)m_reportWindow->showReport(*report);
    m_reportWindow->show();
    m_reportWindow->raise();
    return true;
}

QString ReviewDock::exportActionPdf()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const ReviewRow* row = selected.isEmpty() ? nullptr : m_model->rowAt(selected.first());
    if (!row) {
        showMessage(tr("Select an action first."));
        return QString();
    }
    const qint64 id = row->id;
    const QString path = m_choosePdf(QStringLiteral("burgernet-actie-%1.pdf").arg(id));
    if (path.isEmpty())
        return QString();
    // The places only name the map's surroundings; a report without them is still a report.
    auto places = PlaceTable::load();
    const PlaceTable* table = places ? &*places : nullptr;
    auto written = m_review.exportAction(id, path, QStringLiteral("pdf"),
                                         [table](const ActionReport& r, QIODevice& device) {
                                             return ReviewPdf::writeAction(r, table, device);
                                         });
    if (!written) {
        showMessage(written.errorMessage());
        return QString();
    }
    showMessage(
        tr("Action %1's report written to %2.").arg(id).arg(QDir::toNativeSeparators(path)));
    return path;
}

StatisticsDashboard* ReviewDock::openStatistics()
{
    if (!m_dashboard) {
        m_dashboard = new StatisticsDashboard(m_review, m_sessionMode, this);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->resize(1280, 820);
    }
    m_dashboard->setFilter(filter());
    m_dashboard->show();
    m_dashboard->raise();
    (void)m_dashboard->refresh();
    return m_dashboard;
}

qint64 ReviewDock::exportCsv()
{
    const ReviewFilter f = filter();
    const QString suggested =
        QStringLiteral("burgernet-acties-%1-%2.csv")
            .arg(f.from.date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    const QString path = m_chooseFile(suggested);
    if (path.isEmpty())
        return -1;
    auto written = m_review.exportOverviewCsv(f, path);
    if (!written) {
        showMessage(written.errorMessage());
        return -1;
    }
    showMessage(tr("%1 actions written to %2.").arg(*written).arg(QDir::toNativeSeparators(path)));
    return *written;
}

} // namespace burgernet
