#include "app/ctl/DemoCommand.h"

#include "app/ctl/CtlContext.h"
#include "app/register/DemoPopulation.h"
#include "app/security/DemoAccounts.h"
#include "app/security/UserService.h"
#include "app/services/AuditService.h"
#include "app/services/DemoHistory.h"
#include "app/services/DemoRegister.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantRepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace burgernet {

QString DemoCommand::summary() const
{
    return tr("Fill the register with a made-up population spread like the Dutch one.");
}

int DemoCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption count(QStringLiteral("participants"),
                                   tr("How many (default 1,250,000)."), tr("N"),
                                   QString::number(DemoPopulation::kDefaultParticipants));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        tr("The seed: the same seed gives the same population (default 1)."), tr("S"),
        QStringLiteral("1"));
    const QCommandLineOption history(
        QStringLiteral("history"),
        tr("Also add this many months of past actions (demo or training register; a register "
           "that already holds the demo population gets only the history)."),
        tr("MONTHS"));
    parser.addOptions({count, seed, history});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    bool okCount = false, okSeed = false;
    const qint64 n = parser.value(count).toLongLong(&okCount);
    const quint64 s = parser.value(seed).toULongLong(&okSeed);
    if (!okCount || n <= 0 || n > 20'000'000 || !okSeed) {
        context.err() << tr("--participants needs a number from 1 to 20,000,000 and --seed a "
                            "non-negative number.")
                      << Qt::endl;
        return ExitUsage;
    }
    int months = 0;
    if (parser.isSet(history)) {
        bool okMonths = false;
        months = parser.value(history).toInt(&okMonths);
        if (!okMonths || months < 1 || months > 36) {
            context.err() << tr("--history needs a number of months from 1 to 36.") << Qt::endl;
            return ExitUsage;
        }
    }
    Database* db = context.databaseOrReport();
    if (!db)
        return ExitFailure;
    AuditService* audit = context.auditOrReport();
    if (!audit)
        return ExitFailure;
    if (months > 0) {
        auto present = ParticipantRepository(*db).countAll();
        if (present && *present > 0)
            return addHistory(context, *db, *audit, months, s);
    }
    QElapsedTimer timer;
    timer.start();
    const Status generated = DemoRegister(*db, *audit).fill(n, s, [&](qint64 done, qint64 total) {
        context.err()
            << QStringLiteral("\r")
            << tr("Demo population: %1 of %2 (%3 %)").arg(done).arg(total).arg(100 * done / total)
            << Qt::flush;
        return true;
    });
    if (!generated) {
        context.err() << Qt::endl << generated.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.err() << Qt::endl;
    // The demo register comes with one account per role (README), in the register that holds the
    // accounts, when it has none yet.
    auto accounts = context.accounts();
    if (!accounts) {
        context.err() << accounts.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    UserService users(**accounts, *audit, context.clock(), PasswordHasher::minimum());
    auto any = users.hasAccounts();
    if (!any) {
        context.err() << any.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (!*any)
        if (auto added = users.addDemoAccounts(); !added) {
            context.err() << added.errorMessage() << Qt::endl;
            return ExitFailure;
        }
    context.out()
        << tr("%1 participants written in %2 s.").arg(n).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return months > 0 ? addHistory(context, *db, *audit, months, s) : ExitOk;
}

int DemoCommand::addHistory(CtlContext& context, Database& db, AuditService& audit, int months,
                            quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    DemoHistory::Options options;
    options.months = months;
    options.seed = seed;
    options.until = context.clock().nowUtc();
    auto added = DemoHistory(db, audit).add(options);
    if (!added) {
        context.err() << added.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << tr("%1 past actions written in %2 s.")
                         .arg(*added)
                         .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                  << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
