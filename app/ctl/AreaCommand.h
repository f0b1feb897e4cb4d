#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl area count (--circle LAT,LON,METRES | --geojson FILE) [--at TIME] [--json]`:
// how many participants an alert in that area would reach, per channel.
class AreaCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaCommand)

public:
    QString name() const override { return QStringLiteral("area"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
