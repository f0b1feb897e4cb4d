#include "ui/participants/RegisterTransfers.h"

#include "app/services/AuditService.h"
#include "app/storage/Database.h"
#include "ui/participants/ImportDialog.h"
#include "ui/participants/RegisterTransferJob.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

namespace burgernet {

RegisterTransfers::RegisterTransfers(ConsoleServices services, QWidget* window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
{}

ImportDialog* RegisterTransfers::openImportDialog()
{
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_services.database.spec(), m_services.audit.log(),
                                          m_services.audit.session(), m_window);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importDialog, &ImportDialog::imported, this, &RegisterTransfers::registerChanged);
    }
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
    return m_importDialog;
}

bool RegisterTransfers::exportToFile()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export participants"), QDir::homePath() + QStringLiteral("/participants.csv"),
        tr("CSV files (*.csv)"));
    return !path.isEmpty() && exportTo(path);
}

bool RegisterTransfers::exportTo(const QString& path)
{
    QThread thread;
    thread.setObjectName(QStringLiteral("register-export"));
    auto* job =
        new RegisterTransferJob(RegisterTransferJob::Kind::Export, m_services.database.spec(),
                                m_services.audit.log(), m_services.audit.session(), path);
    job->moveToThread(&thread);
    connect(&thread, &QThread::finished, job, &QObject::deleteLater);

    QProgressDialog progress(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), QString(), 0, 0,
                             m_window);
    progress.setWindowTitle(tr("Export participants"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    bool ok = false;
    qint64 written = 0;
    QString error;
    connect(job, &RegisterTransferJob::finished, &loop,
            [&](bool success, const ImportSummary& summary, const QString& message) {
                ok = success;
                written = summary.rowsRead;
                error = message;
                loop.quit();
            });
    thread.start();
    QMetaObject::invokeMethod(job, &RegisterTransferJob::run, Qt::QueuedConnection);
    progress.setValue(0);
    loop.exec(); // the window repaints meanwhile; the export cannot be cancelled halfway
    thread.quit();
    thread.wait();
    if (!ok) {
        Q_EMIT failed(error);
        if (m_window && m_window->isVisible())
            QMessageBox::warning(m_window, tr("Export participants"), error);
        return false;
    }
    Q_EMIT exported(written, path);
    return true;
}

} // namespace burgernet
