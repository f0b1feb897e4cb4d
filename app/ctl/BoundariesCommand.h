#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

// `burgernetctl boundaries import FILE [--layer NAME]`: replaces the municipal boundaries with
// those of a Kadaster GeoPackage or a PDOK/CBS GeoJSON file. `boundaries list`: shows them.
// `boundaries within --municipality M --geojson FILE`: whether an area lies inside one.
class BoundariesCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::BoundariesCommand)

public:
    QString name() const override { return QStringLiteral("boundaries"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;
};

} // namespace burgernet
