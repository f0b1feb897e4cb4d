#pragma once

#include "app/audit/AuditQuery.h"
#include "app/core/Result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace burgernet {

class AuditService;
class AuditTableModel;

// The supervisors' review of the workstation's audit log: filter, read a record and the
// timeline of one Burgernet action, verify the chain, export CSV or PDF. Every search,
// verification and export goes through AuditService, which records it. The dock only reads.
class AuditDock : public QWidget
{
    Q_OBJECT

public:
    // Seams so that tests never open a dialog: a chooser returns a file name, or an empty
    // string when the user cancels; a reporter shows an error.
    using FileChooser = std::function<QString(const QString& title, const QString& suggestedName,
                                              const QString& filter)>;
    using ErrorReporter = std::function<void(const QString& message)>;

    explicit AuditDock(AuditService& service, QWidget* parent = nullptr);
    ~AuditDock() override;

    void setFileChooser(FileChooser chooser);
    // The table's column widths and order, kept in the user's settings by the window.
    QByteArray headerState() const;
    bool restoreHeaderState(const QByteArray& state);
    QTableView* table() const { return m_table; }
    void setErrorReporter(ErrorReporter reporter);

    AuditTableModel* model() const { return m_model; }
    // What the filter bar says now (not yet applied).
    AuditFilter filterFromControls() const;
    void setFilterControls(const AuditFilter& filter);

    // The dock's commands, also bound to its buttons. Each returns false after reporting an error
    // or when the user cancelled.
    bool apply();
    bool reset();
    bool verify();
    bool exportCsv();
    bool exportPdf();
    bool showTimeline(); // of the selected record's Burgernet action
    void reloadChoices();

signals:
    void searched(qint64 matches);
    void verified(bool intact);
    void exported(const QString& format, const QString& path, qint64 records);

private:
    void buildFilterBar(QGridLayout* grid);
    void showFilter(const AuditFilter& filter);
    void showRecord(const QModelIndex& current);
    bool exportTo(const QString& format, const QString& title, const QString& fileFilter,
                  const std::function<Result<qint64>(const QString&)>& write);
    void report(const QString& message);

    AuditService& m_service;
    std::unique_ptr<AuditQuery> m_query;
    AuditTableModel* m_model = nullptr;
    FileChooser m_fileChooser;
    ErrorReporter m_errorReporter;

    QCheckBox* m_fromCheck = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QComboBox* m_actor = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_objectType = nullptr;
    QLineEdit* m_objectId = nullptr;
    QLineEdit* m_actionId = nullptr;
    QComboBox* m_mode = nullptr; // live or training: one at a time, never mixed
    QPushButton* m_apply = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPushButton* m_timeline = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QLabel* m_verifyStatus = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace burgernet
