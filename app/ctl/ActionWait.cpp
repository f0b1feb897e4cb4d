#include "app/ctl/ActionWait.h"

#include "app/ctl/CtlContext.h"
#include "app/dispatch/Dispatcher.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/DispatchProgress.h"
#include "app/session/SessionServices.h"
#include "app/storage/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace burgernet {

namespace {

QString progressLine(const SessionServices& session, const ActionProgress& progress)
{
    QStringList parts;
    for (const ChannelProgress& c : progress.channels) {
        QString part = QStringLiteral("%1 %2/%3")
                           .arg(session.catalog().name(c.channel))
                           .arg(c.total - c.waiting())
                           .arg(c.total);
        if (c.count(OutboxState::Failed) > 0)
            part += ActionWait::tr(" (%1 failed)").arg(c.count(OutboxState::Failed));
        if (c.etaSeconds > 0)
            part += ActionWait::tr(" ~%1 s").arg(qRound(c.etaSeconds));
        parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

// Rows that this process can still send: queued or sending on a channel with a working sender.
qint64 sendable(SessionServices& session, const ActionProgress& progress)
{
    qint64 n = 0;
    for (const ChannelProgress& c : progress.channels) {
        const ChannelReadiness r = session.dispatcher()
                                       ? session.dispatcher()->status(c.channel).readiness
                                       : ChannelReadiness::NoDispatcher;
        // A breaker recovers by itself; a missing sender does not.
        if (r == ChannelReadiness::Ready || r == ChannelReadiness::BreakerOpen)
            n += c.waiting();
        else
            n += c.count(OutboxState::Sending);
    }
    return n;
}

} // namespace

int ActionWait::untilSettled(CtlContext& context, SessionServices& session, qint64 id,
                             int timeoutSeconds, bool json)
{
    if (!session.dispatcher()) {
        context.err() << tr("Nothing sends in this process.") << Qt::endl;
        return ExitFailure;
    }
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(250);
    QString lastLine;
    qint64 lastPrintMs = -10'000;
    int code = ExitOk;
    QElapsedTimer interrupted; // since the register stopped answering
    constexpr qint64 kGiveUpAfterMs = 120'000;
    const auto check = [&] {
        session.progress().forget(id); // count afresh: the workers post per channel
        auto progress = session.progress().progress(id);
        if (!progress) {
            // The register may be restarting or failing over: the workers carry on by
            // themselves (and write what they sent once it answers), so this wait goes on for
            // a while before it gives up.
            if (!interrupted.isValid()) {
                interrupted.start();
                context.err() << tr("The register does not answer (%1); waiting for it.")
                                     .arg(progress.errorMessage())
                              << Qt::endl;
            }
            if (!session.database().isReachable())
                (void)session.database().reconnect();
            if (interrupted.elapsed() > kGiveUpAfterMs) {
                code = ExitFailure;
                loop.quit();
            }
            return;
        }
        if (interrupted.isValid()) {
            context.err() << tr("The register answers again after %1 s.")
                                 .arg(QString::number(double(interrupted.elapsed()) / 1000.0, 'f',
                                                      1))
                          << Qt::endl;
            interrupted.invalidate();
        }
        const QString line = progressLine(session, *progress);
        if (line != lastLine && elapsed.elapsed() - lastPrintMs >= 1000) {
            context.err() << line << Qt::endl;
            lastLine = line;
            lastPrintMs = elapsed.elapsed();
        }
        if (sendable(session, *progress) == 0) {
            if (progress->waiting() > 0) {
                context.err() << tr("%n message(s) wait for a channel that cannot send now.",
                                    nullptr, int(progress->waiting()))
                              << Qt::endl;
                code = ExitFailure;
            }
            loop.quit();
            return;
        }
        if (timeoutSeconds > 0 && elapsed.elapsed() > qint64(timeoutSeconds) * 1000) {
            context.err()
                << tr("Stopped waiting after %1 s; the rest stays queued.").arg(timeoutSeconds)
                << Qt::endl;
            code = ExitFailure;
            loop.quit();
        }
    };
    QObject::connect(&tick, &QTimer::timeout, &loop, check);
    tick.start();
    session.dispatcher()->wake();
    loop.exec();
    // The last rows may have finished between two ticks: let "sending" become "sent".
    session.progress().refreshStates({id});
    auto a = session.workflow().action(id);
    auto progress = session.progress().progress(id);
    if (!a || !progress)
        return ExitFailure;
    context.err() << progressLine(session, *progress) << Qt::endl;
    QJsonObject perChannel;
    for (const ChannelProgress& c : progress->channels) {
        QJsonObject states;
        for (auto it = c.states.cbegin(); it != c.states.cend(); ++it)
            states.insert(enumId(it.key()), it.value());
        perChannel.insert(c.channel.id(), states);
    }
    if (json)
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                   {QStringLiteral("state"), enumId(a->state)},
                                                   {QStringLiteral("channels"), perChannel}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
    else
        context.out() << tr("Action %1: %2.").arg(id).arg(enumId(a->state)) << Qt::endl;
    return code;
}

} // namespace burgernet
