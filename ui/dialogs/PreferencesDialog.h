#pragma once

#include <QDialog>

class QComboBox;

namespace burgernet {

class SettingsService;

// The user's own preferences (language, day or night colours). Site settings (senders, limits) live
// elsewhere and need the administrator's permission.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(SettingsService& settings, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    // The language takes effect at the next start; the window tells the user so.
    void languageChanged(const QString& language);
    // "day" or "night"; the window applies it at once.
    void schemeChanged(const QString& scheme);

private:
    SettingsService& m_settings;
    QComboBox* m_language = nullptr;
    QComboBox* m_scheme = nullptr;
};

} // namespace burgernet
