#pragma once

#include "app/dispatch/ChannelCatalog.h"
#include "app/dispatch/ChannelStatus.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTimer;

namespace burgernet {

// A light per channel in the Dispatch dock, from the running dispatcher: green ready, red the
// gateway keeps failing (breaker open) or does not answer the periodic check, orange it answers
// with errors, grey not configured or nothing sends here. What is not
// ready is also said in words under the lights, so it is not told by colour alone.
class ChannelHealthLights : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelHealthLights(const ChannelCatalog& catalog, QWidget* parent = nullptr);

    // Without a source every light is grey ("nothing sends in this process").
    void setSource(const ChannelStatusSource* source);
    ChannelReadiness readiness(const Channel& channel) const;
    // What the periodic gateway check found (Unknown without one).
    SenderHealth::Status gatewayHealth(const Channel& channel) const;
    QString summary() const;
    static QColor colour(ChannelReadiness readiness);

public Q_SLOTS:
    void refresh();

private:
    ChannelCatalog m_catalog;
    const ChannelStatusSource* m_source = nullptr;
    QHash<Channel, QLabel*> m_lights;
    QHash<Channel, ChannelReadiness> m_state;
    QHash<Channel, SenderHealth::Status> m_health;
    QHash<Channel, QRgb> m_colours;
    QLabel* m_summary;
    QTimer* m_timer;
};

} // namespace burgernet
