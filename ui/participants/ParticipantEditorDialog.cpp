#include "ui/participants/ParticipantEditorDialog.h"

#include "app/register/ParticipantCsv.h"
#include "app/register/ParticipantCsvFormat.h"
#include "app/register/ParticipantEdit.h"
#include "app/services/ParticipantRecordService.h"
#include "app/services/ParticipantService.h"
#include "ui/participants/ParticipantTableModel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace burgernet {

namespace {

QString fieldLabel(csv::AddressField field)
{
    switch (field) {
    case csv::Street:
        return ParticipantEditorDialog::tr("Street:");
    case csv::HouseNumber:
        return ParticipantEditorDialog::tr("House number:");
    case csv::Postcode:
        return ParticipantEditorDialog::tr("Postcode:");
    case csv::Place:
        return ParticipantEditorDialog::tr("Place:");
    case csv::Municipality:
        return ParticipantEditorDialog::tr("Municipality:");
    case csv::Lat:
        return ParticipantEditorDialog::tr("Latitude:");
    case csv::Lon:
        return ParticipantEditorDialog::tr("Longitude:");
    case csv::Hours:
        return ParticipantEditorDialog::tr("Hours:");
    }
    return {};
}

} // namespace

ParticipantEditorDialog::ParticipantEditorDialog(ParticipantRecordService& records,
                                                 ParticipantService& register_,
                                                 const Participant& participant, QWidget* parent)
    : QDialog(parent)
    , m_records(records)
    , m_register(register_)
    , m_participant(participant)
{
    setObjectName(QStringLiteral("participantEditorDialog"));
    setWindowTitle(tr("Edit participant %1").arg(participant.pseudonym));
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };
    const QStringList& names = ParticipantCsv::columns();
    const auto addField = [&](QFormLayout* form, int column, const QString& label) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(names[column] + QStringLiteral("Edit"));
        // The column name is what an error names: shown as the tooltip, so the two meet.
        edit->setToolTip(names[column]);
        form->addRow(label, edit);
        m_fields.insert(column, edit);
    };

    auto* contact = new QGroupBox(tr("Participant"), this);
    auto* contactForm = new QFormLayout(contact);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusValue"));
    contactForm->addRow(tr("Status:"), m_status);
    addField(contactForm, csv::Name, tr("Name:"));
    addField(contactForm, csv::Mobile, tr("Mobile:"));
    addField(contactForm, csv::Phone, tr("Phone:"));
    addField(contactForm, csv::Email, tr("E-mail:"));
    addField(contactForm, csv::Channels, tr("Channels (sms,voice,email):"));
    addField(contactForm, csv::Language, tr("Language (nl, en):"));

    auto* addresses = new QHBoxLayout;
    for (const auto kind : {ParticipantLocation::Kind::Home, ParticipantLocation::Kind::Work}) {
        auto* box = new QGroupBox(kind == ParticipantLocation::Kind::Home ? tr("Home address")
                                                                          : tr("Work address"),
                                  this);
        auto* form = new QFormLayout(box);
        for (int f = csv::Street; f <= csv::Hours; ++f)
            addField(form, csv::addressColumn(kind, csv::AddressField(f)),
                     fieldLabel(csv::AddressField(f)));
        addresses->addWidget(box);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    auto* saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    m_pause = buttons->addButton(tr("Pause"), QDialogButtonBox::ActionRole);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_unsubscribe = buttons->addButton(tr("Unsubscribe"), QDialogButtonBox::ActionRole);
    m_unsubscribe->setObjectName(QStringLiteral("unsubscribeButton"));
    auto* eraseButton = buttons->addButton(tr("Erase\u2026"), QDialogButtonBox::DestructiveRole);
    eraseButton->setObjectName(QStringLiteral("eraseButton"));
    auto* mapButton = buttons->addButton(tr("Show on map"), QDialogButtonBox::ActionRole);
    mapButton->setObjectName(QStringLiteral("showOnMapButton"));
    buttons->addButton(QDialogButtonBox::Close);
    // Save is not the dialog's accept: a refused correction keeps the dialog open.
    saveButton->setDefault(true);
    connect(saveButton, &QPushButton::clicked, this, &ParticipantEditorDialog::save);
    connect(m_pause, &QPushButton::clicked, this, &ParticipantEditorDialog::pauseOrResume);
    connect(m_unsubscribe, &QPushButton::clicked, this, &ParticipantEditorDialog::unsubscribe);
    connect(eraseButton, &QPushButton::clicked, this, &ParticipantEditorDialog::erase);
    connect(mapButton, &QPushButton::clicked, this, &ParticipantEditorDialog::showOnMap);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* note = new QLabel(tr("Every change is checked as an import row would be and recorded "
                               "in the audit log (with the pseudonym and the names of the "
                               "changed fields)."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(contact);
    layout->addLayout(addresses);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fill();
}

void ParticipantEditorDialog::fill()
{
    const QStringList cells = ParticipantEdit::cellsOf(m_participant);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        it.value()->setText(cells.value(it.key()));
        it.value()->setStyleSheet(QString());
    }
    QString status = ParticipantTableModel::statusText(m_participant.status);
    if (m_participant.unsubscribedAt.isValid())
        status += QStringLiteral(" (%1)").arg(
            QLocale().toString(m_participant.unsubscribedAt.toLocalTime(), QLocale::ShortFormat));
    m_status->setText(status);
    const bool active = m_participant.status == Participant::Status::Active;
    m_pause->setText(active ? tr("Pause") : tr("Resume"));
    m_unsubscribe->setEnabled(m_participant.status != Participant::Status::Unsubscribed);
}

void ParticipantEditorDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Mark every field the message names ("home_postcode: …").
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString name = ParticipantCsv::columns().value(it.key());
        const bool named =
            message.contains(name + QLatin1Char(':')) || message.contains(name + QLatin1Char(','));
        it.value()->setStyleSheet(named ? QStringLiteral("border: 2px solid #b00020;") : QString());
    }
}

bool ParticipantEditorDialog::apply(const Result<Participant>& result)
{
    if (!result) {
        showError(result.errorMessage());
        return false;
    }
    m_participant = *result;
    fill();
    showError({});
    emit changed(m_participant);
    return true;
}

bool ParticipantEditorDialog::save()
{
    ParticipantEdit::Changes changes;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        changes.insert(it.key(), it.value()->text());
    return apply(m_records.edit(m_participant, changes));
}

bool ParticipantEditorDialog::pauseOrResume()
{
    using Change = ParticipantRecordService::StatusChange;
    const bool active = m_participant.status == Participant::Status::Active;
    return apply(m_records.changeStatus(m_participant, active ? Change::Pause : Change::Resume));
}

bool ParticipantEditorDialog::unsubscribe()
{
    if (!m_confirm(tr("Unsubscribe %1? They get no more messages; the record is erased after "
                      "the retention period.")
                       .arg(m_participant.pseudonym)))
        return false;
    return apply(
        m_records.changeStatus(m_participant, ParticipantRecordService::StatusChange::Unsubscribe));
}

bool ParticipantEditorDialog::erase()
{
    if (!m_confirm(tr("Erase %1 and all their data now? This cannot be undone.")
                       .arg(m_participant.pseudonym)))
        return false;
    auto done = m_register.erase(m_participant.pseudonym);
    if (!done) {
        showError(done.errorMessage());
        return false;
    }
    emit erased(*done);
    accept();
    return true;
}

bool ParticipantEditorDialog::showOnMap()
{
    auto places = m_records.showOnMap(m_participant.id, m_participant.pseudonym);
    if (!places) {
        showError(places.errorMessage());
        return false;
    }
    emit showOnMapRequested(*places, m_participant.pseudonym);
    return true;
}

} // namespace burgernet
