// Counts for a chosen moment in the console's own window (ConsoleSession): participants with
// day hours, night hours and no hours; the map's "Count at" control and a scheduled notice in
// the Dispatch dock count those whose hours include that moment, and the notice's plan selects
// the same participants.
#include "app/core/Participant.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantWriter.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/support/Wait.h"
#include "ui/MainWindow.h"
#include "ui/console/ConsoleSession.h"
#include "ui/dispatch/DispatchDock.h"
#include "ui/map/AreaController.h"
#include "ui/map/MapView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;
using test::DispatchFixture;

namespace {

// Participant i near Utrecht Centraal with one address, wanted in [start, end) every day.
Participant withHours(int i, int startMinute, int endMinute)
{
    Participant p;
    p.pseudonym = u"P-H%1"_s.arg(i, 4, 10, QLatin1Char('0'));
    p.externalId = u"HOURS-%1"_s.arg(i);
    p.name = u"Deelnemer %1"_s.arg(i);
    p.language = u"nl"_s;
    p.mobile = u"+316%1"_s.arg(20000000 + i);
    p.email = u"uren%1@example.nl"_s.arg(i);
    p.channelPrefs = channelBit(BuiltinChannel::Sms) | channelBit(BuiltinChannel::Email);
    p.registeredAt = QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    ParticipantLocation home;
    home.street = u"Stationsplein"_s;
    home.houseNumber = QString::number(i + 1);
    home.postcode = u"3511 ED"_s;
    home.place = u"Utrecht"_s;
    home.municipality = u"Utrecht"_s;
    home.lat = DispatchFixture::centre().latitude() + 0.0003 * (i % 7 - 3);
    home.lon = DispatchFixture::centre().longitude() + 0.0004 * (i / 7 - 4);
    home.startMinute = startMinute;
    home.endMinute = endMinute;
    p.locations << home;
    return p;
}

QDateTime dutch(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0),
                     QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}

} // namespace

TEST_CASE("Counts for a chosen moment: the map's Count at and a scheduled notice's send time",
          "[boundaries][futurecount][ui]")
{
    // 30 by day (08:00-18:00), 20 by night (22:00-06:00), 10 at all hours, all inside 800 m.
    DispatchFixture f(DatabaseKind::Sqlite, 0);
    {
        auto writer = ParticipantWriter::begin(f.db(), 60);
        REQUIRE(writer.ok());
        for (int i = 0; i < 60; ++i) {
            const Participant p =
                i < 30 ? withHours(i, 8 * 60, 18 * 60)
                       : (i < 50 ? withHours(i, 22 * 60, 6 * 60) : withHours(i, 0, 1440));
            REQUIRE((*writer)->write(p).ok());
        }
        REQUIRE((*writer)->commit().ok());
    }
    // Friday 27 November 2026, 15:00 in Utrecht.
    f.clock().set(dutch(27, 15));

    QTemporaryDir dir;
    auto accounts = Database::open(DatabaseSpec::sqlite(dir.filePath(u"a.sqlite"_s)));
    REQUIRE(accounts.ok());
    const QString data = dir.filePath(u"data"_s);
    QDir().mkpath(data);
    const Session dispatcher{u"centralist.west"_s, Role::Dispatcher, u"mk-west-07"_s, Mode::Live};
    ConsoleSession console(ConsoleSession::Inputs{dispatcher, f.db(), **accounts,
                                                  f.auditService().log(), f.settings(), f.clock(),
                                                  data, true});
    REQUIRE(console.start().ok());
    MainWindow& window = *console.window();
    MapView& map = *window.mapView();
    AreaController& area = *map.areaController();
    REQUIRE(test::waitUntil([&] { return area.countKnown(); }, 20'000));
    auto* label = window.findChild<QLabel*>(u"areaCountStatus"_s);
    auto* chosen = window.findChild<QCheckBox*>(u"countAtChosen"_s);
    auto* at = window.findChild<QDateTimeEdit*>(u"countAt"_s);
    REQUIRE(label);
    REQUIRE(chosen);
    REQUIRE(at);

    REQUIRE(area.commit(GeoArea::circle(DispatchFixture::centre(), 800), u"Draw circle"_s));
    // Now (15:00): the day and the all-hours participants.
    CHECK_FALSE(chosen->isChecked());
    CHECK_FALSE(at->isEnabled());
    CHECK(area.count().participants == 40);
    CHECK(label->text().startsWith(u"In the area: 40 participants"_s));

    // The dispatcher counts for 03:00 tonight: the night and the all-hours participants.
    chosen->setChecked(true);
    CHECK(at->isEnabled());
    at->setDateTime(dutch(28, 3).toLocalTime());
    CHECK(area.count().participants == 30);
    CHECK(label->text().startsWith(u"At %1: In the area: 30 participants"_s.arg(
        dutch(28, 3).toLocalTime().toString(u"dd-MM-yyyy HH:mm"_s))));
    at->setDateTime(dutch(28, 12).toLocalTime());
    CHECK(area.count().participants == 40);
    chosen->setChecked(false);
    CHECK(area.count().participants == 40);
    CHECK(label->text().startsWith(u"In the area: 40"_s));

    // A notice scheduled for 03:00 is counted for its send time, in the dock and on the map.
    DispatchDock* dock = window.dispatchDock();
    REQUIRE(dock);
    REQUIRE(dock->area().kind() == GeoArea::Kind::Circle);
    auto* kind = dock->findChild<QComboBox*>(u"kind"_s);
    kind->setCurrentIndex(kind->findData(u"notice"_s));
    dock->findChild<QPlainTextEdit*>(u"freeText"_s)
        ->setPlainText(u"Let op: vannacht wordt in uw buurt gecontroleerd."_s);
    dock->findChild<QCheckBox*>(u"sendLater"_s)->setChecked(true);
    dock->findChild<QDateTimeEdit*>(u"sendAt"_s)->setDateTime(dutch(28, 3).toLocalTime());
    dock->refreshPreview();
    CHECK(dock->countMoment() == dutch(28, 3).toUTC());
    CHECK(dock->recipientsText().contains(u"30 participant"_s));
    CHECK(dock->recipientsText().startsWith(u"At the send time"_s));
    CHECK(chosen->isChecked());
    CHECK(area.count().participants == 30);

    // The notice's plan selects those same 30 (prepared now, at 15:00).
    DispatchPlan seen;
    QString warned;
    dock->setWarner([&](QWidget*, const QString&, const QString& text) { warned = text; });
    dock->setConfirmer([&](const DispatchPlan& plan, QWidget*) -> std::optional<Confirmation> {
        seen = plan;
        return std::nullopt;
    });
    CHECK(dock->send() == 0);
    CHECK(seen.refusal.isEmpty());
    CHECK(warned.isEmpty());
    CHECK(seen.participants == 30);

    // Sent at once instead: those of 15:00, on the map as well.
    dock->findChild<QCheckBox*>(u"sendLater"_s)->setChecked(false);
    dock->refreshPreview();
    CHECK_FALSE(dock->countMoment().isValid());
    CHECK(dock->recipientsText().contains(u"40 participant"_s));
    CHECK_FALSE(chosen->isChecked());
    CHECK(area.count().participants == 40);
    CHECK(dock->send() == 0);
    CHECK(seen.participants == 40);
}
