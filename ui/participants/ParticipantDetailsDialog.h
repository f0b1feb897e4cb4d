#pragma once

#include "app/core/Participant.h"

#include <QDialog>

namespace burgernet {

// Everything the register holds about one participant, unmasked and read-only: contact data,
// consent and the addresses with the hours in which they receive messages. Opened only through
// ParticipantsDock, which records the opening in the audit log first.
class ParticipantDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ParticipantDetailsDialog(const Participant& participant, QWidget* parent = nullptr);

    // "Mon–Fri" / "Mon, Wed, Sat" / "every day" / "never", in the interface's language.
    static QString weekdaysText(int weekdays);
    // "08:00–18:00", "22:00–06:00 (next day)", "all day".
    static QString hoursText(int startMinute, int endMinute);
    static QString channelsText(int channelPrefs);
};

} // namespace burgernet
