// `report action ID --json` through the real burgernetctl: after an action sent, tipped, grown
// and closed by the same program in training, its report's timeline holds the register's steps
// with their audit records, the channels' batches from the audit log, the tips, the areas in
// order, and nothing of the review's own reads or of the tips' words.
#include "app/ctl/CtlContext.h"
#include "tests/integration/CtlRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;
using test::runCtlProcess;

TEST_CASE("report action --json gives the timeline merged with the audit log", "[ctl][report]")
{
    QTemporaryDir home;
    const QString training = home.filePath(u"training.sqlite"_s);
    const QStringList base{u"--db"_s, home.filePath(u"register.sqlite"_s), u"--audit-log"_s,
                           home.filePath(u"audit.sqlite"_s)};
    const auto run = [&](const QStringList& args) {
        auto r = runCtlProcess(base + args, home.path(), 300'000);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == ExitOk);
        return r;
    };
    run({u"demo"_s, u"--participants"_s, u"1000"_s});
    run({u"--training"_s, u"--training-db"_s, training, u"demo"_s, u"--participants"_s,
         u"20000"_s});
    const QString password = home.filePath(u"pw"_s);
    {
        QFile pw(password);
        REQUIRE(pw.open(QIODevice::WriteOnly));
        pw.write("supervisor-demo\n");
    }
    const QStringList supervisor{u"--training"_s, u"--training-db"_s,   training, u"--user"_s,
                                 u"supervisor"_s, u"--password-file"_s, password};

    const auto sent =
        run(supervisor + QStringList{u"action"_s, u"send"_s, u"--type"_s, u"straatroof"_s,
                                     u"--circle"_s, u"52.0907,5.1214,700"_s, u"--text"_s,
                                     u"Man in rode jas"_s, u"--channel"_s, u"sms"_s, u"--channel"_s,
                                     u"email"_s, u"--yes"_s, u"--wait"_s, u"--json"_s});
    const qint64 id =
        QJsonDocument::fromJson(sent.out.toUtf8()).object().value(u"id"_s).toInteger();
    REQUIRE(id > 0);
    const QString action = QString::number(id);
    run(supervisor + QStringList{u"tip"_s, u"add"_s, action, u"--text"_s,
                                 u"Terugbeller zag hem bij de Neude"_s, u"--place"_s,
                                 u"52.0925,5.1190"_s, u"--useful"_s});
    run(supervisor + QStringList{u"action"_s, u"update"_s, action, u"--text"_s,
                                 u"Nu richting Neude"_s, u"--grow-circle"_s,
                                 u"52.0907,5.1214,1400"_s, u"--yes"_s, u"--wait"_s});
    run(supervisor + QStringList{u"action"_s, u"close"_s, action, u"--outcome"_s, u"arrested"_s,
                                 u"--yes"_s, u"--wait"_s});

    const auto report =
        run(supervisor + QStringList{u"report"_s, u"action"_s, action, u"--json"_s});
    const QJsonObject json = QJsonDocument::fromJson(report.out.toUtf8()).object();
    CHECK(json.value(u"id"_s).toInteger() == id);
    CHECK(json.value(u"mode"_s).toString() == u"training"_s);
    const QJsonArray areas = json.value(u"areas"_s).toArray();
    REQUIRE(areas.size() == 2);
    CHECK(areas[0].toObject().value(u"radius_m"_s).toDouble() == 700);
    CHECK(areas[1].toObject().value(u"radius_m"_s).toDouble() == 1400);

    QStringList steps;
    QMap<QString, QString> sourceOf;
    int batches = 0;
    QString previous;
    for (const QJsonValue& v : json.value(u"timeline"_s).toArray()) {
        const QJsonObject e = v.toObject();
        const QString what = e.value(u"what"_s).toString();
        steps << what;
        sourceOf.insert(what, e.value(u"source"_s).toString());
        CHECK(e.value(u"at"_s).toString() >= previous); // one order, by time
        previous = e.value(u"at"_s).toString();
        CHECK_FALSE(what.startsWith(u"report."_s));
        CHECK_FALSE(e.value(u"detail"_s).toString().contains(u"Neude"_s));
        if (what == u"dispatch.batch"_s) {
            ++batches;
            CHECK(e.value(u"source"_s).toString() == u"audit"_s);
        }
        if (e.value(u"source"_s).toString().contains(u"audit"_s))
            CHECK((e.value(u"audit_seq"_s).toInteger() > 0 || what == u"dispatch.batch"_s));
    }
    INFO(steps.join(u", "_s).toStdString());
    for (const QString& step : {u"create"_s, u"send"_s, u"update"_s, u"close"_s})
        CHECK(sourceOf.value(step) == u"register+audit"_s);
    CHECK(sourceOf.value(u"tip_useful"_s) == u"tips+audit"_s);
    CHECK(sourceOf.value(u"first_message"_s) == u"outbox"_s);
    CHECK(batches == 2); // sms and email, each summed up
    CHECK(steps.indexOf(u"area"_s) < steps.indexOf(u"area_grown"_s));
    CHECK(steps.indexOf(u"area_grown"_s) < steps.indexOf(u"close"_s));
}
