// One participant's record corrected, paused, resumed, unsubscribed and erased through the real
// burgernetctl: the importer's rules with the field named, the permission, and audit records that
// name the pseudonym and the changed fields, never a value.
#include "app/ctl/CtlContext.h"
#include "app/register/ParticipantCsvFormat.h"
#include "app/register/ParticipantEdit.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/register/ParticipantCsvTestSupport.h"
#include "tests/support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace burgernet;
using namespace burgernet::test;
using namespace Qt::StringLiterals;

TEST_CASE("A correction is checked by the importer's rules, the error naming the field",
          "[register][edit]")
{
    Participant p;
    p.id = 7;
    p.pseudonym = u"P-ABCD1234"_s;
    p.externalId = u"R7"_s;
    p.name = u"Anna de Vries"_s;
    p.mobile = u"+31612345678"_s;
    p.channelPrefs = kAllAddressedChannels;
    p.registeredAt = QDateTime(QDate(2024, 3, 1), QTime(8, 30), Qt::UTC);
    ParticipantLocation home;
    home.street = u"Kerkstraat"_s;
    home.houseNumber = u"1"_s;
    home.postcode = u"1012 AB"_s;
    home.place = u"Amsterdam"_s;
    home.municipality = u"Amsterdam"_s;
    home.lat = 52.3731;
    home.lon = 4.8922;
    p.locations << home;

    const auto bad = [&](int column, const QString& value, const QString& field) {
        auto changed = ParticipantEdit::apply(p, {{column, value}});
        INFO(field.toStdString() << ": " << changed.errorMessage().toStdString());
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.errorMessage().startsWith(field + u':'));
    };
    bad(csv::addressColumn(ParticipantLocation::Kind::Home, csv::Postcode), u"12345"_s,
        u"home_postcode"_s);
    bad(csv::Mobile, u"020-1234567"_s, u"mobile"_s); // a fixed line is no mobile number
    bad(csv::Email, u"anna-at-example"_s, u"email"_s);
    bad(csv::Name, u"Anna\u202Eevil"_s, u"name"_s);
    // Brussels is not in the Netherlands: both coordinates are named.
    {
        auto changed = ParticipantEdit::apply(
            p, {{csv::addressColumn(ParticipantLocation::Kind::Home, csv::Lat), u"50.8466"_s},
                {csv::addressColumn(ParticipantLocation::Kind::Home, csv::Lon), u"4.3528"_s}});
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.errorMessage().startsWith(u"home_lat, home_lon:"_s));
    }
    CHECK_FALSE(ParticipantEdit::fromAssignments({u"external_id=R8"_s}).ok());
    CHECK_FALSE(ParticipantEdit::fromAssignments({u"shoe_size=44"_s}).ok());

    auto changed = ParticipantEdit::apply(
        p, {{csv::Mobile, u"06-87654321"_s},
            {csv::addressColumn(ParticipantLocation::Kind::Home, csv::Postcode), u"1012ab"_s}});
    REQUIRE(changed.ok());
    CHECK(changed->mobile == u"+31687654321"_s);
    CHECK(changed->locations.value(0).postcode == u"1012 AB"_s);
    CHECK(changed->pseudonym == p.pseudonym);
    CHECK(changed->id == p.id);
    CHECK(changed->registeredAt == p.registeredAt);
}

TEST_CASE("burgernetctl participant edit, pause, resume, unsubscribe and erase: one record, "
          "recorded without personal data",
          "[register][edit][ctl]")
{
    QTemporaryDir dir;
    const QString home = dir.filePath(u"home"_s);
    const QStringList base{u"--db"_s, dir.filePath(u"register.sqlite"_s), u"--audit-log"_s,
                           dir.filePath(u"audit.sqlite"_s)};
    CtlAccounts accounts(base, dir.path(), home);
    const QStringList administrator = accounts.as(Role::Administrator);
    const QStringList dispatcher = accounts.as(Role::Dispatcher);
    const auto ctl = [&](const QStringList& who, const QStringList& args) {
        return runCtlProcess(base + who + args, home);
    };
    const QString people = dir.filePath(u"people.csv"_s);
    writeFile(people, csvText({validRow(1), validRow(2)}).toUtf8());
    REQUIRE(ctl(administrator, {u"participants"_s, u"import"_s, people}).exitCode == ExitOk);
    const auto exported = [&] {
        const QString file = dir.filePath(u"export.csv"_s);
        REQUIRE(ctl(administrator, {u"participants"_s, u"export"_s, file}).exitCode == ExitOk);
        return QString::fromUtf8(readFile(file));
    };

    // A bad postcode: refused, the field named, nothing changed.
    const QString before = exported();
    const CtlRun refused = ctl(administrator, {u"participant"_s, u"edit"_s, u"R1"_s, u"--set"_s,
                                               u"home_postcode=0000 XX"_s});
    CHECK(refused.exitCode == ExitFailure);
    CHECK(refused.err.startsWith(u"home_postcode:"_s));
    CHECK(exported() == before);

    // A dispatcher may not edit, and the refusal is recorded.
    const CtlRun denied = ctl(
        dispatcher, {u"participant"_s, u"edit"_s, u"R1"_s, u"--set"_s, u"mobile=06-87654321"_s});
    CHECK(denied.exitCode == ExitFailure);

    // The administrator corrects the number and the address.
    const CtlRun edited =
        ctl(administrator, {u"participant"_s, u"edit"_s, u"R1"_s, u"--set"_s,
                            u"mobile=06-87654321"_s, u"--set"_s, u"home_postcode=3511 AB"_s,
                            u"--set"_s, u"home_lat=52.0894"_s, u"--set"_s, u"home_lon=5.1100"_s});
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == ExitOk);
    const QString after = exported();
    CHECK(after.contains(u"+31687654321"_s));
    CHECK(after.contains(u"3511 AB"_s));
    // The person moved: the area count follows (the index is read from the register).
    const auto count = [&](const QString& circle) {
        const CtlRun run = ctl({}, {u"area"_s, u"count"_s, u"--circle"_s, circle, u"--json"_s});
        REQUIRE(run.exitCode == ExitOk);
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"participants"_s).toInt();
    };
    CHECK(count(u"52.0894,5.1100,500"_s) == 1);
    CHECK(count(u"52.3731,4.8922,500"_s) == 1);

    CHECK(ctl(administrator, {u"participant"_s, u"pause"_s, u"R1"_s}).exitCode == ExitOk);
    CHECK(count(u"52.0894,5.1100,500"_s) == 0); // paused: no messages
    CHECK(ctl(administrator, {u"participant"_s, u"resume"_s, u"R1"_s}).exitCode == ExitOk);
    CHECK(count(u"52.0894,5.1100,500"_s) == 1);
    const CtlRun unsubscribed = ctl(administrator, {u"participant"_s, u"unsubscribe"_s, u"R2"_s});
    REQUIRE(unsubscribed.exitCode == ExitOk);
    CHECK(unsubscribed.out.contains(u"unsubscribed"_s));
    CHECK(count(u"52.3731,4.8922,500"_s) == 0);
    CHECK(ctl(administrator, {u"participant"_s, u"erase"_s, u"R2"_s}).exitCode == ExitOk);
    CHECK_FALSE(exported().contains(u"R2;"_s));
    CHECK(ctl(administrator, {u"participant"_s, u"frob"_s, u"R1"_s}).exitCode == ExitUsage);

    // The records: pseudonym and field names, never a value.
    const CtlRun shown =
        ctl(administrator, {u"audit"_s, u"show"_s, u"--action"_s, u"participant."_s, u"--json"_s});
    REQUIRE(shown.exitCode == ExitOk);
    CHECK_FALSE(shown.out.contains(u"3511"_s));
    CHECK_FALSE(shown.out.contains(u"87654321"_s));
    CHECK_FALSE(shown.out.contains(u"\"R1\""_s));
    QStringList seen;
    for (const QJsonValue& value : QJsonDocument::fromJson(shown.out.toUtf8()).array()) {
        const QJsonObject r = value.toObject();
        const QString action = r.value(u"action"_s).toString();
        seen << action + u'/' + r.value(u"result"_s).toString();
        if (action == u"participant.edit"_s && r.value(u"result"_s).toString() == u"ok"_s) {
            CHECK(r.value(u"object_id"_s).toString().startsWith(u"P-"_s));
            const QJsonArray fields = r.value(u"details"_s).toObject().value(u"fields"_s).toArray();
            CHECK(fields ==
                  QJsonArray{u"mobile"_s, u"home_postcode"_s, u"home_lat"_s, u"home_lon"_s});
        }
    }
    std::sort(seen.begin(), seen.end());
    CHECK(seen == QStringList{u"participant.edit/denied"_s, u"participant.edit/ok"_s,
                              u"participant.pause/ok"_s, u"participant.resume/ok"_s,
                              u"participant.unsubscribe/ok"_s});
}
