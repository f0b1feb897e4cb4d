#pragma once

#include "app/geo/GeoArea.h"
#include "app/geo/ParticipantIndex.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QObject>

#include <functional>

class QUndoStack;

namespace burgernet {

class AreaCountService;
class Clock;
class SelectionService;

// The alert area being drawn and the one in use, with their participant counts. Tools hand it
// previews while drawing (counted on every mouse move from the in-memory index) and commit
// finished areas, which are checked (GEOS) and pushed on the window's undo stack. The dispatch
// panel listens to alertAreaChanged(). Drawing is not recorded in the audit log: the area is
// recorded with the action that uses it.
class AreaController : public QObject
{
    Q_OBJECT
public:
    AreaController(const SelectionService& selection, QUndoStack& undoStack, const Clock& clock,
                   QObject* parent = nullptr);

    const GeoArea& area() const { return m_area; }
    const GeoArea& preview() const { return m_preview; }
    bool isDrawing() const { return !m_preview.isEmpty(); }
    // The count of the preview while drawing, else of the area.
    const SelectionCount& count() const { return m_count; }
    // False while the participant index is still loading: the count is not known yet.
    bool countKnown() const;
    // Why the area may not be counted for this user (a municipal editor's area outside their
    // municipality), or empty. The count is then zero.
    const QString& countRefusal() const { return m_countRefusal; }
    // The area's label on the map: its count, or that it may not be counted (the reason is in
    // countRefusal) so that a zero is never read as an empty area.
    QString bubbleText() const;
    bool bubbleWarns() const { return exceedsThreshold() || !m_countRefusal.isEmpty(); }
    // The window counts through the service's rules; unset (tests of the tools alone), the
    // index is asked directly.
    void setCounter(const AreaCountService* counter);
    QUndoStack& undoStack() const { return m_undoStack; }

    void setPreview(const GeoArea& preview);
    void clearPreview();
    // Checks the area, repairs a self-intersecting polygon (saying so through message()) and
    // makes it the alert area as one undoable step named `text`. False when it is refused, or
    // when the dispatcher declined a repair (declinedRepair()): then the drawing goes on.
    bool commit(const GeoArea& area, const QString& text);
    bool declinedRepair() const { return m_declinedRepair; }

    // Asked when a repair changes the area by more than 1 %: the repaired area, its count and
    // what was done. True: use it; false: go on editing. Unset, a repair is used as it is.
    using RepairConfirmer = std::function<bool(const GeoArea& repaired, const SelectionCount& count,
                                               const QString& text)>;
    void setRepairConfirmer(RepairConfirmer confirmer) { m_confirmRepair = std::move(confirmer); }
    void clear();

    // Areas with more participants than this warn before use (settings: map/participantWarning).
    void setWarningThreshold(qint64 participants);
    qint64 warningThreshold() const { return m_threshold; }
    bool exceedsThreshold() const { return m_count.participants > m_threshold; }

    QGeoCoordinate incident() const { return m_incident; }
    void setIncident(const QGeoCoordinate& coordinate);

    // Call-back tips of actions with a place: drawn on the map (TipLayer) until cleared.
    struct Tip
    {
        qint64 actionId = 0;
        QGeoCoordinate at;
        QDateTime time; // when the call came in; invalid: not shown
        bool useful = false;
    };
    void addTip(qint64 actionId, const QGeoCoordinate& at, const QDateTime& time = {},
                bool useful = false);
    // Replaces every tip shown (those without a place are left out).
    void setTips(const QList<Tip>& tips);
    void clearTips();
    const QList<Tip>& tips() const { return m_tips; }

    // The moment whose registered hours count (invalid: now). A scheduled notice is counted at
    // its send time.
    void setCountAt(const QDateTime& at);
    const QDateTime& countAt() const { return m_countAt; }

    // Counts again (after the participant index was rebuilt).
    void refreshCount() { recount(); }

    // For the undo commands only: makes `area` current without a new undo step.
    void applyArea(const GeoArea& area);

Q_SIGNALS:
    void alertAreaChanged(const burgernet::GeoArea& area);
    void previewChanged();
    void countChanged(const burgernet::SelectionCount& count, bool preview);
    void message(const QString& text);
    void incidentChanged(const QGeoCoordinate& coordinate);
    void tipsChanged();

private:
    void recount();
    QDateTime countMoment() const;

    const SelectionService& m_selection;
    QUndoStack& m_undoStack;
    const Clock& m_clock;
    GeoArea m_area;
    GeoArea m_preview;
    SelectionCount m_count;
    QString m_countRefusal;
    const AreaCountService* m_counter = nullptr;
    qint64 m_threshold = 50000;
    QGeoCoordinate m_incident;
    QList<Tip> m_tips;
    RepairConfirmer m_confirmRepair;
    bool m_declinedRepair = false;
    QDateTime m_countAt;
};

} // namespace burgernet
