#include "ui/senders/SenderSettingsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace burgernet {

SenderSettingsForm::SenderSettingsForm(const SenderDescriptor& descriptor,
                                       const QVariantMap& values,
                                       const QSet<QString>& storedSecrets, QWidget* parent)
    : QWidget(parent)
    , m_descriptor(descriptor)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    using T = SenderSetting::Type;
    for (const SenderSetting& s : descriptor.settings) {
        QWidget* editor = nullptr;
        const QVariant value = values.value(s.key, s.defaultValue);
        switch (s.type) {
        case T::Text:
        case T::Url: {
            auto* line = new QLineEdit(value.toString(), this);
            if (s.type == T::Url)
                line->setPlaceholderText(QStringLiteral("https://…"));
            editor = line;
            break;
        }
        case T::Secret: {
            auto* line = new QLineEdit(this);
            line->setEchoMode(QLineEdit::Password);
            line->setPlaceholderText(storedSecrets.contains(s.key)
                                         ? tr("stored (leave empty to keep)")
                                         : tr("not stored"));
            editor = line;
            break;
        }
        case T::Integer: {
            auto* spin = new QSpinBox(this);
            spin->setRange(0, 10'000'000);
            spin->setValue(value.toInt());
            editor = spin;
            break;
        }
        case T::Boolean: {
            auto* check = new QCheckBox(this);
            check->setChecked(value.toBool());
            editor = check;
            break;
        }
        case T::Choice: {
            auto* combo = new QComboBox(this);
            combo->addItems(s.choices);
            combo->setCurrentText(value.toString());
            editor = combo;
            break;
        }
        }
        editor->setObjectName(s.key);
        editor->setToolTip(s.help);
        m_editors.insert(s.key, editor);
        form->addRow(s.required ? s.label + QStringLiteral(" *") : s.label, editor);
        if (s.key == QLatin1String("verifyTls")) {
            m_tlsWarning = new QLabel(
                tr("Certificates are not checked: anyone on the network path can read and change "
                   "what this sender sends. Only for test gateways; the change is recorded."),
                this);
            m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
            m_tlsWarning->setWordWrap(true);
            m_tlsWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
            form->addRow(QString(), m_tlsWarning);
            auto* check = static_cast<QCheckBox*>(editor);
            m_tlsWarning->setVisible(!check->isChecked());
            connect(check, &QCheckBox::toggled, m_tlsWarning,
                    [this](bool on) { m_tlsWarning->setVisible(!on); });
        }
    }
}

QVariantMap SenderSettingsForm::values() const
{
    QVariantMap values;
    for (const SenderSetting& s : m_descriptor.settings) {
        QWidget* editor = m_editors.value(s.key);
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            values.insert(s.key, line->text().trimmed());
        else if (auto* spin = qobject_cast<QSpinBox*>(editor))
            values.insert(s.key, spin->value());
        else if (auto* check = qobject_cast<QCheckBox*>(editor))
            values.insert(s.key, check->isChecked());
        else if (auto* combo = qobject_cast<QComboBox*>(editor))
            values.insert(s.key, combo->currentText());
    }
    return values;
}

void SenderSettingsForm::setReadOnly(bool readOnly)
{
    for (QWidget* editor : std::as_const(m_editors))
        editor->setEnabled(!readOnly);
}

} // namespace burgernet
