#include "ui/dispatch/ApprovalDialog.h"

#include "app/dispatch/ActionWords.h"
#include "app/dispatch/TextChecks.h"
#include "ui/ModeIndicator.h"
#include "ui/dispatch/AreaText.h"
#include "ui/dispatch/ChannelPreview.h"
#include "ui/dispatch/ConfirmDispatchDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace burgernet {

QString ApprovalDialog::waitedText(qint64 seconds)
{
    if (seconds < 60)
        return tr("less than a minute");
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

ApprovalDialog::ApprovalDialog(const DispatchPlan& plan, const Action& action,
                               const ChannelCatalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_header(new QLabel(this))
    , m_texts(new QTabWidget(this))
    , m_warnings(new QListWidget(this))
    , m_reason(new QPlainTextEdit(this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_reject(new QPushButton(tr("Send back with this reason"), this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    const bool live = plan.mode == Mode::Live;
    setWindowTitle(live ? tr("Approve action %1 — LIVE").arg(plan.actionId)
                        : tr("Approve action %1 — TRAINING").arg(plan.actionId));
    auto* layout = new QVBoxLayout(this);

    auto* banner = new QLabel(live ? tr("LIVE — approving sends to real people")
                                   : tr("TRAINING — simulated senders only"),
                              this);
    banner->setAlignment(Qt::AlignCenter);
    banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 6px; }")
            .arg(live ? QStringLiteral("#c62828")
                      : ModeIndicator::modeColor(Mode::Training).name()));
    layout->addWidget(banner);

    const qint64 waited = plan.submittedAt.isValid() ? plan.submittedAt.secsTo(plan.preparedAt) : 0;
    m_header->setObjectName(QStringLiteral("approvalHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    QString header =
        tr("<p><b>Action %1</b> — %2<br>Written by <b>%3</b>, submitted at %4, waiting for "
           "<b>%5</b>.</p>")
            .arg(plan.actionId)
            .arg(ActionWords::incident(plan.incident).toHtmlEscaped(), plan.author.toHtmlEscaped(),
                 QLocale().toString(plan.submittedAt.toLocalTime().time(), QLocale::ShortFormat),
                 waitedText(waited));
    const QString area =
        plan.areaDescription.isEmpty()
            ? AreaText::describe(plan.area)
            : QStringLiteral("%1 (%2)").arg(AreaText::describe(plan.area), plan.areaDescription);
    header += tr("<p><b>Area:</b> %1 — drawn on the map in orange while this is open.<br>"
                 "<b>Participants:</b> %2</p>")
                  .arg(area.toHtmlEscaped(), QLocale().toString(plan.participants));
    if (!plan.incidentNumber.isEmpty())
        header += tr("<p><b>Incident number:</b> %1</p>").arg(plan.incidentNumber.toHtmlEscaped());
    m_header->setText(header);
    layout->addWidget(m_header);

    // Per channel: what goes out, how long it takes and what it costs.
    auto* grid = new QGridLayout;
    int row = 0;
    for (const PlannedChannel& c : plan.channels) {
        const QString count = c.channel.isAddressed()
                                  ? tr("%n message(s)", nullptr, int(c.rows))
                                  : (c.rows > 0 ? tr("one message for the area") : tr("none"));
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(count), this);
        label->setObjectName(QStringLiteral("count-") + c.channel.id());
        m_counts.insert(c.channel, label);
        grid->addWidget(new QLabel(catalog.name(c.channel), this), row, 0);
        grid->addWidget(label, row, 1);
        grid->addWidget(new QLabel(ConfirmDispatchDialog::estimateText(c), this), row, 2);
        ++row;
    }
    layout->addLayout(grid);

    // Every channel's text, as the composer's preview showed it to the author.
    m_texts->setObjectName(QStringLiteral("approvalTexts"));
    for (const PlannedMessage& m : plan.messages) {
        if (m.type != MessageType::Alert)
            continue;
        // The action's own language first: what most participants read.
        QStringList languages = m.message.texts.keys();
        if (languages.removeAll(action.content.language) > 0)
            languages.prepend(action.content.language);
        for (const QString& language : std::as_const(languages))
            for (const PlannedChannel& c : plan.channels) {
                const ChannelInfo* info = catalog.find(c.channel);
                const ChannelText* text = m.message.find(language, c.channel);
                if (!info || !text || text->text.isEmpty())
                    continue;
                auto* preview = new ChannelPreview(*info, m_texts);
                preview->setObjectName(QStringLiteral("text-%1-%2").arg(c.channel.id(), language));
                preview->show(*text);
                m_texts->addTab(preview, QStringLiteral("%1 (%2)").arg(info->name, language));
            }
        break;
    }
    layout->addWidget(m_texts, 1);

    m_warnings->setObjectName(QStringLiteral("approvalWarnings"));
    for (const QString& w : plan.warnings)
        m_warnings->addItem(QStringLiteral("⚠ ") + w);
    for (const TextWarning& w : TextChecks::check(action.content))
        m_warnings->addItem(QStringLiteral("⚠ ") + w.message);
    if (!plan.refusal.isEmpty())
        m_warnings->addItem(QStringLiteral("⛔ ") + plan.refusal);
    if (m_warnings->count() == 0)
        m_warnings->addItem(tr("No warnings."));
    m_warnings->setMaximumHeight(110);
    layout->addWidget(new QLabel(tr("Warnings"), this));
    layout->addWidget(m_warnings);

    layout->addWidget(new QLabel(tr("Reason for sending it back (the author reads it):"), this));
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setMaximumHeight(70);
    layout->addWidget(m_reason);

    auto* buttons = new QDialogButtonBox(this);
    m_reject->setObjectName(QStringLiteral("rejectAction"));
    m_reject->setEnabled(false);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    m_approve->setEnabled(plan.refusal.isEmpty());
    for (QPushButton* b : {m_reject, m_approve}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    buttons->addButton(m_reject, QDialogButtonBox::ActionRole);
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_reject->setEnabled(!reason().isEmpty()); });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        m_answer = Answer::Reject;
        accept();
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        m_answer = Answer::Approve;
        accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 720);
}

QString ApprovalDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString ApprovalDialog::countText(const Channel& channel) const
{
    const QLabel* label = m_counts.value(channel);
    return label ? label->text() : QString();
}

} // namespace burgernet
