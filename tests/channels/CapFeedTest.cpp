#include "app/channels/BuiltinSenders.h"
#include "app/channels/cap_feed/CapFeedSender.h"
#include "app/channels/common/HttpClient.h"
#include "app/channels/common/HttpListener.h"
#include "tests/support/FakeClock.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
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

OutgoingMessage capMessage(const QString& id, const QString& type, const QDateTime& at)
{
    OutgoingMessage m;
    m.messageId = id;
    m.actionId = QStringLiteral("A-2026-0042");
    m.language = QStringLiteral("nl");
    m.messageType = enumFromId<MessageType>(type).value_or(MessageType::Alert);
    m.subject = QStringLiteral("Uitkijken naar een man met een rode jas");
    m.text =
        QStringLiteral("Kijk uit naar een man met een rode jas & zwarte fiets <richting station>.");
    m.areaGeoJson =
        R"({"type":"Polygon","coordinates":[[[5.10,52.08],[5.13,52.08],[5.13,52.10],[5.10,52.10]]]})";
    m.areaDescription = QStringLiteral("Utrecht-centrum");
    m.createdAt = at;
    return m;
}
} // namespace

TEST_CASE("CAP times carry their offset, never Z", "[senders][cap]")
{
    const QDateTime amsterdam(QDate(2026, 11, 28), QTime(1, 30, 5), Qt::OffsetFromUTC, 3600);
    CHECK(capTime(amsterdam) == QStringLiteral("2026-11-28T01:30:05+01:00"));
    const QDateTime west(QDate(2026, 6, 1), QTime(8, 0), Qt::OffsetFromUTC, -5 * 3600 - 1800);
    CHECK(capTime(west) == QStringLiteral("2026-06-01T08:00:00-05:30"));
}

TEST_CASE("CAP areas from GeoJSON: polygons closed and latitude first, circles in km",
          "[senders][cap]")
{
    QStringList polygons, circles;
    REQUIRE(capAreaFromGeoJson(
        R"({"type":"Polygon","coordinates":[[[5.1,52.0],[5.2,52.0],[5.2,52.1]]]})", &polygons,
        &circles));
    CHECK(polygons == QStringList{QStringLiteral("52.000000,5.100000 52.000000,5.200000 "
                                                 "52.100000,5.200000 52.000000,5.100000")});
    REQUIRE(capAreaFromGeoJson(
        R"({"type":"Feature","properties":{"radius":1500},"geometry":{"type":"Point","coordinates":[5.12,52.09]}})",
        &polygons, &circles));
    CHECK(circles == QStringList{QStringLiteral("52.090000,5.120000 1.500")});
    CHECK_FALSE(capAreaFromGeoJson("{}", &polygons, &circles));
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
    const SendResult alert =
        sender.send(capMessage(QStringLiteral("o1"), QStringLiteral("alert"), t0));
    REQUIRE(alert.outcome == SendOutcome::Delivered);
    CHECK(alert.providerId == QStringLiteral("burgernet-o1"));
    OutgoingMessage circle =
        capMessage(QStringLiteral("o2"), QStringLiteral("update"), t0.addSecs(600));
    circle.areaGeoJson = R"({"type":"Point","coordinates":[5.12,52.09],"radius":2000})";
    REQUIRE(sender.send(circle).outcome == SendOutcome::Delivered);
    REQUIRE(
        sender.send(capMessage(QStringLiteral("o3"), QStringLiteral("cancel"), t0.addSecs(1200)))
            .outcome == SendOutcome::Delivered);
    OutgoingMessage noArea = capMessage(QStringLiteral("o4"), QStringLiteral("alert"), t0);
    noArea.areaGeoJson.clear();
    CHECK(sender.send(noArea).outcome == SendOutcome::Final);

    const QDir folder(dataDir.filePath(QStringLiteral("cap")));
    for (const char* id : {"o1", "o2", "o3"}) {
        const QString file =
            folder.absoluteFilePath(QStringLiteral("burgernet-%1.xml").arg(QLatin1String(id)));
        INFO(file.toStdString());
        CHECK(validateCap(file).isEmpty());
        CHECK(element(file, QStringLiteral("status")) == QStringLiteral("Actual"));
        CHECK(element(file, QStringLiteral("areaDesc")) == QStringLiteral("Utrecht-centrum"));
        CHECK_FALSE(element(file, QStringLiteral("sent")).endsWith(QLatin1Char('Z')));
    }
    const QString first = folder.absoluteFilePath(QStringLiteral("burgernet-o1.xml"));
    const QString update = folder.absoluteFilePath(QStringLiteral("burgernet-o2.xml"));
    const QString cancel = folder.absoluteFilePath(QStringLiteral("burgernet-o3.xml"));
    CHECK(element(first, QStringLiteral("msgType")) == QStringLiteral("Alert"));
    CHECK(element(update, QStringLiteral("msgType")) == QStringLiteral("Update"));
    CHECK(element(cancel, QStringLiteral("msgType")) == QStringLiteral("Cancel"));
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
    REQUIRE(entries.size() == 3);
    CHECK(entries.item(0)
              .toElement()
              .firstChildElement(QStringLiteral("id"))
              .text()
              .endsWith(QStringLiteral("burgernet-o3")));
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
    REQUIRE(
        (*again)
            ->send(capMessage(QStringLiteral("o5"), QStringLiteral("closing"), t0.addSecs(3600)))
            .outcome == SendOutcome::Delivered);
    const QString closing = folder.absoluteFilePath(QStringLiteral("burgernet-o5.xml"));
    CHECK(validateCap(closing).isEmpty());
    CHECK(element(closing, QStringLiteral("references")).split(QLatin1Char(' ')).size() == 3);
    CHECK(element(closing, QStringLiteral("responseType")) == QStringLiteral("AllClear"));
    listener.removeRoute(QStringLiteral("/cap"));
}

TEST_CASE("CAP messages of training are Exercise and valid", "[senders][cap][training]")
{
    QTemporaryDir dataDir;
    SenderContext context;
    context.dataDir = dataDir.path();
    CapFeedSender builder(context);
    OutgoingMessage m =
        capMessage(QStringLiteral("t1"), QStringLiteral("alert"), QDateTime::currentDateTime());
    m.mode = Mode::Training;
    const CapMessage cap =
        builder.build(m, QDateTime(QDate(2026, 11, 28), QTime(1, 0), Qt::OffsetFromUTC, 3600));
    CHECK(cap.status == QStringLiteral("Exercise"));
    const QString file = dataDir.filePath(QStringLiteral("exercise.xml"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(cap.toXml());
    out.close();
    CHECK(validateCap(file).isEmpty());
    // ... and the feed itself refuses to publish them.
    CHECK(builder.send(m).outcome == SendOutcome::Final);
}
