#pragma once

#include "app/core/PolicyKey.h"

#include <QDialog>

#include <map>

class QLabel;
class QSpinBox;

namespace burgernet {

class SettingsService;

// The register's policy (thresholds, limits, sign-in rails, idle lock, purge days), for
// administrators. Every change goes through SettingsService, which checks the permission and
// the range and records it; a refusal is shown here and the dialog stays open.
class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PolicyDialog(SettingsService& settings, QWidget* parent = nullptr);

    QSpinBox* field(PolicyKey key) const;
    QString errorText() const;

    void accept() override;

private:
    SettingsService& m_settings;
    PolicyValues m_shown;
    std::map<PolicyKey, QSpinBox*> m_fields;
    QLabel* m_error = nullptr;
};

} // namespace burgernet
