#pragma once

#include "app/core/Participant.h"
#include "app/core/Result.h"

#include <QDialog>
#include <QGeoCoordinate>
#include <QHash>
#include <QList>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace burgernet {

class ParticipantRecordService;
class ParticipantService;

// An administrator corrects one participant's record: numbers, e-mail, channels and the home
// and work address, checked by the importer's rules (an error names the field and marks it);
// pause, resume, unsubscribe or erase; show the addresses on the map. Every change goes through
// ParticipantRecordService / ParticipantService, which check the permission and record it
// before it takes effect.
class ParticipantEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // A seam, so that tests answer the questions before unsubscribing or erasing.
    using Confirmer = std::function<bool(const QString& question)>;

    ParticipantEditorDialog(ParticipantRecordService& records, ParticipantService& register_,
                            const Participant& participant, QWidget* parent = nullptr);

    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    const Participant& participant() const { return m_participant; }
    // The edit field of a column of the import format (csv::Column).
    QLineEdit* field(int column) const { return m_fields.value(column); }
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    bool save();
    bool pauseOrResume();
    bool unsubscribe();
    bool erase();
    bool showOnMap();

Q_SIGNALS:
    void changed(const burgernet::Participant& participant);
    void erased(const QString& pseudonym);
    void showOnMapRequested(const QList<QGeoCoordinate>& places, const QString& pseudonym);

private:
    void fill();
    void showError(const QString& message);
    bool apply(const Result<Participant>& result);

    ParticipantRecordService& m_records;
    ParticipantService& m_register;
    Participant m_participant;
    Confirmer m_confirm;
    QHash<int, QLineEdit*> m_fields;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_unsubscribe = nullptr;
};

} // namespace burgernet
