#include "ui/training/DebriefDialog.h"

#include "app/training/DebriefReport.h"
#include "app/training/ExerciseRuns.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace burgernet {

namespace {
enum CorrectiveColumn { What, Owner, Due };
} // namespace

DebriefDialog::DebriefDialog(Debrief debrief, ExerciseRuns* runs, QWidget* parent)
    : QDialog(parent)
    , m_debrief(std::move(debrief))
    , m_runs(runs)
{
    setObjectName(QStringLiteral("debriefDialog"));
    setWindowTitle(tr("Debrief: %1").arg(m_debrief.title));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("debriefText"));

    auto* plan = new QGroupBox(tr("After-action: observations and corrective actions"), this);
    m_observations = new QPlainTextEdit(m_debrief.observations, plan);
    m_observations->setObjectName(QStringLiteral("debriefObservations"));
    m_observations->setPlaceholderText(
        tr("What the trainer saw besides the facts measured, for the discussion."));
    m_corrective = new QTableWidget(0, 3, plan);
    m_corrective->setObjectName(QStringLiteral("debriefCorrective"));
    m_corrective->setHorizontalHeaderLabels({tr("Corrective action"), tr("Owner"), tr("Date")});
    m_corrective->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    for (const CorrectiveAction& c : std::as_const(m_debrief.corrective))
        addCorrectiveRow(c);
    auto* addRow = new QPushButton(tr("Add action"), plan);
    connect(addRow, &QPushButton::clicked, this, [this] {
        addCorrectiveRow({{}, m_debrief.trainee, QDate::currentDate().addDays(30)});
    });
    auto* saveObs = new QPushButton(tr("Save observations"), plan);
    saveObs->setObjectName(QStringLiteral("saveObservationsButton"));
    saveObs->setEnabled(m_runs && m_debrief.runId);
    connect(saveObs, &QPushButton::clicked, this, [this] {
        if (auto saved = saveObservations(); !saved)
            QMessageBox::warning(this, tr("Debrief"), saved.errorMessage());
    });
    auto* planLayout = new QVBoxLayout(plan);
    planLayout->addWidget(new QLabel(tr("Observations:"), plan));
    planLayout->addWidget(m_observations);
    planLayout->addWidget(m_corrective);
    auto* planButtons = new QHBoxLayout;
    planButtons->addWidget(addRow);
    planButtons->addStretch(1);
    planButtons->addWidget(saveObs);
    planLayout->addLayout(planButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* pdf = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("exportDebriefPdfButton"));
    QPushButton* json = buttons->addButton(tr("Save as JSON…"), QDialogButtonBox::ActionRole);
    json->setObjectName(QStringLiteral("saveDebriefButton"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the debrief"), m_debrief.scenario + QStringLiteral(".debrief.pdf"),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            if (auto written = exportPdf(path); !written)
                QMessageBox::warning(this, tr("Debrief"), written.errorMessage());
    });
    connect(json, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the debrief"), m_debrief.scenario + QStringLiteral(".debrief.json"),
            tr("JSON (*.json)"));
        if (!path.isEmpty())
            if (auto written = exportJson(path); !written)
                QMessageBox::warning(this, tr("Debrief"), written.errorMessage());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(plan);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    refresh();
    resize(720, 760);
}

void DebriefDialog::addCorrectiveRow(const CorrectiveAction& action)
{
    const int row = m_corrective->rowCount();
    m_corrective->insertRow(row);
    m_corrective->setItem(row, What, new QTableWidgetItem(action.what));
    m_corrective->setItem(row, Owner, new QTableWidgetItem(action.owner));
    auto* due = new QDateEdit(action.due, m_corrective);
    due->setCalendarPopup(true);
    m_corrective->setCellWidget(row, Due, due);
}

void DebriefDialog::takeEdits()
{
    m_debrief.observations = m_observations->toPlainText().trimmed();
    m_debrief.corrective.clear();
    for (int row = 0; row < m_corrective->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_corrective->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(What).isEmpty())
            continue;
        const auto* due = qobject_cast<QDateEdit*>(m_corrective->cellWidget(row, Due));
        m_debrief.corrective << CorrectiveAction{text(What), text(Owner),
                                                 due ? due->date() : QDate()};
    }
}

void DebriefDialog::refresh()
{
    m_text->setHtml(DebriefReport::html(m_debrief));
}

Status DebriefDialog::saveObservations()
{
    takeEdits();
    if (!m_runs || !m_debrief.runId)
        return Error{tr("This run is not stored: its observations cannot be saved.")};
    if (auto saved = m_runs->observe(m_debrief.runId, m_debrief.observations, m_debrief.corrective);
        !saved)
        return saved;
    refresh();
    return {};
}

Status DebriefDialog::exportPdf(const QString& path)
{
    takeEdits();
    refresh();
    if (m_runs)
        if (auto recorded = m_runs->recordExport(m_debrief, QStringLiteral("pdf"), path); !recorded)
            return recorded;
    return DebriefPdf::write(m_debrief, path);
}

Status DebriefDialog::exportJson(const QString& path)
{
    takeEdits();
    if (m_runs)
        if (auto recorded = m_runs->recordExport(m_debrief, QStringLiteral("json"), path);
            !recorded)
            return recorded;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(m_debrief.toJson()).toJson()) < 0)
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace burgernet
