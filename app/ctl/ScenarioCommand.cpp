#include "app/ctl/ScenarioCommand.h"

#include "app/core/Clock.h"
#include "app/ctl/CtlContext.h"
#include "app/session/SessionServices.h"
#include "app/training/DebriefReport.h"
#include "app/training/ExerciseRun.h"
#include "app/training/ExerciseRuns.h"
#include "app/training/Scenario.h"
#include "app/training/TraineeScript.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace burgernet {

namespace {

// A bundled scenario by its file name, or a file.
QString scenarioPath(const QString& name)
{
    if (!QFileInfo::exists(name) && ScenarioLoader::bundled().contains(name))
        return QStringLiteral(":/scenarios/") + name;
    return name;
}

} // namespace

QString ScenarioCommand::summary() const
{
    return tr("Training exercises: check a scenario file, list the bundled ones, run one with a "
              "scripted trainee.");
}

int ScenarioCommand::run(CtlContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("check, list, run"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The scenario file (or the name of a bundled one)."));
    const QCommandLineOption script(QStringLiteral("trainee-script"),
                                    tr("run: the trainee's scripted actions (JSON)."), tr("FILE"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("run: times real time (1, 2, 5, ...); 0 or \"max\" (the "
                                      "default) as fast as the messages go out."),
                                   tr("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption traineeName(
        QStringLiteral("trainee"),
        tr("run: whose run it is (default: the script's trainee); the run is kept for them and "
           "compared with their earlier runs of the scenario."),
        tr("NAME"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("run: also write the debrief as PDF."),
                                 tr("FILE"));
    parser.addOptions({script, speed, json, traineeName, pdf});
    int exitCode = ExitOk;
    if (!parse(context, parser, args, exitCode))
        return exitCode;
    const QString what = parser.positionalArguments().value(0);
    const QString file = parser.positionalArguments().value(1);
    if (what == QLatin1String("list")) {
        for (const QString& name : ScenarioLoader::bundled()) {
            auto s = ScenarioLoader::load(QStringLiteral(":/scenarios/") + name);
            context.out() << name << '\t' << (s ? s->title : s.errorMessage()) << Qt::endl;
        }
        return ExitOk;
    }
    if ((what != QLatin1String("check") && what != QLatin1String("run")) || file.isEmpty()) {
        context.err() << tr("Use \"scenario check FILE\", \"scenario list\" or \"scenario run FILE "
                            "--trainee-script FILE\"; see --help.")
                      << Qt::endl;
        return ExitUsage;
    }
    auto scenario = ScenarioLoader::load(scenarioPath(file));
    if (!scenario) {
        context.err() << scenario.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (what == QLatin1String("check")) {
        context.out() << tr("%1: valid (%2; %n inject(s)).", nullptr, int(scenario->injects.size()))
                             .arg(file, scenario->title)
                      << Qt::endl;
        return ExitOk;
    }

    if (!parser.isSet(script)) {
        context.err() << tr("\"scenario run\" needs --trainee-script FILE.") << Qt::endl;
        return ExitUsage;
    }
    double rate = 0;
    const QString speedText = parser.value(speed);
    if (!speedText.isEmpty() && speedText != QLatin1String("max")) {
        bool ok = false;
        rate = speedText.toDouble(&ok);
        if (!ok || rate < 0 || rate > 60) {
            context.err() << tr("--speed needs a number from 0 to 60, or max.") << Qt::endl;
            return ExitUsage;
        }
    }
    // Never against the live register: exercises exist in training only.
    if (context.mode() != Mode::Training) {
        context.err() << tr("Exercises run in training only: add --training (and --user).")
                      << Qt::endl;
        return ExitUsage;
    }
    auto steps = TraineeScript::load(parser.value(script), *scenario);
    if (!steps) {
        context.err() << steps.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    VirtualClock clock(context.clock(), context.clock().nowUtc(), 1.0);
    context.setSessionClock(clock);
    SessionServices* session = context.sessionServicesOrReport(true, true);
    if (!session)
        return ExitFailure;
    const bool asJson = parser.isSet(json);
    ExerciseRun exercise(*session, clock, *scenario, QFileInfo(file).fileName(), *steps);
    if (!asJson)
        exercise.setProgress(
            [&context](const QString& line) { context.err() << line << Qt::endl; });
    auto debrief = exercise.run(rate);
    if (debrief) {
        // Kept for the trainee, compared with their earlier runs of the scenario.
        const QString who = parser.isSet(traineeName) ? parser.value(traineeName) : steps->name();
        ExerciseRuns runs(session->database(), session->audit());
        auto stored = runs.store(*debrief, who);
        if (!stored)
            debrief = stored.error();
        else
            debrief = std::move(stored).value();
        if (debrief && parser.isSet(pdf)) {
            Status written = runs.recordExport(*debrief, QStringLiteral("pdf"), parser.value(pdf));
            if (written)
                written = DebriefPdf::write(*debrief, parser.value(pdf));
            if (!written)
                debrief = written.error();
        }
    }
    session->stop();
    if (!debrief) {
        context.err() << debrief.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    if (asJson) {
        QJsonObject result = debrief->toJson();
        result.insert(QStringLiteral("script"), steps->name());
        result.insert(QStringLiteral("log"), QJsonArray::fromStringList(exercise.log()));
        context.out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        context.out() << debrief->toText();
    }
    return ExitOk;
}

} // namespace burgernet
