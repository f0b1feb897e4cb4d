#include "ui/dialogs/PolicyDialog.h"

#include "app/services/SettingsService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace burgernet {

PolicyDialog::PolicyDialog(SettingsService& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Policy"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("These settings are kept in the register and apply to every workstation that shares "
           "it. Each change is recorded in the audit log."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    const auto current = m_settings.policy();
    if (current)
        m_shown = *current;
    else
        m_error->setText(current.errorMessage());

    auto* form = new QFormLayout;
    for (const PolicyDescriptor& d : policy::descriptors()) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QString::fromLatin1(d.id));
        const PolicyRange range = m_settings.range(d.key);
        spin->setRange(range.minimum, range.maximum);
        spin->setValue(m_shown.value(d.key));
        spin->setEnabled(current.ok());
        spin->setToolTip(policy::describe(d.key));
        m_fields[d.key] = spin;
        form->addRow(QString::fromLatin1(d.id), spin);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QSpinBox* PolicyDialog::field(PolicyKey key) const
{
    return m_fields.at(key);
}

QString PolicyDialog::errorText() const
{
    return m_error->text();
}

void PolicyDialog::accept()
{
    // The account's count must stay above the workstation's: raise it first, lower it last.
    std::vector<PolicyKey> order;
    for (const PolicyDescriptor& d : policy::descriptors())
        order.push_back(d.key);
    if (field(PolicyKey::SignInMaxFailures)->value() > m_shown.value(PolicyKey::SignInMaxFailures))
        std::stable_partition(order.begin(), order.end(),
                              [](PolicyKey k) { return k == PolicyKey::AccountLockFailures; });
    for (PolicyKey key : order) {
        const int value = field(key)->value();
        if (value == m_shown.value(key))
            continue;
        if (auto changed = m_settings.setPolicy(key, value); !changed) {
            m_error->setText(changed.errorMessage());
            return;
        }
        m_shown.set(key, value);
    }
    QDialog::accept();
}

} // namespace burgernet
