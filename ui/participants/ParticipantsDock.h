#pragma once

#include "app/core/Participant.h"
#include "app/services/ParticipantRecordService.h"
#include "app/services/ParticipantService.h"

#include <QGeoCoordinate>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace burgernet {

class AuditService;
class Database;
class ParticipantEditorDialog;
class ParticipantTableModel;

// The participant register for the control room: search, sort, restrict to the drawn area, and
// open one participant's details. Opening goes through ParticipantService: recorded in the audit
// log (with the pseudonym) before anything is shown, and refused without
// Permission::ViewParticipantDetails; a search is recorded with its
// number of matches only, since what was searched for can be personal data.
class ParticipantsDock : public QWidget
{
    Q_OBJECT

public:
    // Seams, so that tests never block on a dialog.
    using MessageReporter = std::function<void(const QString& message)>;
    using DetailsPresenter = std::function<void(const Participant& participant)>;
    static constexpr int SearchDelayMs = 250;

    ParticipantsDock(Database& db, AuditService& audit, QWidget* parent = nullptr);

    void setMessageReporter(MessageReporter reporter);
    void setDetailsPresenter(DetailsPresenter presenter);

    ParticipantTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

public slots:
    // The register ids inside the drawn area, or nullopt when no area is drawn. Enables the
    // "only the drawn area" filter, and applies the new area at once when it is on.
    void setArea(std::optional<std::vector<qint64>> ids);
    // Applies the search field now instead of after the typing pause.
    void applySearch();
    // Opens the current row's details. Returns false when refused or failed (reported).
    bool openDetails();
    // Opens the current row in the editor (EditParticipants; the opening is recorded): the
    // dialog, shown non-modally, or null when refused or failed (reported).
    ParticipantEditorDialog* openEditor();
    // Shows the current row's addresses on the map (ViewParticipantDetails; recorded).
    bool showOnMap();
    void refresh();

signals:
    void searched(qint64 matches);
    void detailsOpened(const QString& pseudonym);
    void detailsDenied(const QString& pseudonym);
    // The dock changed the register (an edit, a status, an erasure): the index and map follow.
    void registerChanged();
    void showOnMapRequested(const QList<QGeoCoordinate>& places, const QString& pseudonym);

private:
    void showCount(qint64 count, bool exact);
    void recordSearch(qint64 matches, bool exact);
    void updateActions();
    void report(const QString& message);

    AuditService& m_audit;
    QString m_registerId;
    ParticipantTableModel* m_model = nullptr;
    std::optional<std::vector<qint64>> m_area;
    ParticipantService m_service;       // opening details: the permission check and its record
    ParticipantRecordService m_records; // editing one record
    MessageReporter m_reporter;
    DetailsPresenter m_presenter;
    QTimer m_searchTimer;

    QLineEdit* m_search = nullptr;
    QCheckBox* m_areaOnly = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_status = nullptr;
    bool m_searchToRecord = false;
    QPushButton* m_details = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_showOnMap = nullptr;
};

} // namespace burgernet
