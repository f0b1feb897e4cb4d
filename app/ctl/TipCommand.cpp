#include "app/ctl/TipCommand.h"

#include "app/core/Clock.h"
#include "app/ctl/CtlContext.h"
#include "app/services/TipService.h"
#include "app/session/SessionServices.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace burgernet {

namespace {

QJsonObject tipJson(const Tip& t)
{
    QJsonObject json{{QStringLiteral("id"), t.id},
                     {QStringLiteral("action"), t.actionId},
                     {QStringLiteral("at"), t.at.toString(Qt::ISODate)},
                     {QStringLiteral("source"), enumId(t.source)},
                     {QStringLiteral("rating"), enumId(t.rating())},
                     {QStringLiteral("text"), t.text},
                     {QStringLiteral("author"), t.author}};
    if (t.located()) {
        json.insert(QStringLiteral("lat"), t.lat);
        json.insert(QStringLiteral("lon"), t.lon);
    }
    if (t.editedAt.isValid()) {
        json.insert(QStringLiteral("edited"), t.editedAt.toString(Qt::ISODate));
        json.insert(QStringLiteral("editedBy"), t.editedBy);
    }
    return json;
}

QJsonObject summaryJson(const TipSummary& s)
{
    QJsonObject json{{QStringLiteral("tips"), s.total},
                     {QStringLiteral("useful"), s.useful},
                     {QStringLiteral("unrated"), s.unrated}};
    if (s.firstTipAt.isValid())
        json.insert(QStringLiteral("firstTip"), s.firstTipAt.toString(Qt::ISODate));
    if (s.secondsToFirstTip >= 0)
        json.insert(QStringLiteral("secondsToFirstTip"), s.secondsToFirstTip);
    return json;
}

// ISO 8601 with or without an offset (without: local time), or HH:MM today on the clock.
Result<QDateTime> parseTime(const QString& text, const Clock& clock)
{
    const QString trimmed = text.trimmed();
    const QTime time = QTime::fromString(trimmed, QStringLiteral("H:mm"));
    if (time.isValid())
        return QDateTime(clock.nowUtc().toLocalTime().date(), time).toUTC();
    QDateTime at = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!at.isValid())
        return Error{TipCommand::tr("--at: \"%1\" is not a time; use HH:MM or "
                                    "YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM].")
                         .arg(text)};
    return at.toUTC();
}

} // namespace

QString TipCommand::summary() const
{
    return tr("Call-back tips of an action: add, edit, rate, list.");
}

int TipCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(
        QStringLiteral("what"),
        tr("add ACTION, edit TIP, rate TIP useful|not-useful|unrated, or list ACTION"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  tr("What the caller reported, in a few words; no names, "
                                     "phone numbers or addresses of people."),
                                  tr("TEXT"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("When the call came in (default: now): HH:MM today or ISO "
                                   "8601."),
                                tr("TIME"));
    const QCommandLineOption place(QStringLiteral("place"),
                                   tr("Where: coordinates (WGS84, degrees and minutes, or RD "
                                      "x y), or \"unknown\"."),
                                   tr("PLACE"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    tr("Where the call came in: %1 (default: other).")
                                        .arg(enumIds<TipSource>().join(QStringLiteral(", "))),
                                    tr("SOURCE"));
    const QCommandLineOption useful(QStringLiteral("useful"), tr("Rate the tip useful."));
    const QCommandLineOption notUseful(QStringLiteral("not-useful"),
                                       tr("Rate the tip not useful."));
    const QCommandLineOption unrated(QStringLiteral("unrated"), tr("edit: take the rating back."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({text, at, place, source, useful, notUseful, unrated, json});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    bool idOk = false;
    const qint64 id = positional.value(1).toLongLong(&idOk);
    const bool shapeOk = ((what == QLatin1String("add") || what == QLatin1String("edit") ||
                           what == QLatin1String("list")) &&
                          positional.size() == 2) ||
                         (what == QLatin1String("rate") && positional.size() == 3);
    if (!shapeOk || !idOk || id <= 0) {
        context.err() << tr("Use \"tip add ACTION --text TEXT\", \"tip edit TIP\", \"tip rate TIP "
                            "useful|not-useful|unrated\" or \"tip list ACTION\".")
                      << Qt::endl;
        return ExitUsage;
    }
    if (int(parser.isSet(useful)) + int(parser.isSet(notUseful)) + int(parser.isSet(unrated)) > 1) {
        context.err() << tr("Give at most one of --useful, --not-useful and --unrated.")
                      << Qt::endl;
        return ExitUsage;
    }
    // Tips need no participant index and send nothing.
    SessionServices* session = context.sessionServicesOrReport(false, false);
    if (!session)
        return ExitFailure;
    TipService& tips = session->tips();

    if (what == QLatin1String("list")) {
        auto list = tips.tips(id);
        auto summary = list ? tips.summary(id) : Result<TipSummary>(list.error());
        if (!summary) {
            context.err() << summary.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Tip& t : *list)
                array.append(tipJson(t));
            context.out() << QJsonDocument(
                                 QJsonObject{{QStringLiteral("action"), id},
                                             {QStringLiteral("tips"), array},
                                             {QStringLiteral("summary"), summaryJson(*summary)}})
                                 .toJson(QJsonDocument::Compact)
                          << Qt::endl;
            return ExitOk;
        }
        for (const Tip& t : *list)
            context.out()
                << t.id << '\t' << t.at.toLocalTime().toString(QStringLiteral("HH:mm")) << '\t'
                << enumId(t.source) << '\t' << enumId(t.rating()) << '\t'
                << (t.located()
                        ? QStringLiteral("%1,%2").arg(t.lat, 0, 'f', 5).arg(t.lon, 0, 'f', 5)
                        : tr("unknown"))
                << '\t' << t.text << Qt::endl;
        context.out() << tr("%n tip(s), %1 useful", nullptr, summary->total).arg(summary->useful);
        if (summary->secondsToFirstTip >= 0)
            context.out() << tr(", first after %1 min").arg(summary->secondsToFirstTip / 60);
        context.out() << Qt::endl;
        return ExitOk;
    }

    if (what == QLatin1String("rate")) {
        const auto rating = enumFromId<TipRating>(positional.value(2));
        if (!rating) {
            context.err()
                << tr("Rating \"%1\": use useful, not-useful or unrated.").arg(positional.value(2))
                << Qt::endl;
            return ExitUsage;
        }
        if (auto s = tips.rate(id, *rating); !s) {
            context.err() << s.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        context.out() << tr("Tip %1 rated %2.").arg(id).arg(enumId(*rating)) << Qt::endl;
        return ExitOk;
    }

    Tip tip;
    if (what == QLatin1String("edit")) {
        auto stored = tips.tip(id);
        if (!stored) {
            context.err() << stored.errorMessage() << Qt::endl;
            return ExitFailure;
        }
        tip = *stored;
    } else {
        tip.setRating(TipRating::Unrated);
        if (!parser.isSet(text)) {
            context.err() << tr("--text: say in a few words what the caller reported.") << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(text))
        tip.text = parser.value(text);
    if (parser.isSet(at)) {
        auto time = parseTime(parser.value(at), context.clock());
        if (!time) {
            context.err() << time.errorMessage() << Qt::endl;
            return ExitUsage;
        }
        tip.at = *time;
    }
    if (parser.isSet(place)) {
        auto coordinate = TipService::parsePlace(parser.value(place));
        if (!coordinate) {
            context.err() << QStringLiteral("--place: ") << coordinate.errorMessage() << Qt::endl;
            return ExitUsage;
        }
        tip.lat = coordinate->isValid() ? coordinate->latitude() : qQNaN();
        tip.lon = coordinate->isValid() ? coordinate->longitude() : qQNaN();
    }
    if (parser.isSet(source) && !enumFromId(parser.value(source), &tip.source)) {
        context.err() << tr("--source \"%1\": use one of %2.")
                             .arg(parser.value(source),
                                  enumIds<TipSource>().join(QStringLiteral(", ")))
                      << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(useful))
        tip.setRating(TipRating::Useful);
    else if (parser.isSet(notUseful))
        tip.setRating(TipRating::NotUseful);
    else if (parser.isSet(unrated))
        tip.setRating(TipRating::Unrated);

    auto saved = what == QLatin1String("add") ? tips.add(id, tip) : tips.edit(tip);
    if (!saved) {
        context.err() << saved.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    for (const TextWarning& w : saved->warnings)
        context.err() << tr("Warning: %1").arg(w.message) << Qt::endl;
    if (parser.isSet(json))
        context.out() << QJsonDocument(
                             QJsonObject{{QStringLiteral("id"), saved->id},
                                         {QStringLiteral("warnings"), int(saved->warnings.size())}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
    else
        context.out() << (what == QLatin1String("add") ? tr("Tip %1 logged.")
                                                       : tr("Tip %1 changed."))
                             .arg(saved->id)
                      << Qt::endl;
    return ExitOk;
}

} // namespace burgernet
