#include "app/ctl/AlarmCommand.h"

#include "app/core/Clock.h"
#include "app/ctl/CtlContext.h"
#include "app/services/AlarmService.h"
#include "app/session/SessionServices.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace burgernet {

namespace {

QJsonObject alarmJson(const Alarm& a, const QDateTime& now)
{
    QJsonObject json{{QStringLiteral("key"), a.key()},
                     {QStringLiteral("kind"), enumId(a.kind)},
                     {QStringLiteral("action"), a.actionId},
                     {QStringLiteral("level"), a.level},
                     {QStringLiteral("active"), a.activeAt(now)},
                     {QStringLiteral("acknowledged"), a.acknowledged}};
    if (!a.channel.isEmpty())
        json.insert(QStringLiteral("channel"), a.channel);
    if (a.since.isValid())
        json.insert(QStringLiteral("since"), a.since.toString(Qt::ISODate));
    if (a.acknowledged) {
        json.insert(QStringLiteral("acknowledgedBy"), a.acknowledgedBy);
        json.insert(QStringLiteral("acknowledgedAt"), a.acknowledgedAt.toString(Qt::ISODate));
    }
    if (a.snoozedAt(now))
        json.insert(QStringLiteral("snoozedUntil"), a.snoozedUntil.toString(Qt::ISODate));
    return json;
}

QJsonObject responseJson(const AlarmResponse& r)
{
    QJsonObject json{{QStringLiteral("key"), r.key},
                     {QStringLiteral("kind"), enumId(r.kind)},
                     {QStringLiteral("action"), r.actionId},
                     {QStringLiteral("response"), enumId(r.response)},
                     {QStringLiteral("level"), r.level},
                     {QStringLiteral("at"), r.at.toString(Qt::ISODate)},
                     {QStringLiteral("by"), r.by}};
    if (r.until.isValid())
        json.insert(QStringLiteral("until"), r.until.toString(Qt::ISODate));
    return json;
}

} // namespace

QString AlarmCommand::summary() const
{
    return tr("Alarms: list, acknowledge, snooze.");
}

int AlarmCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("what"), tr("list, ack KEY or snooze KEY"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption history(QStringLiteral("history"),
                                     tr("list: the answers given to alarms, newest first."));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     tr("snooze: for this many minutes (1 to 120)."), tr("N"));
    parser.addOptions({json, history, minutes});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (!((what == QLatin1String("list") && positional.size() == 1) ||
          ((what == QLatin1String("ack") || what == QLatin1String("snooze")) &&
           positional.size() == 2))) {
        context.err() << tr("Use \"alarm list\", \"alarm ack KEY\" or \"alarm snooze KEY "
                            "--minutes N\".")
                      << Qt::endl;
        return ExitUsage;
    }
    int snoozeMinutes = 0;
    if (what == QLatin1String("snooze")) {
        bool ok = false;
        snoozeMinutes = parser.value(minutes).toInt(&ok);
        if (!ok) {
            context.err() << tr("--minutes: give the number of minutes to snooze.") << Qt::endl;
            return ExitUsage;
        }
    }
    SessionServices* session = context.sessionServicesOrReport(false, false);
    if (!session)
        return ExitFailure;
    AlarmService& alarms = session->alarms();
    const QDateTime now = context.clock().nowUtc();

    if (what == QLatin1String("list") && parser.isSet(history)) {
        auto list = alarms.history();
        if (!list) {
            context.err() << list.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        QJsonArray array;
        for (const AlarmResponse& r : *list) {
            array.append(responseJson(r));
            if (!parser.isSet(json))
                context.out() << r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              << '\t' << r.key << '\t' << enumId(r.response) << '\t' << r.by
                              << Qt::endl;
        }
        if (parser.isSet(json))
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    if (what == QLatin1String("list")) {
        auto list = alarms.current();
        if (!list) {
            context.err() << list.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        QJsonArray array;
        for (const Alarm& a : *list) {
            array.append(alarmJson(a, now));
            if (!parser.isSet(json))
                context.out() << a.key() << '\t' << a.level << '\t'
                              << (a.acknowledged ? tr("acknowledged by %1").arg(a.acknowledgedBy)
                                  : a.snoozedAt(now) ? tr("snoozed")
                                                     : tr("ACTIVE"))
                              << Qt::endl;
        }
        if (parser.isSet(json))
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    const QString key = positional.value(1);
    const Status done =
        what == QLatin1String("ack") ? alarms.acknowledge(key) : alarms.snooze(key, snoozeMinutes);
    if (!done) {
        context.err() << done.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    context.out() << (what == QLatin1String("ack")
                          ? tr("Alarm %1 acknowledged.").arg(key)
                          : tr("Alarm %1 snoozed for %2 min.").arg(key).arg(snoozeMinutes))
                  << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
