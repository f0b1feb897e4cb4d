#include "tests/review/ReplayScenario.h"

#include "app/services/DispatchRecords.h"
#include "tests/support/PolicyForTests.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace burgernet::test {

namespace {

qint64 distinctAlerted(Database& db, qint64 id)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(DISTINCT participant_id) FROM outbox WHERE "
                                  "message_type = 'alert' AND participant_id IS NOT NULL AND "
                                  "action_id = %1")
                       .arg(id)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

ReplayScenario runReplayScenario(DispatchFixture& f)
{
    // A neighbourhood around the station, dense enough for the density cells.
    f.addParticipants(240, [](int i) {
        return std::pair{DispatchFixture::centre().latitude() + double(i % 16 - 8) * 0.0009,
                         DispatchFixture::centre().longitude() + double(i / 16 - 7) * 0.0014};
    });
    REQUIRE(f.selection().reload(f.db()).ok());
    setPolicy(f.db(), PolicyKey::ApprovalThreshold, 100'000);
    setPolicy(f.db(), PolicyKey::ReauthRecipients, 100'000);

    ReplayScenario s;
    ActionContent content = DispatchFixture::urgentContent();
    content.channels = {BuiltinChannel::Sms, BuiltinChannel::Email};
    auto id = f.actions().createDraft(content, DispatchFixture::area(600),
                                      QStringLiteral("Utrecht Centraal, 600 m"));
    REQUIRE(id.ok());
    s.id = *id;
    f.clock().advance(90'000);
    auto submitted = f.actions().submit(s.id);
    INFO(submitted.errorMessage().toStdString());
    REQUIRE(submitted.ok());
    s.sent = f.clock().nowUtc();
    // The channels' batches recorded as the console's dispatcher records them.
    DispatchRecords records(f.auditService());
    auto worker = f.worker();
    for (auto& w : worker->workers)
        w->setRecorder(&records);
    f.drain(*worker);
    s.alertedFirst = distinctAlerted(f.db(), s.id);

    f.clock().advance(4 * 60'000);
    Tip tip;
    tip.lat = DispatchFixture::centre().latitude() + 0.002;
    tip.lon = DispatchFixture::centre().longitude() - 0.003;
    tip.text = QStringLiteral("Terugbeller zag de man bij de Jaarbeurs.");
    tip.useful = true;
    REQUIRE(f.actions().logTip(s.id, tip).ok());
    s.firstTip = f.clock().nowUtc();

    f.clock().advance(6 * 60'000);
    auto update = f.actions().sendUpdate(s.id, QStringLiteral("Nu richting Jaarbeurs."),
                                         DispatchFixture::area(1500));
    INFO(update.errorMessage().toStdString());
    REQUIRE(update.ok());
    s.grown = f.clock().nowUtc();
    f.drain(*worker);
    s.alerted = distinctAlerted(f.db(), s.id);

    f.clock().advance(3 * 60'000);
    tip.lat += 0.004;
    tip.useful = false;
    tip.text = QStringLiteral("Iemand rende over het plein.");
    REQUIRE(f.actions().logTip(s.id, tip).ok());
    s.secondTip = f.clock().nowUtc();

    f.clock().advance(20 * 60'000);
    f.actions().refreshStates({s.id});
    auto closed = f.actions().close(s.id, Outcome::Arrested,
                                    QStringLiteral("De man is aangehouden. Dank voor uw hulp."));
    INFO(closed.errorMessage().toStdString());
    REQUIRE(closed.ok());
    s.closed = f.clock().nowUtc();
    f.drain(*worker);
    f.actions().refreshStates({s.id});
    return s;
}

} // namespace burgernet::test
