#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl alarm ...`: the alarms the window's Alarms dock shows, through the same
// AlarmService (derived from the register and the outbox; no breaker without a dispatcher).
//   list [--json] [--history]     current alarms (acknowledged ones flagged), or the answers
//   ack KEY                       acknowledge, recorded with who and when
//   snooze KEY --minutes N
class AlarmCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AlarmCommand)

public:
    QString name() const override { return QStringLiteral("alarm"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
