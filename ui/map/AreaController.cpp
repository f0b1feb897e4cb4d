#include "ui/map/AreaController.h"

#include "app/core/Clock.h"
#include "app/geo/AreaGeometry.h"
#include "app/services/AreaCountService.h"
#include "app/services/SelectionService.h"

#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

namespace burgernet {

namespace {

// One change of the alert area: undo puts the previous one back.
class SetAreaCommand : public QUndoCommand
{
public:
    SetAreaCommand(AreaController& controller, GeoArea before, GeoArea after, const QString& text)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void undo() override { m_controller.applyArea(m_before); }
    void redo() override { m_controller.applyArea(m_after); }

private:
    AreaController& m_controller;
    GeoArea m_before;
    GeoArea m_after;
};

} // namespace

AreaController::AreaController(const SelectionService& selection, QUndoStack& undoStack,
                               const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_selection(selection)
    , m_undoStack(undoStack)
    , m_clock(clock)
{}

void AreaController::setPreview(const GeoArea& preview)
{
    m_preview = preview;
    recount();
    Q_EMIT previewChanged();
}

void AreaController::clearPreview()
{
    if (m_preview.isEmpty())
        return;
    m_preview = GeoArea();
    recount();
    Q_EMIT previewChanged();
}

bool AreaController::commit(const GeoArea& area, const QString& text)
{
    m_declinedRepair = false;
    auto checked = AreaGeometry::validated(area);
    if (checked && checked->needsConfirmation() && m_confirmRepair) {
        // The dispatcher sees the repaired outline and its count before it becomes the area.
        const SelectionCount repairedCount = m_selection.count(checked->area, countMoment());
        if (!m_confirmRepair(checked->area, repairedCount, checked->message)) {
            m_declinedRepair = true;
            Q_EMIT message(tr("The repaired area was not used: go on editing the outline."));
            return false;
        }
    }
    m_preview = GeoArea();
    Q_EMIT previewChanged();
    if (!checked) {
        recount();
        Q_EMIT message(checked.errorMessage());
        return false;
    }
    if (checked->repaired)
        Q_EMIT message(checked->message);
    m_undoStack.push(new SetAreaCommand(*this, m_area, checked->area, text));
    if (exceedsThreshold())
        Q_EMIT message(tr("%1 participants are inside the area, more than the %2 at which the "
                          "console warns. Check the area before use.")
                           .arg(QLocale().toString(m_count.participants))
                           .arg(QLocale().toString(m_threshold)));
    return true;
}

void AreaController::clear()
{
    if (m_area.isEmpty())
        return;
    m_undoStack.push(new SetAreaCommand(*this, m_area, GeoArea(), tr("Remove area")));
}

void AreaController::setWarningThreshold(qint64 participants)
{
    m_threshold = participants;
}

void AreaController::setIncident(const QGeoCoordinate& coordinate)
{
    m_incident = coordinate;
    Q_EMIT incidentChanged(coordinate);
}

void AreaController::addTip(qint64 actionId, const QGeoCoordinate& at, const QDateTime& time,
                            bool useful)
{
    if (!at.isValid())
        return;
    m_tips.append({actionId, at, time, useful});
    Q_EMIT tipsChanged();
}

void AreaController::setTips(const QList<Tip>& tips)
{
    m_tips.clear();
    for (const Tip& tip : tips)
        if (tip.at.isValid())
            m_tips << tip;
    Q_EMIT tipsChanged();
}

void AreaController::clearTips()
{
    m_tips.clear();
    Q_EMIT tipsChanged();
}

void AreaController::applyArea(const GeoArea& area)
{
    m_area = area;
    recount();
    Q_EMIT alertAreaChanged(m_area);
}

QString AreaController::bubbleText() const
{
    if (!m_countRefusal.isEmpty())
        return tr("Not counted: outside what your role or municipality may reach");
    return tr("%1 participants").arg(QLocale().toString(m_count.participants));
}

bool AreaController::countKnown() const
{
    return m_selection.isLoaded();
}

void AreaController::setCounter(const AreaCountService* counter)
{
    m_counter = counter;
    recount();
}

void AreaController::setCountAt(const QDateTime& at)
{
    if (at == m_countAt)
        return;
    m_countAt = at;
    recount();
}

QDateTime AreaController::countMoment() const
{
    return m_countAt.isValid() ? m_countAt : m_clock.nowUtc();
}

void AreaController::recount()
{
    const GeoArea& counted = m_preview.isEmpty() ? m_area : m_preview;
    m_count = {};
    m_countRefusal.clear();
    if (!counted.isEmpty() && m_counter) {
        auto live = m_counter->liveCount(counted, countMoment());
        if (live)
            m_count = *live;
        else
            m_countRefusal = live.errorMessage();
    } else if (!counted.isEmpty()) {
        m_count = m_selection.count(counted, countMoment());
    }
    Q_EMIT countChanged(m_count, !m_preview.isEmpty());
}

} // namespace burgernet
