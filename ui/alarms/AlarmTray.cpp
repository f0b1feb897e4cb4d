#include "ui/alarms/AlarmTray.h"

#include "ui/alarms/AlarmTableModel.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace burgernet {

AlarmTray::AlarmTray(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(window->windowIcon(), this);
    m_icon->setToolTip(tr("Burgernet Console alarms"));
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    m_icon->show();
}

void AlarmTray::notify(const QList<Alarm>& alarms)
{
    if (alarms.isEmpty())
        return;
    QStringList lines;
    for (const Alarm& a : alarms)
        lines << AlarmTableModel::describe(a);
    m_lastMessage = lines.join(QLatin1Char('\n'));
    if (!m_icon)
        return;
    const bool urgent = std::any_of(alarms.cbegin(), alarms.cend(), [](const Alarm& a) {
        return a.kind == AlarmKind::ClosingDue || a.kind == AlarmKind::GatewayDown ||
               a.kind == AlarmKind::BreakerOpen;
    });
    m_icon->showMessage(alarms.size() == 1 ? AlarmTableModel::kindText(alarms.first().kind)
                                           : tr("%n new alarm(s)", nullptr, int(alarms.size())),
                        m_lastMessage,
                        urgent ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 15'000);
}

} // namespace burgernet
