#pragma once

#include <QDialog>

class QComboBox;

namespace burgernet {

class Settings;

// The user's own preferences (language). Site settings (senders, limits) live elsewhere and
// need the administrator's permission.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    Settings& m_settings;
    QComboBox* m_language = nullptr;
};

} // namespace burgernet
