#include "app/channels/BuiltinSenders.h"
#include "app/channels/cap_feed/CapFeedSender.h"
#include "app/channels/common/HttpClient.h"
#include "app/channels/common/HttpListener.h"
#include "app/dispatch/CapDocument.h"
#include "app/dispatch/MessageComposer.h"
#include "app/geo/GeoArea.h"
#include "tests/support/FakeClock.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;

namespace {
// xmllint against the OASIS schema (tests/data/cap/CAP-v1.2.xsd); returns its complaints.
QString validateCap(const QString& file)
{
    QProcess xmllint;
    xmllint.setProcessChannelMode(QProcess::MergedChannels);
    xmllint.start(QStringLiteral("xmllint"),
                  {QStringLiteral("--noout"), QStringLiteral("--schema"),
                   QStringLiteral(BURGERNET_SOURCE_DIR "/tests/data/cap/CAP-v1.2.xsd"), file});
    REQUIRE(xmllint.waitForFinished(30000));
    const QString output = QString::fromUtf8(xmllint.readAll());
    return xmllint.exitCode() == 0 ? QString() : output;
}

QString element(const QString& file, const QString& name)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QDomDocument doc;
    REQUIRE(doc.setContent(&f, true));
    return doc.elementsByTagNameNS(QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2"), name)
        .item(0)
        .toElement()
        .text();
}

GeoArea utrechtCentrum()
{
    return GeoArea::polygon({{52.08, 5.10}, {52.08, 5.13}, {52.10, 5.13}, {52.10, 5.10}});
}

// A CAP message as the dispatcher hands it over: the composed CAP text, whose extra carries the
// CAP fields and the area in CAP's own form.
OutgoingMessage capMessage(const QString& id, MessageType type, const QDateTime& at,
                           const GeoArea& area = utrechtCentrum(), Mode mode = Mode::Live)
{
    MessageComposer::Input in;
    in.content.incident = IncidentType::StreetRobbery;
    in.content.channels = {BuiltinChannel::Cap};
    in.content.freeText =
        QStringLiteral("Hij heeft een rode jas & zwarte fiets <richting station>.");
    in.type = type;
    in.mode = mode;
    in.updateText = QStringLiteral("Hij is gezien bij het station.");
    in.outcome = Outcome::Arrested;
    in.areaDescription = QStringLiteral("Utrecht-centrum");
    in.capIdentifier = QStringLiteral("burgernet-") + id;
    in.sentAt = at;
    in.capCircle = area.toCapCircle();
    in.capPolygons = area.toCapPolygons();
    const ComposedMessage composed = MessageComposer().compose(in);
    const ChannelText* text = composed.find(QStringLiteral("nl"), BuiltinChannel::Cap);
    REQUIRE(text);
    OutgoingMessage m;
    m.messageId = id;
    m.actionId = QStringLiteral("42");
    m.channel = BuiltinChannel::Cap;
    m.mode = mode;
    m.language = QStringLiteral("nl");
    m.messageType = type;
    m.subject = text->subject;
    m.text = text->text;
    m.extra = text->extra;
    m.areaDescription = in.areaDescription;
    m.createdAt = at.addSecs(7); // when the worker took it: not the message's CAP time
    return m;
}
} // namespace

TEST_CASE("CAP times are Dutch local time with the offset, never Z", "[senders][cap]")
{
    const QDateTime winter(QDate(2026, 11, 28), QTime(1, 30, 5), Qt::OffsetFromUTC, 3600);
    CHECK(capTime(winter) == QStringLiteral("2026-11-28T01:30:05+01:00"));
    CHECK(capTime(QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC)) ==
          QStringLiteral("2026-07-01T12:00:00+02:00"));
    // Another offset is the same moment told in the Netherlands' time.
    const QDateTime west(QDate(2026, 6, 1), QTime(8, 0), Qt::OffsetFromUTC, -5 * 3600 - 1800);
    CHECK(capTime(west) == QStringLiteral("2026-06-01T15:30:00+02:00"));
    // The night the clocks go back: the same wall time twice, told apart by the offset.
    CHECK(capTime(QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC)) ==
          QStringLiteral("2026-10-25T02:30:00+02:00"));
    CHECK(capTime(QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC)) ==
          QStringLiteral("2026-10-25T02:30:00+01:00"));
}

TEST_CASE("CAP areas come from the one converter: polygons closed and latitude first, circles "
          "in km",
          "[senders][cap]")
{
    const GeoArea triangle = GeoArea::polygon({{52.0, 5.1}, {52.0, 5.2}, {52.1, 5.2}});
    CHECK(triangle.toCapPolygons() ==
          QStringList{QStringLiteral("52.000000,5.100000 52.000000,5.200000 "
                                     "52.100000,5.200000 52.000000,5.100000")});
    CHECK(triangle.toCapCircle().isEmpty());
    const GeoArea circle = GeoArea::circle(QGeoCoordinate(52.09, 5.12), 1500);
    CHECK(circle.toCapCircle() == QStringLiteral("52.090000,5.120000 1.500"));
    CHECK(circle.toCapPolygons().isEmpty());

    // The feed publishes the area the composed text carries, not one of its own making.
    QTemporaryDir dataDir;
    SenderContext context;
    context.dataDir = dataDir.path();
    const CapFeedSender feed(context);
    const QDateTime at(QDate(2026, 11, 28), QTime(0, 30), Qt::UTC);
    const CapMessage byCircle =
        feed.build(capMessage(QStringLiteral("c1"), MessageType::Alert, at, circle));
    CHECK(byCircle.circles == QStringList{circle.toCapCircle()});
    CHECK(byCircle.polygons.isEmpty());
    const CapMessage byPolygon =
        feed.build(capMessage(QStringLiteral("p1"), MessageType::Alert, at, triangle));
    CHECK(byPolygon.polygons == triangle.toCapPolygons());
    CHECK(byPolygon.circles.isEmpty());

    // An area of two parts (both sides of a river) is one <area> with two <polygon>s.
    const GeoArea twoParts =
        GeoArea::multiPolygon({GeoPolygon{{{52.0, 5.1}, {52.0, 5.2}, {52.1, 5.2}}, {}},
                               GeoPolygon{{{52.2, 5.1}, {52.2, 5.2}, {52.3, 5.2}}, {}}});
    const CapMessage byParts =
        feed.build(capMessage(QStringLiteral("p2"), MessageType::Alert, at, twoParts));
    REQUIRE(byParts.polygons.size() == 2);
    CHECK(byParts.polygons == twoParts.toCapPolygons());
    CHECK(byParts.polygons[1].startsWith(QStringLiteral("52.200000,5.100000 ")));
    const QByteArray xml = byParts.toXml();
    CHECK(xml.count("<polygon>") == 2);
    CHECK(xml.count("<area>") == 1);
}

TEST_CASE("CAP feed: alert, update and cancel valid against the OASIS schema, with references, "
          "an Atom index and served over HTTP",
          "[senders][cap][integration]")
{
    QTemporaryDir dataDir;
    HttpListener listener;
    REQUIRE(listener.start() != 0);
    SenderContext context;
    context.dataDir = dataDir.path();
    context.settings = {
        {QStringLiteral("sender"), QStringLiteral("meldkamer-midden@burgernet.nl")},
        {QStringLiteral("infoUrl"), QStringLiteral("https://www.burgernet.nl/acties")}};
    context.callbackUrl = QUrl(listener.baseUrl().toString() + QStringLiteral("/cap"));
    auto registry =
        createSenderRegistry(Mode::Live, test::systemClock(), QStringLiteral("/nonexistent"));
    auto created = registry->create(QStringLiteral("cap-feed"), context);
    REQUIRE(created.ok());
    ChannelSender& sender = **created;
    listener.route(QStringLiteral("/cap"),
                   [&](const CallbackRequest& r) { return sender.handleCallback(r); });
    CHECK(sender.checkHealth().status == SenderHealth::Status::Ok);

    const QDateTime t0 = QDateTime(QDate(2026, 11, 28), QTime(0, 30), Qt::UTC);
    const SendResult alert = sender.send(capMessage(QStringLiteral("o1"), MessageType::Alert, t0));
    REQUIRE(alert.outcome == SendOutcome::Delivered);
    CHECK(alert.providerId == QStringLiteral("burgernet-o1"));
    // The area grows to a circle: the update's text carries it.
    const OutgoingMessage circle =
        capMessage(QStringLiteral("o2"), MessageType::Update, t0.addSecs(600),
                   GeoArea::circle(QGeoCoordinate(52.09, 5.12), 2000));
    REQUIRE(sender.send(circle).outcome == SendOutcome::Delivered);
    REQUIRE(sender.send(capMessage(QStringLiteral("o3"), MessageType::Cancel, t0.addSecs(1200)))
                .outcome == SendOutcome::Delivered);
    // GeoJSON is for plugins; a CAP text without its area is not published.
    OutgoingMessage noArea = capMessage(QStringLiteral("o4"), MessageType::Alert, t0);
    noArea.extra.remove(QStringLiteral("polygon"));
    noArea.areaGeoJson = QJsonDocument(utrechtCentrum().toGeoJson()).toJson();
    CHECK(sender.send(noArea).outcome == SendOutcome::Final);
    // A sender test from the senders page has no composed text: the fields it lacks are filled.
    OutgoingMessage test;
    test.messageId = QStringLiteral("test-1");
    test.channel = BuiltinChannel::Cap;
    test.language = QStringLiteral("nl");
    test.messageType = MessageType::Test;
    test.text = QStringLiteral("Test message from Burgernet Console.");
    test.extra = {{QStringLiteral("circle"), QStringLiteral("52.090700,5.121400 0.100")}};
    test.createdAt = t0.addMSecs(250);
    REQUIRE(sender.send(test).outcome == SendOutcome::Delivered);
    const QString testFile = dataDir.filePath(QStringLiteral("cap/burgernet-test-1.xml"));
    CHECK(validateCap(testFile).isEmpty());
    CHECK(element(testFile, QStringLiteral("status")) == QStringLiteral("Test"));
    CHECK(element(testFile, QStringLiteral("sent")) == QStringLiteral("2026-11-28T01:30:00+01:00"));

    const QDir folder(dataDir.filePath(QStringLiteral("cap")));
    for (const char* id : {"o1", "o2", "o3"}) {
        const QString file =
            folder.absoluteFilePath(QStringLiteral("burgernet-%1.xml").arg(QLatin1String(id)));
        INFO(file.toStdString());
        CHECK(validateCap(file).isEmpty());
        CHECK(element(file, QStringLiteral("status")) == QStringLiteral("Actual"));
        CHECK(element(file, QStringLiteral("areaDesc")) == QStringLiteral("Utrecht-centrum"));
        CHECK_FALSE(element(file, QStringLiteral("sent")).endsWith(QLatin1Char('Z')));
        CHECK(element(file, QStringLiteral("web")) ==
              QStringLiteral("https://www.burgernet.nl/acties"));
    }
    const QString first = folder.absoluteFilePath(QStringLiteral("burgernet-o1.xml"));
    const QString update = folder.absoluteFilePath(QStringLiteral("burgernet-o2.xml"));
    const QString cancel = folder.absoluteFilePath(QStringLiteral("burgernet-o3.xml"));
    CHECK(element(first, QStringLiteral("msgType")) == QStringLiteral("Alert"));
    CHECK(element(update, QStringLiteral("msgType")) == QStringLiteral("Update"));
    CHECK(element(cancel, QStringLiteral("msgType")) == QStringLiteral("Cancel"));
    // The message's own CAP time (when it was composed), not when the worker took it.
    CHECK(element(first, QStringLiteral("sent")) == QStringLiteral("2026-11-28T01:30:00+01:00"));
    CHECK(element(first, QStringLiteral("expires")) == QStringLiteral("2026-11-28T03:30:00+01:00"));
    CHECK(element(first, QStringLiteral("polygon")) == utrechtCentrum().toCapPolygons().value(0));
    const QString firstRef = QStringLiteral("meldkamer-midden@burgernet.nl,burgernet-o1,") +
                             element(first, QStringLiteral("sent"));
    CHECK(element(update, QStringLiteral("references")) == firstRef);
    CHECK(element(cancel, QStringLiteral("references")).startsWith(firstRef + QLatin1Char(' ')));
    CHECK(element(update, QStringLiteral("circle")) == QStringLiteral("52.090000,5.120000 2.000"));
    CHECK(element(first, QStringLiteral("description"))
              .contains(QStringLiteral("& zwarte fiets <richting")));

    // The Atom index lists the newest first and is served with the CAP files.
    HttpRequest get;
    get.url = QUrl(listener.baseUrl().toString() + QStringLiteral("/cap/feed.atom"));
    const HttpResponse feed = performHttp(get);
    REQUIRE(feed.status == 200);
    CHECK(feed.header("content-type").startsWith("application/atom+xml"));
    QDomDocument atom;
    REQUIRE(atom.setContent(feed.body, true));
    const auto entries = atom.elementsByTagNameNS(QStringLiteral("http://www.w3.org/2005/Atom"),
                                                  QStringLiteral("entry"));
    REQUIRE(entries.size() == 4);
    CHECK(entries.item(0)
              .toElement()
              .firstChildElement(QStringLiteral("id"))
              .text()
              .endsWith(QStringLiteral("burgernet-test-1")));
    get.url = QUrl(listener.baseUrl().toString() + QStringLiteral("/cap/burgernet-o1.xml"));
    CHECK(performHttp(get).body == [&] {
        QFile f(first);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }());
    get.url = QUrl(listener.baseUrl().toString() + QStringLiteral("/cap/index.json"));
    CHECK(performHttp(get).status == 404); // only the feed and CAP files are served
    get.url = QUrl(listener.baseUrl().toString() + QStringLiteral("/cap/..%2F..%2Fetc%2Fpasswd"));
    CHECK(performHttp(get).status == 404);

    // A new instance (a restart) keeps the references.
    auto again = registry->create(QStringLiteral("cap-feed"), context);
    REQUIRE(again.ok());
    REQUIRE((*again)
                ->send(capMessage(QStringLiteral("o5"), MessageType::Closing, t0.addSecs(3600)))
                .outcome == SendOutcome::Delivered);
    const QString closing = folder.absoluteFilePath(QStringLiteral("burgernet-o5.xml"));
    CHECK(validateCap(closing).isEmpty());
    CHECK(element(closing, QStringLiteral("references")).split(QLatin1Char(' ')).size() == 3);
    CHECK(element(closing, QStringLiteral("msgType")) == QStringLiteral("Update"));
    CHECK(element(closing, QStringLiteral("responseType")) == QStringLiteral("AllClear"));
    CHECK(element(closing, QStringLiteral("urgency")) == QStringLiteral("Past"));
    listener.removeRoute(QStringLiteral("/cap"));
}

TEST_CASE("CAP messages of training are Exercise and valid", "[senders][cap][training]")
{
    QTemporaryDir dataDir;
    SenderContext context;
    context.dataDir = dataDir.path();
    CapFeedSender builder(context);
    const QDateTime at(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
    OutgoingMessage m =
        capMessage(QStringLiteral("t1"), MessageType::Alert, at, utrechtCentrum(), Mode::Training);
    CHECK(m.extra.value(QStringLiteral("status")) == QStringLiteral("Exercise"));
    const CapMessage cap = builder.build(m);
    CHECK(cap.status == QStringLiteral("Exercise"));
    CHECK(cap.headline.startsWith(QStringLiteral("OEFENING")));
    const QString file = dataDir.filePath(QStringLiteral("exercise.xml"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(cap.toXml());
    out.close();
    CHECK(validateCap(file).isEmpty());
    // A training message is Exercise whatever its text says ...
    OutgoingMessage live = capMessage(QStringLiteral("t2"), MessageType::Alert, at);
    live.mode = Mode::Training;
    CHECK(builder.build(live).status == QStringLiteral("Exercise"));
    // ... and the feed itself refuses to publish it.
    CHECK(builder.send(m).outcome == SendOutcome::Final);
}
