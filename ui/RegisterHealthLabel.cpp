#include "ui/RegisterHealthLabel.h"

#include "app/services/RegisterPresence.h"

#include <QLocale>

namespace burgernet {

RegisterHealthLabel::RegisterHealthLabel(RegisterPresence& presence, QWidget* parent)
    : QLabel(parent)
    , m_presence(presence)
{
    setObjectName(QStringLiteral("registerHealth"));
    connect(&presence, &RegisterPresence::healthChanged, this, &RegisterHealthLabel::refresh);
    refresh();
}

void RegisterHealthLabel::refresh()
{
    switch (m_presence.health()) {
    case RegisterHealth::Local:
        setVisible(false);
        return;
    case RegisterHealth::Connected:
        setStyleSheet(QString());
        setText(
            tr("%n workstation(s) on the register", nullptr, m_presence.workstationsConnected()));
        setToolTip(tr("The shared register answers; changes made at the other workstations "
                      "show here within a second."));
        break;
    case RegisterHealth::Interrupted:
        setStyleSheet(QStringLiteral("QLabel { color: white; background: #b00020; padding: 0 "
                                     "4px; }"));
        setText(tr("Register connection lost at %1 — reconnecting…")
                    .arg(QLocale().toString(m_presence.interruptedSince().toLocalTime().time(),
                                            QLocale::LongFormat)));
        setToolTip(tr("Nothing is lost: messages being sent are written when the register "
                      "answers again; a change you make now fails with a message and can be "
                      "made again."));
        break;
    }
    setVisible(true);
}

} // namespace burgernet
