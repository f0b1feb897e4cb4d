#include "ui/audit/AuditDock.h"

#include "app/audit/AuditLog.h"
#include "app/services/AuditService.h"
#include "ui/audit/AuditPdfReport.h"
#include "ui/audit/AuditTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace burgernet {

namespace {

// Enough to follow any one action; a longer timeline is read in the table.
constexpr int kMaxTimelineLines = 2000;

const QColor kIntactColor(0x1b, 0x5e, 0x20);
const QColor kDamagedColor(0xb0, 0x00, 0x20);

// Verifying or exporting a large log takes seconds on the GUI thread: show that it is working.
template <typename Work>
auto whileBusy(Work work)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = work();
    QGuiApplication::restoreOverrideCursor();
    return result;
}

} // namespace

AuditDock::AuditDock(AuditService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    auto opened = m_service.openQuery();
    if (opened)
        m_query = std::move(opened).value();
    m_model = new AuditTableModel(m_query.get(), this);

    // The table takes whatever height the dock has: the filter in two rows, the detail pane
    // beside the table, the commands and their results in one row below.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto* grid = new QGridLayout;
    grid->setVerticalSpacing(2);
    buildFilterBar(grid);
    layout->addLayout(grid);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false); // the order is the chain's; the model reads it in pages
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths from the font: ResizeToContents would measure every loaded row.
    auto width = [&](const QString& sample) {
        return m_table->fontMetrics().horizontalAdvance(sample) +
               2 * m_table->fontMetrics().height();
    };
    m_table->setColumnWidth(AuditTableModel::Seq, width(QStringLiteral("0000000")));
    m_table->setColumnWidth(AuditTableModel::Time,
                            width(QStringLiteral("2026-11-27 15:00:01 +01:00")));
    m_table->setColumnWidth(AuditTableModel::Action, width(QStringLiteral("participant.open")));

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a record to see all its fields."));
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_table->setMinimumHeight(6 * m_table->verticalHeader()->defaultSectionSize());
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    auto button = [&](const char* name, const QString& text, bool (AuditDock::*command)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, command);
        buttons->addWidget(b);
        return b;
    };
    m_timeline = button("auditTimeline", tr("Timeline of this action"), &AuditDock::showTimeline);
    m_timeline->setEnabled(false);
    m_verify = button("auditVerify", tr("Verify"), &AuditDock::verify);
    m_exportCsv = button("auditExportCsv", tr("Export CSV…"), &AuditDock::exportCsv);
    m_exportPdf = button("auditExportPdf", tr("Export PDF…"), &AuditDock::exportPdf);
    m_verifyStatus = new QLabel(this);
    m_verifyStatus->setObjectName(QStringLiteral("auditVerifyStatus"));
    m_verifyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    for (QLabel* label : {m_verifyStatus, m_status})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    buttons->addWidget(m_verifyStatus, 1);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditDock::showRecord);
    connect(m_model, &AuditTableModel::loadFailed, this, &AuditDock::report);

    if (!m_query) {
        m_status->setText(opened.errorMessage());
        for (QWidget* w : std::initializer_list<QWidget*>{m_apply, m_reset, m_timeline})
            w->setEnabled(false);
        return;
    }
    reloadChoices();
    // Both ends default to the day of the newest record, the day a supervisor usually reviews.
    if (auto newest = m_query->page({}, 0, 1); newest && !newest->empty()) {
        const QDateTime local = newest->front().localTime().toLocalTime();
        m_from->setDateTime(QDateTime(local.date(), QTime(0, 0)));
        m_to->setDateTime(QDateTime(local.date(), QTime(23, 59, 59)));
    }
    // Opening the dock shows the log of the session's own mode without a search record: the
    // console builds the dock at every start, and that is not a user's search.
    AuditFilter own;
    own.mode = m_service.session().mode;
    showFilter(own);
}

AuditDock::~AuditDock()
{
    // The model reads through m_query, which members' destruction frees before QObject's
    // deletes the children: drop the model first.
    m_table->setModel(nullptr);
    delete m_model;
}

void AuditDock::buildFilterBar(QGridLayout* grid)
{
    auto named = [](auto* widget, const char* name) {
        widget->setObjectName(QLatin1String(name));
        return widget;
    };
    auto dateEdit = [&](const char* name, QCheckBox*& check, const QString& text, int column) {
        auto* edit = named(new QDateTimeEdit(this), name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setEnabled(false);
        check = named(new QCheckBox(text, this), (name + QByteArray("Check")).constData());
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        grid->addWidget(check, 0, column);
        grid->addWidget(edit, 0, column + 1);
        return edit;
    };
    // A labelled field at (row, column): the label in `column`, the field next to it.
    auto place = [&](QWidget* field, const QString& label, int row, int column) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        grid->addWidget(l, row, column);
        grid->addWidget(field, row, column + 1);
    };
    auto combo = [&](const char* name, const QString& placeholder) {
        auto* box = named(new QComboBox(this), name);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->lineEdit()->setPlaceholderText(placeholder);
        connect(box->lineEdit(), &QLineEdit::returnPressed, this, &AuditDock::apply);
        return box;
    };
    auto line = [&](const char* name, const QString& placeholder) {
        auto* edit = named(new QLineEdit(this), name);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::returnPressed, this, &AuditDock::apply);
        return edit;
    };

    m_from = dateEdit("auditFrom", m_fromCheck, tr("&From"), 0);
    m_to = dateEdit("auditTo", m_toCheck, tr("&To"), 2);
    m_actor = combo("auditActor", tr("all users"));
    m_action = combo("auditAction", tr("all actions, or a prefix such as action."));
    m_objectType = line("auditObjectType", tr("any"));
    m_objectId = line("auditObjectId", tr("any"));
    m_actionId = line("auditActionId", tr("e.g. BN-2026-0042"));
    place(m_actor, tr("&User:"), 1, 0);
    place(m_action, tr("A&ction:"), 1, 2);
    place(m_objectType, tr("Object t&ype:"), 1, 4);
    place(m_objectId, tr("&Object:"), 1, 6);
    place(m_actionId, tr("&Burgernet action:"), 0, 6);
    // Live and training number their actions alike: a review shows one of them at a time.
    m_mode = named(new QComboBox(this), "auditMode");
    m_mode->addItem(tr("Live"), enumId(Mode::Live));
    m_mode->addItem(tr("Training"), enumId(Mode::Training));
    m_mode->setCurrentIndex(m_mode->findData(enumId(m_service.session().mode)));
    connect(m_mode, &QComboBox::activated, this, &AuditDock::apply);
    place(m_mode, tr("&Mode:"), 0, 4);

    m_apply = named(new QPushButton(tr("&Apply"), this), "auditApply");
    m_apply->setDefault(true);
    m_reset = named(new QPushButton(tr("&Reset"), this), "auditReset");
    m_count = named(new QLabel(this), "auditCount");
    connect(m_apply, &QPushButton::clicked, this, &AuditDock::apply);
    connect(m_reset, &QPushButton::clicked, this, &AuditDock::reset);
    auto* row = new QHBoxLayout;
    row->addWidget(m_apply);
    row->addWidget(m_reset);
    row->addWidget(m_count, 1);
    grid->addLayout(row, 0, 8, 2, 1);
    for (int column : {1, 3, 5, 7})
        grid->setColumnStretch(column, 1);
}

QByteArray AuditDock::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

bool AuditDock::restoreHeaderState(const QByteArray& state)
{
    return !state.isEmpty() && m_table->horizontalHeader()->restoreState(state);
}

void AuditDock::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
}

void AuditDock::setErrorReporter(ErrorReporter reporter)
{
    m_errorReporter = std::move(reporter);
}

AuditFilter AuditDock::filterFromControls() const
{
    AuditFilter f;
    if (m_fromCheck->isChecked())
        f.fromUtc = m_from->dateTime().toUTC();
    if (m_toCheck->isChecked())
        f.toUtc = m_to->dateTime().toUTC();
    f.actor = m_actor->currentText().trimmed();
    f.action = m_action->currentText().trimmed();
    f.objectType = m_objectType->text().trimmed();
    f.objectId = m_objectId->text().trimmed();
    f.actionId = m_actionId->text().trimmed();
    f.mode = enumFromId<Mode>(m_mode->currentData().toString());
    f.pinActionMode(m_service.session().mode);
    return f;
}

void AuditDock::setFilterControls(const AuditFilter& f)
{
    m_fromCheck->setChecked(f.fromUtc.isValid());
    if (f.fromUtc.isValid())
        m_from->setDateTime(f.fromUtc.toLocalTime());
    m_toCheck->setChecked(f.toUtc.isValid());
    if (f.toUtc.isValid())
        m_to->setDateTime(f.toUtc.toLocalTime());
    m_actor->setCurrentText(f.actor);
    m_action->setCurrentText(f.action);
    m_objectType->setText(f.objectType);
    m_objectId->setText(f.objectId);
    m_actionId->setText(f.actionId);
    m_mode->setCurrentIndex(m_mode->findData(enumId(f.mode.value_or(m_service.session().mode))));
}

void AuditDock::reloadChoices()
{
    if (!m_query)
        return;
    const QString actor = m_actor->currentText();
    const QString action = m_action->currentText();
    m_actor->clear();
    m_actor->addItem(QString());
    m_actor->addItems(m_query->distinctActors());

    // The usual families first, then whatever the log holds.
    const QStringList actions = m_query->distinctActions();
    QStringList prefixes{QStringLiteral("action."), QStringLiteral("audit."),
                         QStringLiteral("session."), QStringLiteral("settings.")};
    for (const QString& a : actions)
        if (const qsizetype dot = a.indexOf(QLatin1Char('.')); dot > 0)
            prefixes << a.left(dot + 1);
    prefixes.removeDuplicates();
    prefixes.sort();
    m_action->clear();
    m_action->addItem(QString());
    m_action->addItems(prefixes);
    m_action->insertSeparator(m_action->count());
    m_action->addItems(actions);

    m_actor->setCurrentText(actor);
    m_action->setCurrentText(action);
}

bool AuditDock::apply()
{
    if (!m_query)
        return false;
    const AuditFilter filter = filterFromControls();
    if (filter.fromUtc.isValid() && filter.toUtc.isValid() && filter.fromUtc > filter.toUtc) {
        report(tr("The start of the period is after its end."));
        return false;
    }
    auto matches = m_service.search(*m_query, filter);
    if (!matches) {
        report(matches.errorMessage());
        return false;
    }
    showFilter(filter);
    emit searched(*matches);
    return true;
}

bool AuditDock::reset()
{
    setFilterControls({});
    reloadChoices(); // users and actions that appeared since
    return apply();
}

void AuditDock::showFilter(const AuditFilter& filter)
{
    m_model->setFilter(filter);
    showRecord({});
    // The model counted after the search's own record, so the label matches its rows.
    m_count->setText(tr("%1 records").arg(QLocale().toString(m_model->rowCount())));
}

void AuditDock::showRecord(const QModelIndex& current)
{
    const AuditRecord* r = m_model->recordAt(current);
    m_timeline->setEnabled(r && !AuditTableModel::actionIdOf(*r).isEmpty());
    m_detail->setPlainText(r ? AuditTableModel::describe(*r) : QString());
}

bool AuditDock::showTimeline()
{
    const AuditRecord* selected = m_model->recordAt(m_table->currentIndex());
    const QString actionId = selected ? AuditTableModel::actionIdOf(*selected) : QString();
    if (actionId.isEmpty())
        return false;
    AuditFilter filter;
    filter.actionId = actionId;
    filter.mode = selected->mode; // the same number in the other mode is another action
    setFilterControls(filter);
    if (!apply()) // a timeline is a search, and recorded as one
        return false;

    QStringList lines{tr("Timeline of action %1, oldest first:").arg(actionId)};
    const Status walked = m_query->forEach(filter, [&](const AuditRecord& r) {
        if (lines.size() > kMaxTimelineLines) {
            lines << tr("… more: see the table.");
            return false;
        }
        lines << AuditTableModel::timelineLine(r);
        return true;
    });
    if (!walked) {
        report(walked.errorMessage());
        return false;
    }
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
    return true;
}

bool AuditDock::verify()
{
    auto verification = whileBusy([this] { return m_service.verify(); });
    if (!verification) {
        report(verification.errorMessage());
        return false;
    }
    const bool intact = verification->intact();
    QPalette palette = m_verifyStatus->palette();
    palette.setColor(QPalette::WindowText, intact ? kIntactColor : kDamagedColor);
    m_verifyStatus->setPalette(palette);
    QFont font = m_verifyStatus->font();
    font.setBold(!intact);
    m_verifyStatus->setFont(font);
    m_verifyStatus->setText(verification->summary());
    m_verifyStatus->setToolTip(verification->summary());
    emit verified(intact);
    return true;
}

bool AuditDock::exportCsv()
{
    return exportTo(
        QStringLiteral("csv"), tr("Export audit records as CSV"), tr("CSV files (*.csv)"),
        [this](const QString& path) { return m_service.exportCsv(m_model->filter(), path); });
}

bool AuditDock::exportPdf()
{
    return exportTo(QStringLiteral("pdf"), tr("Export audit records as PDF"),
                    tr("PDF files (*.pdf)"), [this](const QString& path) {
                        return AuditPdfReport::write(m_service, m_model->filter(), path);
                    });
}

// Both exports verify the log and record themselves (in the service and in AuditPdfReport); a
// cancelled choice of file does neither.
bool AuditDock::exportTo(const QString& format, const QString& title, const QString& fileFilter,
                         const std::function<Result<qint64>(const QString&)>& write)
{
    const QString suggested =
        QStringLiteral("audit-%1.%2").arg(m_service.log().workstation(), format);
    QString path;
    if (m_fileChooser) {
        path = m_fileChooser(title, suggested, fileFilter);
    } else {
        const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        path = QFileDialog::getSaveFileName(this, title, documents.filePath(suggested), fileFilter);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + format;
    }
    if (path.isEmpty())
        return false;
    auto written = whileBusy([&] { return write(path); });
    if (!written) {
        report(written.errorMessage());
        return false;
    }
    m_status->setText(tr("%1 records exported to %2").arg(QLocale().toString(*written), path));
    emit exported(format, path, *written);
    return true;
}

void AuditDock::report(const QString& message)
{
    if (m_errorReporter)
        m_errorReporter(message);
    else
        QMessageBox::warning(this, tr("Audit log"), message);
}

} // namespace burgernet
