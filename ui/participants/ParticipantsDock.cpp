#include "ui/participants/ParticipantsDock.h"

#include "app/services/AuditService.h"
#include "app/services/ParticipantService.h"
#include "ui/participants/ParticipantDetailsDialog.h"
#include "ui/participants/ParticipantEditorDialog.h"
#include "ui/participants/ParticipantTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace burgernet {

ParticipantsDock::ParticipantsDock(Database& db, AuditService& audit, QWidget* parent)
    : QWidget(parent)
    , m_audit(audit)
    , m_registerId(ParticipantService(db, audit).registerId())
    , m_model(new ParticipantTableModel(db, audit, this))
    , m_service(db, audit)
    , m_records(db, audit)
{
    if (m_registerId.isEmpty())
        m_registerId = QStringLiteral("register");
    m_reporter = [this](const QString& message) {
        QMessageBox::warning(this, tr("Participants"), message);
    };
    m_presenter = [this](const Participant& participant) {
        auto* dialog = new ParticipantDetailsDialog(participant, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setPlaceholderText(tr("Search name, place, postcode or phone number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search participants"));
    m_areaOnly = new QCheckBox(tr("Only the drawn area"), this);
    m_areaOnly->setObjectName(QStringLiteral("areaOnlyCheck"));
    m_areaOnly->setEnabled(false);
    m_areaOnly->setToolTip(tr("Draw an area on the map first."));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("participantsTable"));
    m_table->setAccessibleName(tr("Participants"));
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; arrows choose the row
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: a view of many thousands of rows never measures them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSortIndicator(ParticipantTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Masked columns do not sort: put the indicator back where the order really is.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section) {
        if (ParticipantTableModel::isSortable(section))
            return;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("participantCount"));
    m_count->setWordWrap(true); // "More than 50,000 participants, any status" in a narrow dock
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("participantStatus"));
    m_status->setWordWrap(true);
    m_details = new QPushButton(tr("Details\u2026"), this);
    m_details->setObjectName(QStringLiteral("detailsButton"));
    m_details->setToolTip(tr("Show all of this participant's data. The opening is recorded in "
                             "the audit log."));

    m_edit = new QPushButton(tr("Edit\u2026"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setToolTip(tr("Correct this participant's record, pause, unsubscribe or erase them. "
                          "Every change is recorded in the audit log."));
    m_edit->setVisible(m_audit.session().can(Permission::EditParticipants));
    m_showOnMap = new QPushButton(tr("Show on map"), this);
    m_showOnMap->setObjectName(QStringLiteral("showOnMapButton"));
    m_showOnMap->setToolTip(tr("Show this participant's addresses on the map. This is recorded "
                               "in the audit log."));
    m_showOnMap->setVisible(m_audit.session().can(Permission::ViewParticipantDetails));

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_areaOnly);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_showOnMap);
    bottom->addWidget(m_edit);
    bottom->addWidget(m_details);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    // Wait for a pause in typing: every search reads the register and is recorded.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, &ParticipantsDock::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &ParticipantsDock::applySearch);
    connect(m_areaOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_model->setAreaFilter(on ? m_area : std::nullopt); });

    auto* open = new QAction(tr("Details"), m_table);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(open);
    connect(open, &QAction::triggered, this, &ParticipantsDock::openDetails);
    connect(m_table, &QTableView::doubleClicked, this, &ParticipantsDock::openDetails);
    connect(m_details, &QPushButton::clicked, this, &ParticipantsDock::openDetails);
    connect(m_edit, &QPushButton::clicked, this, &ParticipantsDock::openEditor);
    connect(m_showOnMap, &QPushButton::clicked, this, &ParticipantsDock::showOnMap);

    connect(m_model, &ParticipantTableModel::countChanged, this, &ParticipantsDock::showCount);
    connect(m_model, &ParticipantTableModel::loadFailed, m_status, &QLabel::setText);
    connect(m_model, &ParticipantTableModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_model->rowCount() == 0)
            m_count->setText(tr("Reading the register…"));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParticipantsDock::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ParticipantsDock::updateActions);
    if (m_model->isLoading())
        m_count->setText(tr("Reading the register…"));
    else
        showCount(m_model->matchCount(), m_model->countIsExact());
    updateActions();
}

void ParticipantsDock::setMessageReporter(MessageReporter reporter)
{
    m_reporter = std::move(reporter);
}

void ParticipantsDock::setDetailsPresenter(DetailsPresenter presenter)
{
    m_presenter = std::move(presenter);
}

void ParticipantsDock::setArea(std::optional<std::vector<qint64>> ids)
{
    m_area = std::move(ids);
    m_areaOnly->setEnabled(m_area.has_value());
    m_areaOnly->setToolTip(m_area ? QString() : tr("Draw an area on the map first."));
    if (!m_area && m_areaOnly->isChecked())
        m_areaOnly->setChecked(false); // clears the filter through toggled()
    else if (m_areaOnly->isChecked())
        m_model->setAreaFilter(m_area);
}

void ParticipantsDock::applySearch()
{
    m_searchTimer.stop();
    const QString text = m_search->text().simplified();
    if (text == m_model->search())
        return;
    // Recorded when the count arrives from the worker, before the first rows are shown.
    m_searchToRecord = !text.isEmpty();
    m_model->setSearch(text);
}

void ParticipantsDock::recordSearch(qint64 matches, bool exact)
{
    m_searchToRecord = false;
    // The count only: what was searched for may be a name or a phone number.
    QJsonObject details{{QStringLiteral("matches"), matches},
                        {QStringLiteral("area"), m_model->hasAreaFilter()}};
    if (!exact)
        details.insert(QStringLiteral("more"), true);
    if (auto recorded =
            m_audit.record(QStringLiteral("participants.search"), QStringLiteral("register"),
                           m_registerId, AuditResult::Ok, details);
        !recorded)
        m_status->setText(recorded.errorMessage());
    Q_EMIT searched(matches);
}

bool ParticipantsDock::openDetails()
{
    const ParticipantRow* row = m_model->rowAt(m_table->currentIndex());
    if (!row)
        return false;
    const QString pseudonym = row->pseudonym;
    auto participant = m_service.openDetails(row->id, pseudonym);
    if (!participant) {
        if (!m_audit.session().can(Permission::ViewParticipantDetails)) {
            report(tr("You are not allowed to open participants' details."));
            emit detailsDenied(pseudonym);
        } else {
            report(participant.errorMessage());
        }
        return false;
    }
    m_presenter(*participant);
    emit detailsOpened(pseudonym);
    return true;
}

ParticipantEditorDialog* ParticipantsDock::openEditor()
{
    const ParticipantRow* row = m_model->rowAt(m_table->currentIndex());
    if (!row)
        return nullptr;
    auto participant = m_records.openForEdit(row->id, row->pseudonym);
    if (!participant) {
        report(participant.errorMessage());
        return nullptr;
    }
    auto* dialog = new ParticipantEditorDialog(m_records, m_service, *participant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ParticipantEditorDialog::changed, this, &ParticipantsDock::registerChanged);
    connect(dialog, &ParticipantEditorDialog::erased, this, &ParticipantsDock::registerChanged);
    connect(dialog, &ParticipantEditorDialog::showOnMapRequested, this,
            &ParticipantsDock::showOnMapRequested);
    dialog->show();
    return dialog;
}

bool ParticipantsDock::showOnMap()
{
    const ParticipantRow* row = m_model->rowAt(m_table->currentIndex());
    if (!row)
        return false;
    auto places = m_records.showOnMap(row->id, row->pseudonym);
    if (!places) {
        report(places.errorMessage());
        return false;
    }
    emit showOnMapRequested(*places, row->pseudonym);
    return true;
}

void ParticipantsDock::refresh()
{
    m_model->refresh();
}

void ParticipantsDock::showCount(qint64 count, bool exact)
{
    m_status->setText(m_model->lastError());
    if (m_searchToRecord)
        recordSearch(count, exact);
    const QString number = QLocale().toString(count);
    // Says which count it is: the list holds every status, the status bar counts active ones.
    m_count->setText(!exact       ? tr("More than %1 participants, any status").arg(number)
                     : count == 1 ? tr("1 participant, any status")
                                  : tr("%1 participants, any status").arg(number));
}

void ParticipantsDock::updateActions()
{
    // Without the permission the button stays off (the service would refuse anyway).
    const bool allowed = m_audit.session().can(Permission::ViewParticipantDetails);
    const bool hasRow = m_model->rowAt(m_table->currentIndex()) != nullptr;
    m_details->setEnabled(allowed && hasRow);
    m_showOnMap->setEnabled(allowed && hasRow);
    m_edit->setEnabled(m_audit.session().can(Permission::EditParticipants) && hasRow);
    if (!allowed)
        m_details->setToolTip(tr("Your role does not open participants' details."));
}

void ParticipantsDock::report(const QString& message)
{
    if (m_reporter)
        m_reporter(message);
}

} // namespace burgernet
