// Call-back tips as data: logged with their time, place, source and rating through the session's
// TipService, changed and rated, summarised for the statistics, and the same through the real
// burgernetctl executable.
#include "app/audit/AuditQuery.h"
#include "app/ctl/CtlContext.h"
#include "app/services/TipService.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/support/StorageTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;

namespace {

qint64 sentAction(DispatchFixture& f)
{
    auto id = f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                      QStringLiteral("1,5 km rond Utrecht Centraal"));
    REQUIRE(id.ok());
    REQUIRE(f.actions().submit(*id).ok());
    return *id;
}

TipService tipService(DispatchFixture& f)
{
    return TipService(f.db(), f.auditService(), f.clock(), *f.services().notifier);
}

} // namespace

void tipLoggedCorrectedAndRated(DatabaseKind kind)
{
    DispatchFixture f(kind);
    const qint64 id = sentAction(f);
    const QDateTime sentAt = f.actions().action(id)->sentAt;
    REQUIRE(sentAt.isValid());
    TipService tips = tipService(f);

    // No tip yet: the statistics say so.
    auto none = tips.summary(id);
    REQUIRE(none.ok());
    CHECK(none->total == 0);
    CHECK(none->secondsToFirstTip == -1);

    f.clock().advance(7 * 60 * 1000);
    Tip tip;
    tip.source = TipSource::FreeNumber;
    tip.text = QStringLiteral("Man met rode pet loopt richting Jaarbeurs");
    tip.setRating(TipRating::Unrated);
    auto place = TipService::parsePlace(QStringLiteral("52.0894, 5.1100"));
    REQUIRE(place.ok());
    tip.lat = place->latitude();
    tip.lon = place->longitude();
    auto first = tips.add(id, tip); // time: now on the session's clock
    REQUIRE(first.ok());
    CHECK(first->warnings.isEmpty());

    Tip second;
    second.source = TipSource::App;
    second.at = f.clock().nowUtc().addSecs(-60);
    second.text = QStringLiteral("Bel mij terug op 06-12345678");
    second.useful = false; // the old way of rating: a rated, not useful tip
    auto logged = tips.add(id, second);
    REQUIRE(logged.ok());
    REQUIRE(logged->warnings.size() == 1); // a phone number: warned, not refused
    CHECK(logged->warnings.first().kind == TextWarning::Kind::PersonalData);

    auto list = tips.tips(id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == logged->id); // oldest first: it came in a minute earlier
    CHECK(list->at(0).rating() == TipRating::NotUseful);
    CHECK(list->at(1).source == TipSource::FreeNumber);
    CHECK(list->at(1).rating() == TipRating::Unrated);
    CHECK(list->at(1).at == f.clock().nowUtc());
    CHECK(qAbs(list->at(1).lat - 52.0894) < 1e-9);

    // Corrected: the time, no place after all, the source, and rated useful.
    Tip changed = list->at(1);
    changed.at = sentAt.addSecs(5 * 60);
    changed.lat = changed.lon = qQNaN();
    changed.source = TipSource::Emergency;
    changed.setRating(TipRating::Useful);
    REQUIRE(tips.edit(changed).ok());
    auto edited = tips.tip(first->id);
    REQUIRE(edited.ok());
    CHECK(edited->source == TipSource::Emergency);
    CHECK_FALSE(edited->located());
    CHECK(edited->rating() == TipRating::Useful);
    CHECK(edited->editedBy == QStringLiteral("centralist.west"));
    REQUIRE(tips.rate(logged->id, TipRating::Useful).ok());

    auto summary = tips.summary(id);
    REQUIRE(summary.ok());
    CHECK(summary->total == 2);
    CHECK(summary->useful == 2);
    CHECK(summary->unrated == 0);
    CHECK(summary->secondsToFirstTip == 5 * 60);

    // Recorded before the effect, without the text.
    CHECK(f.records(QStringLiteral("action.tip")).size() == 2);
    CHECK(f.records(QStringLiteral("action.tip_edit")).size() == 2);
    for (const auto& r : f.records(QStringLiteral("action.tip")))
        CHECK_FALSE(r.details.contains(QStringLiteral("Jaarbeurs")));

    // The old entry point still works and stores a rated tip.
    Tip old;
    old.text = QStringLiteral("Oude manier");
    old.useful = true;
    REQUIRE(f.actions().logTip(id, old).ok());
    CHECK(tips.summary(id)->useful == 3);
}

BURGERNET_STORAGE_TEST("A tip is logged with its time, place, source and rating, then corrected "
                       "and rated",
                       tipLoggedCorrectedAndRated)

TEST_CASE("A tip with bad input is refused with the field named", "[tips]")
{
    DispatchFixture f;
    const qint64 id = sentAction(f);
    TipService tips = tipService(f);
    Tip empty;
    auto refused = tips.add(id, empty);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().startsWith(QStringLiteral("Text:")));

    Tip future;
    future.text = QStringLiteral("Later");
    future.at = f.clock().nowUtc().addSecs(3600);
    CHECK(tips.add(id, future).errorMessage().startsWith(QStringLiteral("Time:")));

    Tip longText;
    longText.text = QString(TipService::kMaxTextLength + 1, QLatin1Char('x'));
    CHECK(tips.add(id, longText).errorMessage().startsWith(QStringLiteral("Text:")));

    CHECK(TipService::parsePlace(QStringLiteral("onbekend"))->isValid() == false);
    CHECK(TipService::parsePlace(QStringLiteral("121400 487400"))->isValid());
    auto bad = TipService::parsePlace(QStringLiteral("ergens bij de kerk"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().startsWith(QStringLiteral("Place:")));

    auto draft = f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                         QStringLiteral("cirkel"));
    REQUIRE(draft.ok());
    Tip onDraft;
    onDraft.text = QStringLiteral("Te vroeg");
    CHECK_FALSE(tips.add(*draft, onDraft).ok());
    CHECK(tips.tips(id)->isEmpty());
}

TEST_CASE("burgernetctl tip add, edit, rate and list, as its own process", "[tips][ctl]")
{
    DispatchFixture f;
    const qint64 id = sentAction(f);
    QTemporaryDir home;
    const QStringList base{QStringLiteral("--db"), f.spec().sqlitePath,
                           QStringLiteral("--audit-log"),
                           home.filePath(QStringLiteral("audit.sqlite"))};
    test::CtlAccounts accounts(base, home.path(), home.path());
    const QStringList as = base + accounts.as(Role::Dispatcher);
    const QString action = QString::number(id);
    const QString at = f.actions().action(id)->sentAt.addSecs(4 * 60).toString(Qt::ISODateWithMs);

    auto added = test::runCtlProcess(
        as + QStringList{QStringLiteral("tip"), QStringLiteral("add"), action,
                         QStringLiteral("--at"), at, QStringLiteral("--place"),
                         QStringLiteral("52.0907, 5.1214"), QStringLiteral("--source"),
                         QStringLiteral("0800"), QStringLiteral("--text"),
                         QStringLiteral("Fietser zag de man bij het station"),
                         QStringLiteral("--useful"), QStringLiteral("--json")},
        home.path());
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == ExitOk);
    const qint64 tipId = QJsonDocument::fromJson(added.out.toUtf8())
                             .object()
                             .value(QStringLiteral("id"))
                             .toInteger();
    REQUIRE(tipId > 0);

    auto badPlace = test::runCtlProcess(
        as + QStringList{QStringLiteral("tip"), QStringLiteral("add"), action,
                         QStringLiteral("--place"), QStringLiteral("bij de kerk"),
                         QStringLiteral("--text"), QStringLiteral("x")},
        home.path());
    CHECK(badPlace.exitCode == ExitUsage);
    CHECK(badPlace.err.contains(QStringLiteral("--place")));
    auto badSource =
        test::runCtlProcess(as + QStringList{QStringLiteral("tip"), QStringLiteral("add"), action,
                                             QStringLiteral("--source"), QStringLiteral("fax"),
                                             QStringLiteral("--text"), QStringLiteral("x")},
                            home.path());
    CHECK(badSource.exitCode == ExitUsage);
    CHECK(badSource.err.contains(QStringLiteral("--source")));
    // Nobody signed in: reads, but logs nothing.
    auto anonymous =
        test::runCtlProcess(base + QStringList{QStringLiteral("tip"), QStringLiteral("add"), action,
                                               QStringLiteral("--text"), QStringLiteral("x")},
                            home.path());
    CHECK(anonymous.exitCode == ExitFailure);

    auto rated =
        test::runCtlProcess(as + QStringList{QStringLiteral("tip"), QStringLiteral("rate"),
                                             QString::number(tipId), QStringLiteral("not-useful")},
                            home.path());
    INFO(rated.err.toStdString());
    REQUIRE(rated.exitCode == ExitOk);

    auto listed =
        test::runCtlProcess(base + QStringList{QStringLiteral("tip"), QStringLiteral("list"),
                                               action, QStringLiteral("--json")},
                            home.path());
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == ExitOk);
    const QJsonObject json = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    const QJsonArray tips = json.value(QStringLiteral("tips")).toArray();
    REQUIRE(tips.size() == 1);
    const QJsonObject tip = tips.first().toObject();
    CHECK(tip.value(QStringLiteral("source")).toString() == QStringLiteral("0800"));
    CHECK(tip.value(QStringLiteral("rating")).toString() == QStringLiteral("not-useful"));
    CHECK(qAbs(tip.value(QStringLiteral("lat")).toDouble() - 52.0907) < 1e-9);
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    CHECK(summary.value(QStringLiteral("tips")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("useful")).toInt() == 0);
    CHECK(summary.value(QStringLiteral("secondsToFirstTip")).toInt() == 4 * 60);
}
