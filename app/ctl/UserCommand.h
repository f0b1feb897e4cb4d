#pragma once

#include "app/ctl/CtlCommand.h"

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;
class QCommandLineOption;

namespace burgernet {

class UserService;

// `burgernetctl user add|list|passwd|disable|enable|unlock|role`: the console's accounts, through
// UserService (ManageUsers, recorded). Passwords come from --password-file or standard input,
// never from the command line.
class UserCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    int run(CtlContext& context, const QStringList& args) override;

private:
    static std::optional<QString> password(CtlContext& context, const QString& passwordFile);
    static int list(CtlContext& context, UserService& users, bool json);
};

} // namespace burgernet
