#include "app/ctl/UserCommand.h"

#include "app/core/Clock.h"
#include "app/ctl/CtlContext.h"
#include "app/ctl/PasswordInput.h"
#include "app/security/UserService.h"
#include "app/services/AuditService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

QString UserCommand::summary() const
{
    return tr("Manage the console's accounts: add, list, passwd, disable, enable, unlock, role.");
}

std::optional<QString> UserCommand::password(CtlContext& context, const QString& passwordFile)
{
    QString error;
    auto password = passwordFile.isEmpty() ? PasswordInput::fromStdin(tr("New password"), &error)
                                           : PasswordInput::fromFile(passwordFile, &error);
    if (!password)
        context.err() << error << Qt::endl;
    return password;
}

int UserCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Roles: dispatcher, supervisor, trainer, administrator, municipal-editor. A password "
           "is read from --password-file or standard input (typed twice on a terminal)."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("add NAME --role ROLE, list, passwd NAME, disable NAME, enable NAME, unlock NAME or "
           "role NAME ROLE"));
    const QCommandLineOption role(QStringLiteral("role"), tr("add: the account's role."),
                                  tr("ROLE"));
    const QCommandLineOption municipality(QStringLiteral("municipality"),
                                          tr("add, role: a municipal editor's municipality."),
                                          tr("NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("add, passwd: read the password from this file's "
                                             "first line."),
                                          tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    parser.addOptions({role, municipality, passwordFile, json});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    static const QStringList verbs{QStringLiteral("add"),    QStringLiteral("list"),
                                   QStringLiteral("passwd"), QStringLiteral("disable"),
                                   QStringLiteral("enable"), QStringLiteral("unlock"),
                                   QStringLiteral("role")};
    if (!verbs.contains(verb)) {
        context.err() << tr("Unknown or missing action \"%1\": use %2.")
                             .arg(verb, verbs.join(QStringLiteral(", ")))
                      << Qt::endl;
        return ExitUsage;
    }
    const int wanted = verb == QLatin1String("list") ? 1 : verb == QLatin1String("role") ? 3 : 2;
    if (positional.size() != wanted) {
        context.err() << tr("Wrong arguments for user %1; see burgernetctl user --help.").arg(verb)
                      << Qt::endl;
        return ExitUsage;
    }
    Role newRole = Role::Dispatcher;
    const QString roleText =
        verb == QLatin1String("role") ? positional.value(2) : parser.value(role);
    if (verb == QLatin1String("add") || verb == QLatin1String("role")) {
        if (!enumFromId(roleText, &newRole) || newRole == Role::Workstation) {
            context.err() << tr("Unknown role \"%1\": use dispatcher, supervisor, trainer, "
                                "administrator or municipal-editor.")
                                 .arg(roleText)
                          << Qt::endl;
            return ExitUsage;
        }
    }
    // The accounts live in the live register, also when --training is given.
    auto accounts = context.accounts();
    if (!accounts) {
        context.err() << accounts.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    AuditService* audit = context.auditOrReport();
    if (!audit)
        return ExitFailure;
    UserService users(**accounts, *audit, context.clock());
    if (verb == QLatin1String("list"))
        return list(context, users, parser.isSet(json));

    const QString name = positional.value(1);
    Status done;
    if (verb == QLatin1String("add") || verb == QLatin1String("passwd")) {
        const auto secret = password(context, parser.value(passwordFile));
        if (!secret)
            return ExitFailure;
        done = verb == QLatin1String("add")
                   ? users.add(name, newRole, parser.value(municipality), *secret)
                   : users.setPassword(name, *secret);
    } else if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        done = users.setDisabled(name, verb == QLatin1String("disable"));
    } else if (verb == QLatin1String("unlock")) {
        done = users.unlock(name);
    } else {
        done = users.setRole(name, newRole, parser.value(municipality));
    }
    if (!done) {
        context.err() << done.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("Account %1: %2 done.").arg(name, verb) << Qt::endl;
    return ExitOk;
}

int UserCommand::list(CtlContext& context, UserService& users, bool json)
{
    auto accounts = users.list();
    if (!accounts) {
        context.err() << accounts.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    const QDateTime now = context.clock().nowUtc();
    auto state = [&](const UserAccount& a) {
        return a.disabled        ? QStringLiteral("disabled")
               : a.lockedAt(now) ? QStringLiteral("locked")
                                 : QStringLiteral("active");
    };
    if (json) {
        QJsonArray list;
        for (const UserAccount& a : *accounts) {
            QJsonObject o{{QStringLiteral("user"), a.name},
                          {QStringLiteral("role"), enumId(a.role)},
                          {QStringLiteral("state"), state(a)},
                          {QStringLiteral("failures"), a.failedAttempts}};
            if (!a.municipality.isEmpty())
                o.insert(QStringLiteral("municipality"), a.municipality);
            list.append(o);
        }
        context.out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const UserAccount& a : *accounts)
        context.out() << QStringLiteral("%1  %2  %3%4")
                             .arg(a.name, -16)
                             .arg(enumId(a.role), -17)
                             .arg(state(a), a.municipality.isEmpty()
                                                ? QString()
                                                : QStringLiteral("  ") + a.municipality)
                      << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
