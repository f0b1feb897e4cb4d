#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl scenario ...`: training exercises without the window.
//   check FILE                 validates a scenario against the schema's rules
//   list                       the scenarios that come with the program
//   run FILE --trainee-script FILE [--speed N] [--json]   (with --training and --user)
// `run` starts the exercise on a virtual clock in this process, lets the script act as the
// trainee through the same services as the window, sends through the simulated senders and
// prints the debrief.
class ScenarioCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ScenarioCommand)

public:
    QString name() const override { return QStringLiteral("scenario"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
