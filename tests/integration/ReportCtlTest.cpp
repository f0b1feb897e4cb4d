// The review's figures through the real burgernetctl, checked against a reference computed here
// from what `action list` and `action status` say about the same register.
#include "app/ctl/CtlContext.h"
#include "app/dispatch/Action.h"
#include "tests/integration/CtlRun.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <array>
#include <catch2/catch.hpp>
#include <map>

using namespace burgernet;
using namespace Qt::StringLiterals;
using test::runCtlProcess;

namespace {

struct Reference
{
    qint64 actions = 0;
    std::map<QString, qint64> perType;
    std::map<QString, std::array<qint64, 3>> successByType; // closed, direct, indirect
    std::array<qint64, 3> success{};
    std::array<qint64, 24> closedByHour{};
    qint64 closed = 0;
    qint64 onTime = 0;
    qint64 tips = 0;
    qint64 useful = 0;
    std::map<QString, std::pair<qint64, qint64>> channels; // messages, reached
};

QDateTime when(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString writePassword(const QTemporaryDir& dir, const QString& name, const QString& password)
{
    const QString path = dir.filePath(name + u".pw"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(password.toUtf8() + '\n');
    return path;
}

} // namespace

TEST_CASE("report stats --json gives the figures that action list and action status give",
          "[ctl][report]")
{
    QTemporaryDir home;
    const QStringList base{u"--db"_s, home.filePath(u"register.sqlite"_s), u"--audit-log"_s,
                           home.filePath(u"audit.sqlite"_s)};
    const auto demo =
        runCtlProcess(base + QStringList{u"demo"_s, u"--participants"_s, u"2000"_s, u"--history"_s,
                                         u"1"_s, u"--seed"_s, u"11"_s},
                      home.path(), 600'000);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == ExitOk);
    CHECK(demo.out.contains(u"60 past actions"_s));

    // The reference, from the action commands (the workstation may read actions).
    const auto list =
        runCtlProcess(base + QStringList{u"action"_s, u"list"_s, u"--json"_s}, home.path());
    REQUIRE(list.exitCode == ExitOk);
    const QJsonArray actions = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(actions.size() == 60);
    Reference ref;
    qint64 someClosed = 0;
    for (const QJsonValue& value : actions) {
        const QJsonObject a = value.toObject();
        if (!a.contains(u"sent"_s)) // never went out: not an action to review
            continue;
        ++ref.actions;
        const QString type = a.value(u"incident"_s).toString();
        ++ref.perType[type];
        const bool closed = a.value(u"state"_s).toString() == u"closed"_s;
        if (a.value(u"kind"_s).toString() == u"urgent"_s && closed) {
            const QString outcome = a.value(u"outcome"_s).toString();
            const int cls = (outcome == u"arrested"_s || outcome == u"person_found"_s) ? 1
                            : outcome == u"useful_information"_s                       ? 2
                                                                                       : 0;
            for (auto* figures : {&ref.success, &ref.successByType[type]}) {
                ++(*figures)[0];
                if (cls > 0)
                    ++(*figures)[std::size_t(cls)];
            }
            ++ref.closedByHour[std::size_t(
                when(a.value(u"created"_s)).toLocalTime().time().hour())];
            ++ref.closed;
            const qint64 ms = when(a.value(u"sent"_s)).msecsTo(when(a.value(u"closed"_s)));
            if (ms <= 60 * 60'000)
                ++ref.onTime;
            someClosed = a.value(u"id"_s).toInteger();
        }
        const auto status = runCtlProcess(
            base + QStringList{u"action"_s, u"status"_s,
                               QString::number(a.value(u"id"_s).toInteger()), u"--json"_s},
            home.path());
        REQUIRE(status.exitCode == ExitOk);
        const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
        const QJsonObject tips = s.value(u"tips"_s).toObject();
        ref.tips += tips.value(u"count"_s).toInteger();
        ref.useful += tips.value(u"useful"_s).toInteger();
        const QJsonObject channels = s.value(u"channels"_s).toObject();
        for (auto it = channels.begin(); it != channels.end(); ++it) {
            const QJsonObject states = it.value().toObject();
            auto& [messages, reached] = ref.channels[it.key()];
            for (auto st = states.begin(); st != states.end(); ++st)
                messages += st.value().toInteger();
            reached +=
                states.value(u"sent"_s).toInteger() + states.value(u"delivered"_s).toInteger();
        }
    }
    REQUIRE(someClosed > 0);

    // The same register through the review, as the demo supervisor.
    const QStringList supervisor =
        base + QStringList{u"--user"_s, u"supervisor"_s, u"--password-file"_s,
                           writePassword(home, u"supervisor"_s, u"supervisor-demo"_s)};
    const auto report =
        runCtlProcess(supervisor + QStringList{u"report"_s, u"stats"_s, u"--json"_s}, home.path());
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == ExitOk);
    const QJsonObject stats = QJsonDocument::fromJson(report.out.toUtf8()).object();
    CHECK(stats.value(u"actions"_s).toInteger() == ref.actions);
    const QJsonObject perType = stats.value(u"per_type"_s).toObject();
    CHECK(qint64(perType.size()) == qint64(ref.perType.size()));
    for (const auto& [type, n] : ref.perType) {
        INFO(type.toStdString());
        CHECK(perType.value(type).toInteger() == n);
        const QJsonObject s = stats.value(u"success_by_type"_s).toObject().value(type).toObject();
        CHECK(s.value(u"closed"_s).toInteger() == ref.successByType[type][0]);
        CHECK(s.value(u"direct"_s).toInteger() == ref.successByType[type][1]);
        CHECK(s.value(u"indirect"_s).toInteger() == ref.successByType[type][2]);
    }
    const QJsonObject success = stats.value(u"success"_s).toObject();
    CHECK(success.value(u"closed"_s).toInteger() == ref.success[0]);
    CHECK(success.value(u"direct"_s).toInteger() == ref.success[1]);
    CHECK(success.value(u"indirect"_s).toInteger() == ref.success[2]);
    const QJsonArray byHour = stats.value(u"success_by_hour"_s).toArray();
    REQUIRE(byHour.size() == 24);
    for (int h = 0; h < 24; ++h) {
        INFO("hour " << h);
        CHECK(byHour[h].toObject().value(u"closed"_s).toInteger() ==
              ref.closedByHour[std::size_t(h)]);
    }
    const QJsonObject closing = stats.value(u"closing"_s).toObject();
    CHECK(closing.value(u"closed"_s).toInteger() == ref.closed);
    CHECK(closing.value(u"on_time"_s).toInteger() == ref.onTime);
    const QJsonObject tips = stats.value(u"tips"_s).toObject();
    CHECK(tips.value(u"total"_s).toInteger() == ref.tips);
    CHECK(tips.value(u"useful"_s).toInteger() == ref.useful);
    const QJsonObject channels = stats.value(u"channels"_s).toObject();
    CHECK(qint64(channels.size()) == qint64(ref.channels.size()));
    for (const auto& [channel, figures] : ref.channels) {
        INFO(channel.toStdString());
        const QJsonObject c = channels.value(channel).toObject();
        CHECK(c.value(u"messages"_s).toInteger() == figures.first);
        CHECK(c.value(u"messages_reached"_s).toInteger() == figures.second);
    }
    // The programme's published rates, roughly: about 10 % direct, about 40 % useful information.
    CHECK(success.value(u"direct_percent"_s).toDouble() < 25);
    CHECK(success.value(u"indirect_percent"_s).toDouble() > 20);
    CHECK(success.value(u"indirect_percent"_s).toDouble() < 60);

    // A filter by type counts that type only; CSV carries the same figures.
    const auto missing =
        runCtlProcess(supervisor + QStringList{u"report"_s, u"stats"_s, u"--type"_s,
                                               u"vermissing"_s, u"--json"_s},
                      home.path());
    REQUIRE(missing.exitCode == ExitOk);
    CHECK(QJsonDocument::fromJson(missing.out.toUtf8()).object().value(u"actions"_s).toInteger() ==
          ref.perType[u"vermissing"_s]);
    const auto csv =
        runCtlProcess(supervisor + QStringList{u"report"_s, u"stats"_s, u"--csv"_s}, home.path());
    REQUIRE(csv.exitCode == ExitOk);
    CHECK(csv.out.startsWith(u"section,key,figure,value"_s));
    CHECK(csv.out.contains(u"actions,,count,%1"_s.arg(ref.actions)));

    // One action's report: its timeline from the alert to the closing message.
    const auto one =
        runCtlProcess(supervisor + QStringList{u"report"_s, u"action"_s,
                                               QString::number(someClosed), u"--json"_s},
                      home.path());
    REQUIRE(one.exitCode == ExitOk);
    const QJsonObject action = QJsonDocument::fromJson(one.out.toUtf8()).object();
    QStringList steps;
    for (const QJsonValue& e : action.value(u"timeline"_s).toArray())
        steps << e.toObject().value(u"what"_s).toString();
    CHECK(steps.contains(u"create"_s));
    CHECK(steps.contains(u"first_message"_s));
    CHECK(steps.contains(u"close"_s));
    CHECK(!action.value(u"delivery_curves"_s).toObject().isEmpty());
    CHECK(!one.out.contains(u"Terugbeller"_s)); // the tips' words stay out

    // A dispatcher may not read reports, and the refusal is recorded; bad dates name the option.
    const auto refused =
        runCtlProcess(base + QStringList{u"--user"_s, u"dispatcher"_s, u"--password-file"_s,
                                         writePassword(home, u"dispatcher"_s, u"dispatcher-demo"_s),
                                         u"report"_s, u"stats"_s, u"--json"_s},
                      home.path());
    CHECK(refused.exitCode == ExitFailure);
    CHECK(refused.err.contains(u"see the reports"_s));
    const auto badDate = runCtlProcess(
        supervisor + QStringList{u"report"_s, u"stats"_s, u"--from"_s, u"gisteren"_s}, home.path());
    CHECK(badDate.exitCode == ExitUsage);
    CHECK(badDate.err.contains(u"--from"_s));
    const auto audit = runCtlProcess(
        base + QStringList{u"audit"_s, u"show"_s, u"--action"_s, u"report."_s, u"--json"_s},
        home.path());
    CHECK(audit.out.contains(u"report.stats"_s));
    CHECK(audit.out.contains(u"denied"_s));
}
