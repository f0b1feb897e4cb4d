#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

class ActionService;

// `burgernetctl action ...`: Burgernet actions for scripting and tests.
//   list [--open] [--json]
//   status ID [--json]          counts per state per channel
//   send --type T (--circle LAT,LON,M | --geojson F) --text TEXT --channel NAME... --yes [--json]
//   close ID --outcome O
//   cancel ID [--text TEXT]
// `send` writes the outbox; the console's dispatch worker sends it.
class ActionCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionCommand)

public:
    QString name() const override { return QStringLiteral("action"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;

private:
    int list(CtlContext& context, ActionService& actions, bool openOnly, bool json);
    int status(CtlContext& context, ActionService& actions, qint64 id, bool json);
};

} // namespace burgernet
