#pragma once

#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/ChannelCatalog.h"
#include "app/geo/GeoArea.h"
#include "app/services/DispatchPlan.h"
#include "ui/dispatch/ActionStep.h"

#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace burgernet {

class ActionTableModel;
class ActionTimeline;
class ActionWorkflow;
class ChannelProgressBar;
class Clock;
class DispatchJobs;
class DispatchProgress;
class OutboxDecisions;
class Settings;
class TipService;
class TipsPanel;

// The questions the dock asks; tests answer them without dialogs.
struct ActionPrompts
{
    std::function<std::optional<QString>(QWidget*, const QString& title, const QString& label)>
        text;
    std::function<std::optional<std::pair<Outcome, QString>>(QWidget*)> outcome;
    // Returns true for `yes`, false for `no`, nullopt when the user backed out.
    std::function<std::optional<bool>(QWidget*, const QString& title, const QString& question,
                                      const QString& yes, const QString& no)>
        choice;
    // The plan of an approval, update, closing message or cancellation, as the dispatcher
    // confirms it (the confirmation dialog).
    std::function<std::optional<Confirmation>(QWidget*, const DispatchPlan&)> confirm;
    // The approval view of an action waiting for approval: approve, or send back with the
    // reason (nullopt: closed without an answer).
    enum class Review { Approve, Reject };
    std::function<std::optional<std::pair<Review, QString>>(QWidget*, const DispatchPlan&,
                                                            const Action&)>
        review;
    std::function<void(QWidget*, const QString& title, const QString& text)> warn;
    static ActionPrompts dialogs(const ChannelCatalog& catalog);
};

// Running and finished actions with their state, per-channel progress (every state apart, in
// its own colour, and the time to finish from the measured rate) and what can be done next:
// approve, retry the failed ones, decide on uncertain or stale messages, update, close, cancel,
// log a tip. Approvals, updates, closing messages and cancellations go through the same plan
// and confirmation as the first alert.
class ActionsDock : public QWidget
{
    Q_OBJECT
public:
    ActionsDock(ActionWorkflow& workflow, DispatchProgress& progress, OutboxDecisions& decisions,
                DispatchJobs& jobs, const Clock& clock, Settings& settings,
                QWidget* parent = nullptr);

    void setPrompts(ActionPrompts prompts) { m_prompts = std::move(prompts); }
    ActionTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    qint64 currentActionId() const;
    void selectAction(qint64 id);
    QString progressText() const;
    QString reminderText() const;
    // What the author reads when an approver sent the action back (empty otherwise).
    QString sentBackText() const;
    QPushButton* button(ActionStep step) const;
    QList<ChannelProgressBar*> progressBars() const;
    // The Tips and Timeline tabs next to the progress; without them "Log tip…" asks in dialogs.
    void setTipService(TipService& tips);
    TipsPanel* tipsPanel() const { return m_tipsPanel; }
    ActionTimeline* timeline() const { return m_timeline; }
    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    void refresh();
    // The area now drawn on the map: an update can grow the selected action's area to it.
    void setAlertArea(const burgernet::GeoArea& area) { m_latestArea = area; }

Q_SIGNALS:
    // The action the tabs show now (0: none), for tabs added from outside.
    void shownActionChanged(qint64 actionId);
    // For the map: a tip was logged at this place.
    void tipLocated(qint64 actionId, double lat, double lon);
    // For the map: the area of the action under review (an empty area when the review ends).
    void reviewArea(qint64 actionId, const burgernet::GeoArea& area);
    // For the composer: the author changes a draft (one sent back by its approver) there.
    void editRequested(qint64 actionId);

private:
    void showDetails();
    void act(ActionStep step);
    // Asks which way, then applies the choice to the action's messages in that state.
    using Decision = Result<qint64> (OutboxDecisions::*)(qint64 id, bool yes);
    void decide(qint64 id, Decision apply, const QString& title, const QString& question,
                const QString& yes, const QString& no);
    // An update, to the same recipients or with the area grown to the one on the map.
    void sendUpdate(qint64 id);
    void logTip(qint64 id);
    void report(const Status& status);
    // Prepares the plan off the window's thread, has it confirmed and submits it.
    void sendPlan(const PlanRequest& request);
    // Submits off the window's thread and reports the outcome.
    void submit(const DispatchPlan& plan, const Confirmation& confirmation);
    // The approval view, then the confirmation or the rejection.
    void review(qint64 id);

    ActionWorkflow& m_workflow;
    DispatchProgress& m_progress;
    OutboxDecisions& m_decisions;
    DispatchJobs& m_jobs;
    const Clock& m_clock;
    Settings& m_settings;
    ActionPrompts m_prompts;
    ActionTableModel* m_model;
    QTableView* m_table;
    QLabel* m_title;
    QLabel* m_reminder;
    QLabel* m_sentBack; // why an approver sent the author's action back
    QWidget* m_progressPanel;
    QVBoxLayout* m_progressLayout;
    QList<ChannelProgressBar*> m_bars;
    QList<QLabel*> m_legends; // under each bar: every state with its count, in its colour
    std::array<QPushButton*, kActionSteps> m_buttons{};
    QTimer* m_timer;
    QString m_progressText;
    GeoArea m_latestArea;
    QSplitter* m_splitter = nullptr;
    QWidget* m_details = nullptr;
    QTabWidget* m_tabs = nullptr;
    TipsPanel* m_tipsPanel = nullptr;
    ActionTimeline* m_timeline = nullptr;
    qint64 m_shownId = 0; // the action the tabs show
};

} // namespace burgernet
