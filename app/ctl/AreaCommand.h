#pragma once

#include "app/ctl/CtlCommand.h"
#include "app/geo/GeoArea.h"

#include <QCoreApplication>

#include <optional>

namespace burgernet {

// `burgernetctl area count (--circle LAT,LON,METRES | --geojson FILE | --municipality M |
// --saved NAME) [--at TIME] [--json]`: how many participants an alert in that area would reach,
// per channel. The area library's verbs (save, list, export, import, rename, delete) are
// SavedAreaCommand's.
class AreaCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaCommand)

public:
    QString name() const override { return QStringLiteral("area"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;

    // "LAT,LON,METRES" as a circle, if it is one.
    static std::optional<GeoArea> parseCircle(const QString& text);
};

} // namespace burgernet
