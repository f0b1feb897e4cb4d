#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

namespace burgernet {

class SettingsService;

// `burgernetctl settings [--json]`: the register's policy with its values and ranges, and this
// user's own settings with their defaults and meaning. `settings set KEY VALUE` changes a policy
// value (an administrator's, recorded; the range and the permission are the service's).
class SettingsCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::SettingsCommand)

public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;

private:
    static int list(CtlContext& context, SettingsService& service, bool json);
    static int set(CtlContext& context, SettingsService& service, const QString& key,
                   const QString& value);
};

} // namespace burgernet
