#include "ui/dispatch/ActionsDock.h"

#include "app/core/Clock.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/ActionWords.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/DispatchProgress.h"
#include "app/services/OutboxDecisions.h"
#include "ui/dispatch/ActionTableModel.h"
#include "ui/dispatch/ActionTimeline.h"
#include "ui/dispatch/ApprovalDialog.h"
#include "ui/dispatch/ChannelProgressBar.h"
#include "ui/dispatch/ConfirmDispatchDialog.h"
#include "ui/dispatch/DispatchJobs.h"
#include "ui/dispatch/TipsPanel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace burgernet {

ActionPrompts ActionPrompts::dialogs(const ChannelCatalog& catalog)
{
    ActionPrompts p;
    p.text = [](QWidget* parent, const QString& title,
                const QString& label) -> std::optional<QString> {
        QInputDialog dialog(parent);
        dialog.setWindowTitle(title);
        dialog.setLabelText(label);
        dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
        // Tab leaves the text for OK, so the question is answered from the keyboard alone.
        for (auto* edit : dialog.findChildren<QPlainTextEdit*>())
            edit->setTabChangesFocus(true);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.textValue();
    };
    p.outcome = [](QWidget* parent) -> std::optional<std::pair<Outcome, QString>> {
        QStringList names;
        for (Outcome o : allOutcomes())
            names << ActionWords::outcome(o);
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(parent, ActionsDock::tr("Close action"),
                                  ActionsDock::tr("Outcome"), names, 0, false, &ok);
        if (!ok)
            return std::nullopt;
        return std::pair{allOutcomes().value(names.indexOf(chosen)), QString()};
    };
    p.choice = [](QWidget* parent, const QString& title, const QString& question,
                  const QString& yes, const QString& no) -> std::optional<bool> {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
        QPushButton* y = box.addButton(yes, QMessageBox::AcceptRole);
        QPushButton* n = box.addButton(no, QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == y)
            return true;
        if (box.clickedButton() == n)
            return false;
        return std::nullopt;
    };
    p.confirm = [catalog](QWidget* parent,
                          const DispatchPlan& plan) -> std::optional<Confirmation> {
        ConfirmDispatchDialog dialog(plan, catalog, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.confirmation();
    };
    p.warn = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox::warning(parent, title, text);
    };
    p.review = [catalog](QWidget* parent, const DispatchPlan& plan,
                         const Action& action) -> std::optional<std::pair<Review, QString>> {
        ApprovalDialog dialog(plan, action, catalog, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        switch (dialog.answer()) {
        case ApprovalDialog::Answer::Approve:
            return std::pair{Review::Approve, QString()};
        case ApprovalDialog::Answer::Reject:
            return std::pair{Review::Reject, dialog.reason()};
        case ApprovalDialog::Answer::None:
            break;
        }
        return std::nullopt;
    };
    return p;
}

ActionsDock::ActionsDock(ActionWorkflow& workflow, DispatchProgress& progress,
                         OutboxDecisions& decisions, DispatchJobs& jobs, const Clock& clock,
                         Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_workflow(workflow)
    , m_progress(progress)
    , m_decisions(decisions)
    , m_jobs(jobs)
    , m_clock(clock)
    , m_settings(settings)
    , m_prompts(ActionPrompts::dialogs(workflow.catalog()))
    , m_model(new ActionTableModel(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_reminder(new QLabel(this))
    , m_sentBack(new QLabel(this))
    , m_progressPanel(new QWidget(this))
    , m_progressLayout(new QVBoxLayout(m_progressPanel))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("actionsPanel"));
    // Coming to the dock (View → Actions list) lands on the list; Tab goes on to the buttons.
    setFocusProxy(m_table);
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setAccessibleName(tr("Actions"));
    // Tab leaves the list for the buttons; the arrow keys choose the action.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // One line per action, so the list stays a list; a long name is elided, the detail below
    // the list shows it whole.
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ActionTableModel::Id,
                                                      QHeaderView::ResizeToContents);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setWordWrap(true);
    m_reminder->setObjectName(QStringLiteral("closingReminder"));
    m_sentBack->setObjectName(QStringLiteral("sentBackNotice"));
    m_sentBack->setWordWrap(true);
    m_sentBack->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    m_sentBack->hide();
    m_progressLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_reminder);
    detailsLayout->addWidget(m_sentBack);
    detailsLayout->addWidget(m_progressPanel);
    auto* grid = new QGridLayout;
    // Each step has a key of its own, working wherever the focus is while its button is shown
    // and enabled; the tooltip says which.
    struct Step
    {
        ActionStep step;
        QString label, keys;
    };
    const QList<Step> buttons{
        {ActionStep::Approve, tr("Approve…"), tr("Ctrl+Shift+A")},
        {ActionStep::Reject, tr("Send back…"), tr("Ctrl+Shift+B")},
        {ActionStep::Resubmit, tr("Submit again…"), tr("Ctrl+Shift+S")},
        {ActionStep::Edit, tr("Change in composer…"), tr("Ctrl+Shift+E")},
        {ActionStep::RetryFailed, tr("Retry failed only"), tr("Ctrl+Shift+R")},
        {ActionStep::DecideUncertain, tr("Decide uncertain…"), tr("Ctrl+Shift+D")},
        {ActionStep::DecideStale, tr("Decide stale…"), tr("Ctrl+Shift+H")},
        {ActionStep::Update, tr("Update…"), tr("Ctrl+Shift+U")},
        {ActionStep::Tip, tr("Log tip…"), tr("Ctrl+Shift+T")},
        {ActionStep::Close, tr("Close…"), tr("Ctrl+Shift+F")},
        {ActionStep::Cancel, tr("Cancel / correct…"), tr("Ctrl+Shift+Del")}};
    int i = 0;
    for (const Step& step : buttons) {
        auto* b = new QPushButton(step.label, details);
        b->setObjectName(enumId(step.step));
        b->setAutoDefault(false);
        b->setShortcut(QKeySequence(step.keys));
        b->setToolTip(b->shortcut().toString(QKeySequence::NativeText));
        m_buttons[static_cast<std::size_t>(step.step)] = b;
        grid->addWidget(b, i / 2, i % 2);
        ++i;
        connect(b, &QPushButton::clicked, this, [this, s = step.step] { act(s); });
    }
    // Cancel must always be one step away and easy to find.
    button(ActionStep::Cancel)->setStyleSheet(QStringLiteral("font-weight: bold"));
    detailsLayout->addLayout(grid);
    detailsLayout->addStretch();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    m_splitter = splitter;
    m_details = details;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionsDock::showDetails);
    connect(&m_jobs, &DispatchJobs::busyChanged, this, &ActionsDock::showDetails);
    // Progress and the closing reminder tick once a second (reads only; cheap).
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ActionsDock::refresh);
    m_timer->start();
    refresh();
}

qint64 ActionsDock::currentActionId() const
{
    const Action* a = m_model->actionAt(m_table->currentIndex().row());
    return a ? a->id : 0;
}

void ActionsDock::selectAction(qint64 id)
{
    refresh();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    showDetails();
}

QPushButton* ActionsDock::button(ActionStep step) const
{
    return m_buttons[static_cast<std::size_t>(step)];
}

QString ActionsDock::progressText() const
{
    return m_progressText;
}

QString ActionsDock::reminderText() const
{
    return m_reminder->text();
}

QString ActionsDock::sentBackText() const
{
    return m_sentBack->isHidden() ? QString() : m_sentBack->text();
}

QList<ChannelProgressBar*> ActionsDock::progressBars() const
{
    return m_bars;
}

void ActionsDock::setTipService(TipService& tips)
{
    if (m_tipsPanel)
        return;
    // The progress moves into the first tab; without tips it stays on its own under the list.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("actionTabs"));
    m_splitter->replaceWidget(1, m_tabs);
    m_tabs->addTab(m_details, tr("Progress"));
    m_tipsPanel = new TipsPanel(tips, m_clock, this);
    m_timeline = new ActionTimeline(m_workflow, tips, this);
    m_tabs->addTab(m_tipsPanel, tr("Tips"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_shownId = -1; // shown again on the next look
    showDetails();
}

void ActionsDock::refresh()
{
    const qint64 current = currentActionId();
    auto list = m_workflow.actions(false);
    if (!list)
        return;
    m_model->setActions(std::move(list).value());
    if (current && m_model->rowOf(current) >= 0 &&
        m_table->currentIndex().row() != m_model->rowOf(current))
        m_table->selectRow(m_model->rowOf(current));
    showDetails();
}

namespace {
QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

void ActionsDock::showDetails()
{
    const Action* a = m_model->actionAt(m_table->currentIndex().row());
    for (QPushButton* b : std::as_const(m_buttons))
        b->setEnabled(false);
    if (m_tipsPanel) {
        const qint64 id = a ? a->id : 0;
        m_tipsPanel->setAction(id, a && !isTerminal(a->state) && a->state != ActionState::Draft);
        if (id != m_shownId) {
            m_timeline->showAction(id);
            m_shownId = id;
            Q_EMIT shownActionChanged(id);
        }
    }
    m_progressText.clear();
    if (!a) {
        qDeleteAll(m_bars);
        m_bars.clear();
        qDeleteAll(m_legends);
        m_legends.clear();
        while (QLayoutItem* item = m_progressLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_title->setText(tr("Select an action."));
        m_reminder->clear();
        m_sentBack->hide();
        return;
    }
    // The author must see why it came back, not only in a tooltip or the audit log.
    m_sentBack->setVisible(a->sentBack());
    if (a->sentBack())
        m_sentBack->setText(
            tr("Sent back by %1 at %2: %3")
                .arg(a->rejectedBy,
                     QLocale().toString(a->rejectedAt.toLocalTime().time(), QLocale::ShortFormat),
                     a->rejectionReason));
    m_title->setText(
        tr("<b>Action %1</b> — %2, %3")
            .arg(a->id)
            .arg(ActionWords::state(a->state), ActionWords::incident(a->content.incident)));
    auto progress = m_progress.progress(a->id);
    qint64 failed = 0, uncertain = 0, stale = 0;
    if (progress) {
        // Bars are kept and updated in place: rebuilding them every second would flicker.
        while (m_bars.size() > progress->channels.size()) {
            delete m_bars.takeLast();
            delete m_legends.takeLast();
        }
        while (m_bars.size() < progress->channels.size()) {
            auto* bar = new ChannelProgressBar(m_progressPanel);
            auto* legend = new QLabel(m_progressPanel);
            legend->setTextFormat(Qt::RichText);
            legend->setWordWrap(true);
            m_progressLayout->addWidget(bar);
            m_progressLayout->addWidget(legend);
            m_bars << bar;
            m_legends << legend;
        }
        for (int i = 0; i < progress->channels.size(); ++i) {
            const ChannelProgress& c = progress->channels[i];
            ChannelProgressBar* bar = m_bars[i];
            bar->setObjectName(QStringLiteral("progress-") + c.channel.id());
            bar->setProgress(c);
            QString line = bar->text();
            if (c.waiting() > 0) {
                if (!c.registerProblem.isEmpty())
                    line += tr(" · waits: the register takes no writes now (%1)")
                                .arg(c.registerProblem);
                else if (c.readiness == ChannelReadiness::NotConfigured)
                    line += tr(" · waits: no configured sender");
                else if (c.readiness == ChannelReadiness::BreakerOpen)
                    line += tr(" · waits: the gateway keeps failing");
                else if (c.etaSeconds > 0)
                    line += tr(" · ready in %1").arg(duration(qint64(c.etaSeconds + 0.5)));
                else
                    line += tr(" · estimating the time to finish");
            }
            bar->setToolTip(line);
            m_legends[i]->setObjectName(QStringLiteral("legend-") + c.channel.id());
            m_legends[i]->setText(bar->legendHtml() + line.mid(bar->text().size()).toHtmlEscaped());
            m_progressText += line + QLatin1Char('\n');
        }
        failed = progress->count(OutboxState::Failed);
        uncertain = progress->count(OutboxState::Uncertain);
        stale = progress->count(OutboxState::Stale);
    }
    const bool busy = m_jobs.busy();
    const bool afterSending = a->state == ActionState::Sending || a->state == ActionState::Sent ||
                              a->state == ActionState::Updated;
    button(ActionStep::Approve)->setEnabled(!busy && a->state == ActionState::AwaitingApproval);
    button(ActionStep::Reject)->setEnabled(!busy && a->state == ActionState::AwaitingApproval);
    button(ActionStep::Resubmit)->setEnabled(!busy && a->state == ActionState::Draft);
    button(ActionStep::Edit)->setEnabled(!busy && a->state == ActionState::Draft);
    button(ActionStep::RetryFailed)->setEnabled(failed > 0 && !isTerminal(a->state));
    button(ActionStep::DecideUncertain)->setEnabled(uncertain > 0);
    button(ActionStep::DecideStale)->setEnabled(stale > 0);
    button(ActionStep::Update)->setEnabled(!busy && afterSending);
    button(ActionStep::Tip)->setEnabled(!isTerminal(a->state) && a->state != ActionState::Draft);
    button(ActionStep::Close)->setEnabled(!busy && afterSending);
    button(ActionStep::Cancel)
        ->setEnabled(!busy && !isTerminal(a->state) && a->state != ActionState::Draft);

    m_reminder->clear();
    if (a->content.kind == ActionKind::Urgent && afterSending && a->sentAt.isValid()) {
        const qint64 due = a->sentAt.toSecsSinceEpoch() +
                           qint64(m_settings.value(keys::DispatchClosingReminderMinutes)) * 60 -
                           m_clock.nowUtc().toSecsSinceEpoch();
        m_reminder->setText(due >= 0 ? tr("Closing message due in %1").arg(duration(due))
                                     : tr("Closing message overdue by %1").arg(duration(-due)));
        m_reminder->setStyleSheet(due >= 0 ? QString()
                                           : QStringLiteral("color: #b71c1c; font-weight: bold"));
    }
}

void ActionsDock::report(const Status& status)
{
    if (!status)
        m_prompts.warn(this, tr("Action"), status.errorMessage());
    refresh();
}

void ActionsDock::sendPlan(const PlanRequest& request)
{
    m_jobs.prepare(request, this, [this](const Result<DispatchPlan>& plan) {
        if (!plan) {
            report(plan.error());
            return;
        }
        if (!plan->refusal.isEmpty()) {
            submit(*plan, Confirmation{});
            return;
        }
        // The same incident twice is asked about first.
        const bool duplicate = !plan->duplicates.isEmpty() && !plan->approving;
        if (duplicate &&
            m_prompts.choice(this, tr("Second action for this incident?"),
                             tr("Action %1 is already open for incident number %2. Send this one "
                                "as well?")
                                 .arg(plan->duplicates.first().actionId)
                                 .arg(plan->incidentNumber),
                             tr("Send as well"), tr("Do not send")) != true) {
            refresh();
            return;
        }
        std::optional<Confirmation> confirmation = m_prompts.confirm(this, *plan);
        if (!confirmation || !confirmation->confirmed) {
            refresh();
            return;
        }
        confirmation->allowDuplicate = duplicate;
        submit(*plan, *confirmation);
    });
}

// A refused plan goes here too, unconfirmed: the service records the refused attempt and
// answers with its reason.
void ActionsDock::submit(const DispatchPlan& plan, const Confirmation& confirmation)
{
    m_jobs.submit(plan, confirmation, this, [this](const Result<ActionState>& state) {
        report(state ? Status() : Status(state.error()));
    });
}

void ActionsDock::review(qint64 id)
{
    m_jobs.prepare(PlanRequest::alert(id), this, [this, id](const Result<DispatchPlan>& plan) {
        if (!plan) {
            report(plan.error());
            return;
        }
        auto action = m_workflow.action(id);
        if (!action) {
            report(action.error());
            return;
        }
        if (!plan->approving) {
            report(Error{tr("Action %1 is not awaiting approval.").arg(id)});
            return;
        }
        Q_EMIT reviewArea(id, plan->area);
        const auto answer = m_prompts.review(this, *plan, *action);
        Q_EMIT reviewArea(0, GeoArea());
        if (!answer) {
            refresh();
            return;
        }
        if (answer->first == ActionPrompts::Review::Reject) {
            report(m_workflow.reject(id, answer->second));
            return;
        }
        if (!plan->refusal.isEmpty()) {
            submit(*plan, Confirmation{});
            return;
        }
        const std::optional<Confirmation> confirmation = m_prompts.confirm(this, *plan);
        if (!confirmation || !confirmation->confirmed) {
            refresh();
            return;
        }
        submit(*plan, *confirmation);
    });
}

void ActionsDock::act(ActionStep step)
{
    const qint64 id = currentActionId();
    if (!id)
        return;
    switch (step) {
    case ActionStep::Approve:
        review(id);
        break;
    case ActionStep::Resubmit:
        sendPlan(PlanRequest::alert(id));
        break;
    case ActionStep::Edit:
        Q_EMIT editRequested(id);
        break;
    case ActionStep::Reject:
        if (auto reason = m_prompts.text(this, tr("Send back"),
                                         tr("Why does this action go back to its author?")))
            report(m_workflow.reject(id, *reason));
        break;
    case ActionStep::RetryFailed: {
        auto n = m_decisions.retryFailed(id);
        report(n ? Status() : Status(n.error()));
        break;
    }
    case ActionStep::DecideUncertain:
        decide(id, &OutboxDecisions::decideUncertain, tr("Uncertain messages"),
               tr("These messages may or may not have arrived. Send them again (some people may "
                  "get them twice) or leave them?"),
               tr("Send again"), tr("Leave them"));
        break;
    case ActionStep::DecideStale:
        decide(id, &OutboxDecisions::decideStale, tr("Stale messages"),
               tr("These messages waited too long and may no longer fit the situation. Send them "
                  "anyway or drop them?"),
               tr("Send anyway"), tr("Drop them"));
        break;
    case ActionStep::Update:
        sendUpdate(id);
        break;
    case ActionStep::Tip:
        logTip(id);
        break;
    case ActionStep::Close:
        if (auto outcome = m_prompts.outcome(this))
            sendPlan(PlanRequest::closing(id, outcome->first, outcome->second));
        break;
    case ActionStep::Cancel:
        if (auto text = m_prompts.text(this, tr("Cancel or correct"),
                                       tr("Correction for those already reached (may be empty):")))
            sendPlan(PlanRequest::cancel(id, *text));
        break;
    }
}

void ActionsDock::decide(qint64 id, Decision apply, const QString& title, const QString& question,
                         const QString& yes, const QString& no)
{
    if (const auto chosen = m_prompts.choice(this, title, question, yes, no)) {
        auto n = (m_decisions.*apply)(id, *chosen);
        report(n ? Status() : Status(n.error()));
    }
}

void ActionsDock::sendUpdate(qint64 id)
{
    auto text = m_prompts.text(this, tr("Update"), tr("Follow-up text for everyone alerted:"));
    if (!text)
        return;
    std::optional<GeoArea> grown;
    const Action* a = m_model->actionAt(m_model->rowOf(id));
    if (a && !m_latestArea.isEmpty() && m_latestArea.toGeoJson() != a->area.toGeoJson()) {
        const auto grow = m_prompts.choice(
            this, tr("Update"),
            tr("The area on the map differs from the action's area. Alert the participants "
               "who are newly inside it as well (they get the full message)?"),
            tr("Grow the area"), tr("Same recipients only"));
        if (!grow)
            return;
        if (*grow)
            grown = m_latestArea;
    }
    sendPlan(PlanRequest::update(id, *text, grown));
}

// In the Tips tab when there is one, else in dialogs.
void ActionsDock::logTip(qint64 id)
{
    if (m_tipsPanel) {
        m_tabs->setCurrentWidget(m_tipsPanel);
        m_tipsPanel->startNew();
        if (auto* text = m_tipsPanel->findChild<QWidget*>(QStringLiteral("tipText")))
            text->setFocus();
        return;
    }
    if (auto text = m_prompts.text(this, tr("Call-back tip"), tr("What did the caller report?"))) {
        const auto useful = m_prompts.choice(this, tr("Call-back tip"), tr("Is the tip useful?"),
                                             tr("Useful"), tr("Not useful"));
        Tip tip;
        tip.text = *text;
        tip.useful = useful.value_or(false);
        if (const Action* a = m_model->actionAt(m_model->rowOf(id));
            a && a->content.location.isValid()) {
            tip.lat = a->content.location.latitude();
            tip.lon = a->content.location.longitude();
        }
        auto logged = m_workflow.logTip(id, tip);
        if (logged && !qIsNaN(tip.lat))
            Q_EMIT tipLocated(id, tip.lat, tip.lon);
        report(logged ? Status() : Status(logged.error()));
    }
}

} // namespace burgernet
