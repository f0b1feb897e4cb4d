#include "ui/dialogs/PreferencesDialog.h"

#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/services/SettingsService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace burgernet {

PreferencesDialog::PreferencesDialog(SettingsService& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Same as the system"), QStringLiteral("auto"));
    // Language names in their own language, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(m_settings.settings().value(keys::UiLanguage))));
    form->addRow(tr("&Language:"), m_language);
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    m_scheme->addItem(tr("Day"), QStringLiteral("day"));
    m_scheme->addItem(tr("Night (dark, for a dimmed room)"), QStringLiteral("night"));
    m_scheme->setCurrentIndex(
        qMax(0, m_scheme->findData(m_settings.settings().value(keys::UiScheme))));
    form->addRow(tr("&Colours:"), m_scheme);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    if (language != m_settings.settings().value(keys::UiLanguage)) {
        if (auto changed = m_settings.setLanguage(language); !changed) {
            QMessageBox::warning(this, tr("Language"), changed.errorMessage());
            return;
        }
        Q_EMIT languageChanged(language);
    }
    // How this user likes to look at the window, like its layout: not a recorded setting.
    const QString scheme = m_scheme->currentData().toString();
    if (scheme != m_settings.settings().value(keys::UiScheme)) {
        m_settings.settings().setValue(keys::UiScheme, scheme);
        Q_EMIT schemeChanged(scheme);
    }
    QDialog::accept();
}

} // namespace burgernet
