#pragma once

#include "app/core/DatabaseSpec.h"
#include "app/core/Session.h"
#include "app/register/ParticipantCsv.h"

#include <QDialog>
#include <QThread>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace burgernet {

class AuditLog;
class RegisterTransferJob;

// Imports a registration export (CSV) into the register: choose the file, watch the progress,
// cancel (the register stays as it was), read the summary and the report of rejected rows.
// The import itself runs on a worker thread through ParticipantService.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(DatabaseSpec spec, AuditLog& log, Session session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);
    // Starts the import of the chosen file; false (with the reason shown) when it cannot start.
    bool start();
    bool isRunning() const { return m_job != nullptr; }
    // "report next to the file": name-report.csv
    static QString defaultReportPath(const QString& csvPath);

    Q_SIGNAL void imported(const burgernet::ImportSummary& summary);
    Q_SIGNAL void done(bool ok);

    // Close; while importing, cancel first and close once the worker has stopped.
    void reject() override;

private:
    void browse();
    void showProgress(qint64 done, qint64 total);
    void finish(bool ok, const ImportSummary& summary, const QString& error);
    void updateButtons();

    DatabaseSpec m_spec;
    AuditLog& m_log;
    Session m_session;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_report = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QThread m_thread;
    RegisterTransferJob* m_job = nullptr; // on m_thread while an import runs
    bool m_closeWhenDone = false;
};

} // namespace burgernet
