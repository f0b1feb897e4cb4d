#pragma once

#include <QLabel>

namespace burgernet {

class RegisterPresence;

// The status bar's word on the shared register: how many workstations are connected to it, or
// that the connection is interrupted (and since when) while the console reconnects by itself.
// Hidden on a SQLite register, which only this workstation uses.
class RegisterHealthLabel : public QLabel
{
    Q_OBJECT
public:
    explicit RegisterHealthLabel(RegisterPresence& presence, QWidget* parent = nullptr);

    void refresh();

private:
    RegisterPresence& m_presence;
};

} // namespace burgernet
