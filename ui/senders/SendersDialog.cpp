#include "ui/senders/SendersDialog.h"

#include "app/dispatch/SenderRegistry.h"
#include "app/services/AuditService.h"
#include "app/services/SenderService.h"
#include "ui/senders/SenderSettingsForm.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QtConcurrent>

namespace burgernet {

namespace {
QString kindText(const SenderDescriptor& d)
{
    if (d.servesEveryChannel)
        return SendersDialog::tr("every channel, reaching nobody");
    return d.channel.isAddressed() ? SendersDialog::tr("one message per participant")
                                   : SendersDialog::tr("one message for the area");
}

QString channelText(const SenderDescriptor& d)
{
    if (d.servesEveryChannel)
        return SendersDialog::tr("all channels");
    return d.addsChannel() ? d.channelName : channelName(d.channel);
}

QString outcomeText(SendOutcome outcome)
{
    switch (outcome) {
    case SendOutcome::Sent:
        return SendersDialog::tr("sent");
    case SendOutcome::Delivered:
        return SendersDialog::tr("delivered");
    case SendOutcome::Retryable:
        return SendersDialog::tr("temporary failure");
    case SendOutcome::Final:
        return SendersDialog::tr("failed");
    case SendOutcome::Uncertain:
        return SendersDialog::tr("uncertain (the answer was lost)");
    }
    return {};
}
} // namespace

QIcon SendersDialog::statusLight(SenderHealth::Status status)
{
    QColor color(QStringLiteral("#9e9e9e"));
    if (status == SenderHealth::Status::Ok)
        color = QColor(QStringLiteral("#2e7d32"));
    else if (status == SenderHealth::Status::Degraded)
        color = QColor(QStringLiteral("#ef6c00"));
    else if (status == SenderHealth::Status::Down)
        color = QColor(QStringLiteral("#c62828"));
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pixmap);
}

SendersDialog::SendersDialog(SenderService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Senders"));
    setObjectName(QStringLiteral("sendersDialog"));
    resize(820, 560);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("senderList"));
    m_list->setMaximumWidth(280);
    for (const SenderDescriptor& d : m_service.senders()) {
        auto* item =
            new QListWidgetItem(statusLight(SenderHealth::Status::Unknown), d.name, m_list);
        item->setData(Qt::UserRole, d.id);
        item->setToolTip(tr("Not checked yet"));
    }

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* store = new QLabel(tr("Secrets are kept in: %1")
                                 .arg(m_service.secretStoreKind() == QLatin1String("keychain")
                                          ? tr("the system keychain")
                                          : tr("an encrypted file (no keychain runs)")),
                             this);
    store->setWordWrap(true);
    left->addWidget(store);
    QStringList refused;
    for (const RefusedPlugin& plugin : m_service.registry().refused())
        refused.append(QStringLiteral("%1: %2").arg(plugin.file, plugin.reason));
    if (!refused.isEmpty()) {
        auto* label =
            new QLabel(tr("Plugins not loaded:\n%1").arg(refused.join(QLatin1Char('\n'))), this);
        label->setObjectName(QStringLiteral("refusedPlugins"));
        label->setWordWrap(true);
        left->addWidget(label);
    }
    if (m_service.registry().mode() == Mode::Training) {
        auto* training = new QLabel(tr("Training mode: only the simulated sender exists."), this);
        training->setWordWrap(true);
        left->addWidget(training);
    }

    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    auto* formHost = new QWidget(this);
    m_formArea = new QVBoxLayout(formHost);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(formHost);

    m_check = new QPushButton(tr("Check health"), this);
    m_check->setObjectName(QStringLiteral("checkHealth"));
    m_save = new QPushButton(tr("Save settings"), this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_testRecipient = new QLineEdit(this);
    m_testRecipient->setObjectName(QStringLiteral("testRecipient"));
    m_testRecipient->setPlaceholderText(tr("Your own number or address for a test message"));
    m_test = new QPushButton(tr("Send test message"), this);
    m_test->setObjectName(QStringLiteral("sendTest"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("senderResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_check);
    actions->addStretch();
    actions->addWidget(m_save);
    auto* test = new QHBoxLayout;
    test->addWidget(m_testRecipient, 1);
    test->addWidget(m_test);

    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(scroll, 1);
    right->addLayout(actions);
    right->addLayout(test);
    right->addWidget(m_result);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    m_canManage = m_service.canManage();
    m_save->setEnabled(m_canManage);
    m_test->setEnabled(m_canManage);
    m_testRecipient->setEnabled(m_canManage);
    if (!m_canManage)
        m_result->setText(tr("Your role may look at the senders but not change them."));

    connect(m_list, &QListWidget::currentRowChanged, this, &SendersDialog::showSender);
    connect(m_check, &QPushButton::clicked, this, &SendersDialog::checkHealth);
    connect(m_save, &QPushButton::clicked, this, &SendersDialog::save);
    connect(m_test, &QPushButton::clicked, this, &SendersDialog::sendTest);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QString SendersDialog::currentId() const
{
    QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SendersDialog::showSender()
{
    const auto d = m_service.descriptor(currentId());
    if (!d)
        return;
    delete m_form;
    QSet<QString> stored;
    for (const SenderSetting& s : d->settings)
        if (s.type == SenderSetting::Type::Secret && m_service.hasSecret(d->id, s.key))
            stored.insert(s.key);
    m_form = new SenderSettingsForm(*d, m_service.settings(d->id), stored);
    m_form->setReadOnly(!m_canManage);
    m_formArea->addWidget(m_form);
    m_title->setText(QStringLiteral("<b>%1</b><br>%2 · %3")
                         .arg(d->name.toHtmlEscaped(), channelText(*d), kindText(*d)));
    if (m_canManage)
        m_result->clear();
}

void SendersDialog::setBusy(bool busy)
{
    m_check->setEnabled(!busy);
    m_save->setEnabled(!busy && m_canManage);
    m_test->setEnabled(!busy && m_canManage);
    m_list->setEnabled(!busy);
}

void SendersDialog::checkHealth()
{
    const QString id = currentId();
    QListWidgetItem* item = m_list->currentItem();
    if (id.isEmpty() || !item)
        return;
    setBusy(true);
    m_result->setText(tr("Checking…"));
    auto* watcher = new QFutureWatcher<Result<SenderHealth>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, item] {
        const Result<SenderHealth> health = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        if (!health) {
            m_result->setText(health.errorMessage());
            return;
        }
        item->setIcon(statusLight(health->status));
        item->setData(Qt::UserRole + 1, enumId(health->status));
        item->setToolTip(health->detail);
        const QString words = health->status == SenderHealth::Status::Ok ? tr("answers")
                              : health->status == SenderHealth::Status::Degraded
                                  ? tr("answers with errors")
                              : health->status == SenderHealth::Status::Down ? tr("does not answer")
                                                                             : tr("not known");
        m_result->setText(tr("Health: %1 — %2").arg(words, health->detail));
    });
    watcher->setFuture(QtConcurrent::run([this, id] { return m_service.checkHealth(id); }));
}

void SendersDialog::save()
{
    if (!m_form)
        return;
    const Status saved = m_service.saveSettings(currentId(), m_form->values());
    m_result->setText(saved ? tr("Settings saved.") : saved.errorMessage());
    if (saved)
        showSender(); // secrets show as stored, nothing stays in the fields
}

void SendersDialog::sendTest()
{
    const QString id = currentId();
    const QString recipient = m_testRecipient->text().trimmed();
    setBusy(true);
    m_result->setText(tr("Sending a test message…"));
    auto* watcher = new QFutureWatcher<Result<SendResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<SendResult> result = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        if (!result) {
            m_result->setText(result.errorMessage());
            return;
        }
        QString text = tr("Test message: %1").arg(outcomeText(result->outcome));
        if (!result->error.isEmpty())
            text += QStringLiteral(" — ") + result->error;
        m_result->setText(text);
    });
    watcher->setFuture(QtConcurrent::run(
        [this, id, recipient] { return m_service.sendTestMessage(id, recipient); }));
}

} // namespace burgernet
