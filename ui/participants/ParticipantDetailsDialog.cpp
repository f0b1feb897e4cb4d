#include "ui/participants/ParticipantDetailsDialog.h"

#include "ui/participants/ParticipantTableModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace burgernet {

namespace {

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString minuteText(int minute)
{
    return QTime(0, 0).addSecs(minute * 60).toString(QStringLiteral("HH:mm"));
}

} // namespace

ParticipantDetailsDialog::ParticipantDetailsDialog(const Participant& p, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("participantDetailsDialog"));
    setWindowTitle(tr("Participant %1").arg(p.pseudonym));

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, const QString& value, const char* name) {
        auto* field = new QLabel(value.isEmpty() ? tr("\u2014") : value);
        field->setObjectName(QLatin1String(name));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
    };
    addRow(tr("Pseudonym:"), p.pseudonym, "pseudonymValue");
    addRow(tr("Registration no.:"), p.externalId, "externalIdValue");
    addRow(tr("Name:"), p.name, "nameValue");
    addRow(tr("Status:"), ParticipantTableModel::statusText(p.status), "statusValue");
    if (p.unsubscribedAt.isValid())
        addRow(tr("Unsubscribed:"), timeText(p.unsubscribedAt), "unsubscribedValue");
    addRow(tr("Language:"), p.language == QLatin1String("en") ? tr("English") : tr("Dutch"),
           "languageValue");
    addRow(tr("Mobile:"), p.mobile, "mobileValue");
    addRow(tr("Phone:"), p.phone, "phoneValue");
    addRow(tr("E-mail:"), p.email, "emailValue");
    addRow(tr("Channels:"), channelsText(p.channelPrefs), "channelsValue");
    addRow(tr("Registered:"), timeText(p.registeredAt), "registeredValue");
    addRow(tr("Consent given:"), timeText(p.consentAt), "consentValue");

    auto* locations = new QTableWidget(static_cast<int>(p.locations.size()), 5, this);
    locations->setObjectName(QStringLiteral("locationsTable"));
    locations->setHorizontalHeaderLabels(
        {tr("Address"), tr("Postcode and place"), tr("Municipality"), tr("Days"), tr("Hours")});
    locations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    locations->verticalHeader()->hide();
    locations->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < static_cast<int>(p.locations.size()); ++row) {
        const ParticipantLocation& l = p.locations[row];
        const QString kind = l.kind == ParticipantLocation::Kind::Home ? tr("Home") : tr("Work");
        const QStringList cells{tr("%1: %2 %3").arg(kind, l.street, l.houseNumber),
                                tr("%1 %2").arg(l.postcode, l.place), l.municipality,
                                weekdaysText(l.weekdays), hoursText(l.startMinute, l.endMinute)};
        for (int column = 0; column < cells.size(); ++column)
            locations->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    locations->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Addresses:")));
    layout->addWidget(locations);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString ParticipantDetailsDialog::weekdaysText(int weekdays)
{
    weekdays &= 0x7f;
    if (weekdays == 0x7f)
        return tr("every day");
    if (weekdays == 0)
        return tr("never");
    const QLocale locale;
    if (weekdays == 0x1f) // Monday to Friday
        return tr("%1\u2013%2")
            .arg(locale.dayName(1, QLocale::ShortFormat), locale.dayName(5, QLocale::ShortFormat));
    QStringList days;
    for (int day = 0; day < 7; ++day)
        if (weekdays & (1 << day))
            days << locale.dayName(day + 1, QLocale::ShortFormat);
    return days.join(QLatin1String(", "));
}

QString ParticipantDetailsDialog::hoursText(int startMinute, int endMinute)
{
    if (startMinute == 0 && endMinute >= 1440)
        return tr("all day");
    if (endMinute <= startMinute)
        return tr("%1\u2013%2 (next day)").arg(minuteText(startMinute), minuteText(endMinute));
    return tr("%1\u2013%2").arg(minuteText(startMinute), minuteText(endMinute % 1440));
}

QString ParticipantDetailsDialog::channelsText(int prefs)
{
    QStringList channels;
    if (prefs & channelBit(BuiltinChannel::Sms))
        channels << tr("SMS");
    if (prefs & channelBit(BuiltinChannel::Voice))
        channels << tr("voice call");
    if (prefs & channelBit(BuiltinChannel::Email))
        channels << tr("e-mail");
    return channels.isEmpty() ? tr("none") : channels.join(QLatin1String(", "));
}

} // namespace burgernet
