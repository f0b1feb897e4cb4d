#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl tip ...`: the call-back tips of an action, through the same TipService as the
// window's Tips tab.
//   add ACTION --text TEXT [--at TIME] [--place PLACE] [--source S] [--useful|--not-useful]
//   edit TIP [--text] [--at] [--place] [--source] [--useful|--not-useful|--unrated]
//   rate TIP useful|not-useful|unrated
//   list ACTION [--json]            with the time to the first tip and the useful count
class TipCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::TipCommand)

public:
    QString name() const override { return QStringLiteral("tip"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
