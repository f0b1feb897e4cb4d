#include "ui/participants/ImportDialog.h"

#include "ui/participants/RegisterTransferJob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace burgernet {

ImportDialog::ImportDialog(DatabaseSpec spec, AuditLog& log, Session session, QWidget* parent)
    : QDialog(parent)
    , m_spec(std::move(spec))
    , m_log(log)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import participants"));
    m_thread.setObjectName(QStringLiteral("register-import"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("A CSV export of the registration system"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_report = new QLineEdit(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setPlaceholderText(tr("Rejected rows and warnings go here"));

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Report:"), m_report);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_summary = new QLabel(tr("Every row is checked; valid rows are imported in one go, rejected "
                              "rows are listed in the report with their line number and reason."),
                           this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, [this](const QString& path) {
        if (!isRunning())
            m_report->setText(path.isEmpty() ? QString() : defaultReportPath(path));
        updateButtons();
    });
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    if (m_job)
        m_job->cancel();
    m_thread.quit();
    m_thread.wait();
}

QString ImportDialog::defaultReportPath(const QString& csvPath)
{
    const QFileInfo info(csvPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-report.csv"));
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import participants"),
                                                      QFileInfo(m_file->text()).path(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportDialog::start()
{
    if (isRunning())
        return false;
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!QFileInfo(file).isFile()) {
        m_summary->setText(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(file)));
        return false;
    }
    const QString report = QDir::fromNativeSeparators(m_report->text().trimmed());
    m_job = new RegisterTransferJob(RegisterTransferJob::Kind::Import, m_spec, m_log, m_session,
                                    file, report);
    m_job->moveToThread(&m_thread);
    connect(m_job, &RegisterTransferJob::progressed, this, &ImportDialog::showProgress);
    connect(m_job, &RegisterTransferJob::finished, this, &ImportDialog::finish);
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_job, &RegisterTransferJob::run, Qt::QueuedConnection);
    m_progress->setRange(0, 0); // reading the file: no total yet
    m_summary->setText(tr("Reading and checking %1…").arg(QFileInfo(file).fileName()));
    updateButtons();
    return true;
}

void ImportDialog::showProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(1000 * done / total));
    const QLocale locale;
    m_summary->setText(
        tr("Checked %1 of %2 rows…").arg(locale.toString(done), locale.toString(total)));
}

void ImportDialog::finish(bool ok, const ImportSummary& summary, const QString& error)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->setRange(0, 1000);
    const QLocale locale;
    if (!ok) {
        m_progress->setValue(0);
        m_summary->setText(error);
    } else {
        m_progress->setValue(1000);
        QString text =
            tr("%1 rows: %2 imported (%3 updated), %4 rejected")
                .arg(locale.toString(summary.rowsRead), locale.toString(summary.imported()),
                     locale.toString(summary.updated), locale.toString(summary.rejected));
        if (summary.warnings > 0)
            text += tr(", %1 warnings").arg(locale.toString(summary.warnings));
        if ((summary.rejected > 0 || summary.warnings > 0) && !m_report->text().isEmpty())
            text += tr(" — see %1").arg(m_report->text());
        m_summary->setText(text);
        if (summary.imported() > 0)
            Q_EMIT imported(summary);
    }
    updateButtons();
    Q_EMIT done(ok);
    if (m_closeWhenDone)
        QDialog::reject();
}

void ImportDialog::reject()
{
    if (!isRunning()) {
        QDialog::reject();
        return;
    }
    // Closing while importing cancels first: the register is left as it was.
    m_job->cancel();
    m_closeWhenDone = true;
    m_summary->setText(tr("Cancelling…"));
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    m_import->setEnabled(!running && !m_file->text().trimmed().isEmpty());
    m_file->setEnabled(!running);
    m_report->setEnabled(!running);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
}

} // namespace burgernet
