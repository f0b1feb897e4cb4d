// `burgernetctl action cap`: the CAP 1.2 documents of an action, through the real command on a
// register, checked against the OASIS schema with xmllint.
#include "app/ctl/CtlContext.h"
#include "tests/dispatch/DispatchTestSupport.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace burgernet;
using test::DispatchFixture;
using test::runCtl;

namespace {

const QDateTime t0(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC);

// The printed documents, each starting with its own XML declaration.
QStringList documents(const QString& out)
{
    QStringList docs;
    static const QRegularExpression start(QStringLiteral("(?=<\\?xml )"));
    for (const QString& part : out.split(start, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            docs << part.trimmed() + QLatin1Char('\n');
    return docs;
}

// xmllint's complaints about one document against the repository's copy of the OASIS schema;
// empty when it is valid.
QString schemaErrors(const QString& document, const QString& folder, int n)
{
    const QString file = QDir(folder).filePath(QStringLiteral("doc-%1.xml").arg(n));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(document.toUtf8());
    out.close();
    QProcess xmllint;
    xmllint.setProcessChannelMode(QProcess::MergedChannels);
    xmllint.start(QStringLiteral("xmllint"),
                  {QStringLiteral("--noout"), QStringLiteral("--schema"),
                   QStringLiteral(BURGERNET_SOURCE_DIR "/tests/data/cap/CAP-v1.2.xsd"), file});
    REQUIRE(xmllint.waitForFinished(30000));
    const QString output = QString::fromUtf8(xmllint.readAll());
    return xmllint.exitCode() == 0 ? QString() : output;
}

// The text of every element by name (CAP's elements are unique within one <info> and <area>).
QMap<QString, QString> fields(const QString& document)
{
    QMap<QString, QString> values;
    QXmlStreamReader xml(document);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        REQUIRE(xml.namespaceUri() == QLatin1String("urn:oasis:names:tc:emergency:cap:1.2"));
        const QString name = xml.name().toString();
        if (name == QLatin1String("alert") || name == QLatin1String("info") ||
            name == QLatin1String("area") || name == QLatin1String("geocode"))
            continue;
        values.insert(name, xml.readElementText());
    }
    REQUIRE_FALSE(xml.hasError());
    return values;
}

qint64 sendAction(const QStringList& common, const QStringList& channels, const QDateTime& at)
{
    QStringList args =
        common +
        QStringList{QStringLiteral("action"),   QStringLiteral("send"),
                    QStringLiteral("--type"),   QStringLiteral("straatroof"),
                    QStringLiteral("--circle"), QStringLiteral("52.0894,5.11,1500"),
                    QStringLiteral("--text"),   QStringLiteral("Man met rode jas & zwarte pet"),
                    QStringLiteral("--yes"),    QStringLiteral("--json")};
    for (const QString& c : channels)
        args << QStringLiteral("--channel") << c;
    const auto sent = runCtl(args, at);
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == ExitOk);
    return QJsonDocument::fromJson(sent.out.toUtf8())
        .object()
        .value(QStringLiteral("id"))
        .toInteger();
}

// The documents of `action cap ID`, each valid against the schema.
QList<QMap<QString, QString>> capOf(const QStringList& common, qint64 id, const QString& folder,
                                    QStringList* printed = nullptr)
{
    const auto cap = runCtl(
        common + QStringList{QStringLiteral("action"), QStringLiteral("cap"), QString::number(id)},
        t0.addSecs(3600));
    INFO(cap.err.toStdString());
    REQUIRE(cap.exitCode == ExitOk);
    const QStringList docs = documents(cap.out);
    QList<QMap<QString, QString>> parsed;
    for (int i = 0; i < docs.size(); ++i) {
        INFO(docs.at(i).toStdString());
        CHECK(schemaErrors(docs.at(i), folder, i).isEmpty());
        parsed << fields(docs.at(i));
    }
    if (printed)
        *printed = docs;
    return parsed;
}

} // namespace

TEST_CASE("burgernetctl action cap: alert, update and closing as valid CAP 1.2, each later one "
          "referring to every earlier one",
          "[dispatch][ctl][cap]")
{
    DispatchFixture f;
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--db"), f.spec().sqlitePath,
                           QStringLiteral("--audit-log"),
                           dir.filePath(QStringLiteral("audit.sqlite"))};
    test::CtlAccounts accounts(base, dir.path());
    const QStringList common = base + accounts.as(Role::Dispatcher);
    // Not on the CAP channel: the CAP texts are composed all the same.
    const qint64 id = sendAction(common, {QStringLiteral("sms"), QStringLiteral("email")}, t0);
    auto worker = f.worker();
    f.drain(*worker);
    f.actions().refreshStates({id});
    const auto update =
        runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("update"),
                                    QString::number(id), QStringLiteral("--text"),
                                    QStringLiteral("Hij is gezien bij het station."),
                                    QStringLiteral("--yes")},
               t0.addSecs(10 * 60));
    INFO(update.err.toStdString());
    REQUIRE(update.exitCode == ExitOk);
    f.drain(*worker);
    f.actions().refreshStates({id});
    const auto closed =
        runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("close"),
                                    QString::number(id), QStringLiteral("--outcome"),
                                    QStringLiteral("arrested"), QStringLiteral("--yes")},
               t0.addSecs(40 * 60));
    INFO(closed.err.toStdString());
    REQUIRE(closed.exitCode == ExitOk);

    QStringList printed;
    const auto docs = capOf(common, id, dir.path(), &printed);
    REQUIRE(docs.size() == 3);
    CHECK(docs.at(0).value(QStringLiteral("msgType")) == QStringLiteral("Alert"));
    CHECK(docs.at(1).value(QStringLiteral("msgType")) == QStringLiteral("Update"));
    CHECK(docs.at(2).value(QStringLiteral("msgType")) == QStringLiteral("Update"));
    CHECK(docs.at(1).value(QStringLiteral("responseType")) == QStringLiteral("Monitor"));
    CHECK(docs.at(2).value(QStringLiteral("responseType")) == QStringLiteral("AllClear"));
    CHECK(docs.at(2).value(QStringLiteral("urgency")) == QStringLiteral("Past"));
    CHECK(docs.at(0).value(QStringLiteral("sent")) == QStringLiteral("2026-11-27T15:00:00+01:00"));
    CHECK(docs.at(1).value(QStringLiteral("sent")) == QStringLiteral("2026-11-27T15:10:00+01:00"));
    CHECK(docs.at(2).value(QStringLiteral("sent")) == QStringLiteral("2026-11-27T15:40:00+01:00"));
    CHECK(docs.at(0)
              .value(QStringLiteral("description"))
              .contains(QStringLiteral("Man met rode jas & zwarte pet")));
    CHECK(docs.at(1)
              .value(QStringLiteral("description"))
              .contains(QStringLiteral("gezien bij het station")));
    QStringList earlier;
    QSet<QString> identifiers;
    for (const auto& doc : docs) {
        INFO(doc.value(QStringLiteral("identifier")).toStdString());
        CHECK(doc.value(QStringLiteral("status")) == QStringLiteral("Actual"));
        static const QRegularExpression offset(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d$"));
        CHECK(offset.match(doc.value(QStringLiteral("sent"))).hasMatch());
        CHECK_FALSE(doc.value(QStringLiteral("sent")).endsWith(QLatin1Char('Z')));
        CHECK(doc.value(QStringLiteral("circle")) == QStringLiteral("52.089400,5.110000 1.500"));
        CHECK_FALSE(doc.contains(QStringLiteral("polygon")));
        CHECK_FALSE(doc.value(QStringLiteral("areaDesc")).isEmpty());
        // Every earlier message by "sender,identifier,sent", in order.
        CHECK(doc.value(QStringLiteral("references")) == earlier.join(QLatin1Char(' ')));
        earlier << doc.value(QStringLiteral("sender")) + QLatin1Char(',') +
                       doc.value(QStringLiteral("identifier")) + QLatin1Char(',') +
                       doc.value(QStringLiteral("sent"));
        identifiers.insert(doc.value(QStringLiteral("identifier")));
    }
    CHECK(identifiers.size() == 3);
    CHECK(docs.at(2).value(QStringLiteral("references")).split(QLatin1Char(' ')).size() == 2);

    // --out: a file per message named by its identifier, the same documents as printed.
    const QString folder = dir.filePath(QStringLiteral("cap"));
    const auto written =
        runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("cap"),
                                    QString::number(id), QStringLiteral("--out"), folder});
    REQUIRE(written.exitCode == ExitOk);
    const QStringList paths = written.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(paths.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(QFileInfo(paths.at(i)).fileName() ==
              docs.at(i).value(QStringLiteral("identifier")) + QStringLiteral(".xml"));
        QFile file(paths.at(i));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()).trimmed() == printed.at(i).trimmed());
    }

    // No such action, and an action that sent nothing: a clear message and exit 1.
    const auto unknown = runCtl(common + QStringList{QStringLiteral("action"),
                                                     QStringLiteral("cap"), QStringLiteral("999")});
    CHECK(unknown.exitCode == ExitFailure);
    CHECK(unknown.err.contains(QStringLiteral("999")));
    CHECK(unknown.out.isEmpty());
    auto draft = f.actions().createDraft(DispatchFixture::urgentContent(), DispatchFixture::area(),
                                         QStringLiteral("Utrecht"));
    REQUIRE(draft.ok());
    const auto nothing =
        runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("cap"),
                                    QString::number(*draft)});
    CHECK(nothing.exitCode == ExitFailure);
    CHECK(nothing.err.contains(QStringLiteral("no messages")));
}

TEST_CASE("The CAP area names the municipalities it reaches and carries their CBS codes as "
          "geocodes",
          "[dispatch][ctl][cap][boundaries]")
{
    DispatchFixture f;
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--db"), f.spec().sqlitePath,
                           QStringLiteral("--audit-log"),
                           dir.filePath(QStringLiteral("audit.sqlite"))};
    test::CtlAccounts accounts(base, dir.path());
    // Three municipalities: the circle (1.5 km around 52.0894, 5.11) reaches into the two that
    // meet at 5.11 east, not into the one 10 km further east.
    const auto box = [](const char* code, const char* name, double west, double east) {
        const QString ring =
            QStringLiteral("[[%1,52.05],[%2,52.05],[%2,52.13],[%1,52.13],[%1,52.05]]")
                .arg(west)
                .arg(east);
        return QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"statcode\":\"%1\","
                              "\"statnaam\":\"%2\"},\"geometry\":{\"type\":\"Polygon\","
                              "\"coordinates\":[%3]}}")
            .arg(QLatin1String(code), QLatin1String(name), ring);
    };
    QFile geojson(dir.filePath(QStringLiteral("gemeenten.geojson")));
    REQUIRE(geojson.open(QIODevice::WriteOnly));
    geojson.write(QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[%1,%2,%3]}")
                      .arg(box("GM0344", "Utrecht", 5.00, 5.11),
                           box("GM0356", "Nieuwegein", 5.11, 5.20),
                           box("GM0355", "Zeist", 5.25, 5.35))
                      .toUtf8());
    geojson.close();
    const auto imported = runCtl(
        base + accounts.as(Role::Administrator) +
        QStringList{QStringLiteral("boundaries"), QStringLiteral("import"), geojson.fileName()});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == ExitOk);

    const QStringList common = base + accounts.as(Role::Dispatcher);
    const qint64 id = sendAction(common, {QStringLiteral("sms")}, t0);
    QStringList printed;
    const auto docs = capOf(common, id, dir.path(), &printed);
    REQUIRE(docs.size() == 1);
    INFO(printed.front().toStdString());
    CHECK(docs.front()
              .value(QStringLiteral("areaDesc"))
              .endsWith(QStringLiteral("Utrecht, Nieuwegein")));
    QString compact = printed.front();
    compact.replace(QRegularExpression(QStringLiteral(">\\s+<")), QStringLiteral("><"));
    CHECK(compact.contains(
        QStringLiteral("<geocode><valueName>CBS-gemeentecode</valueName><value>GM0344</value>"
                       "</geocode><geocode><valueName>CBS-gemeentecode</valueName><value>GM0356"
                       "</value></geocode>")));
    CHECK_FALSE(printed.front().contains(QStringLiteral("GM0355")));
    // The area itself stays the circle: the municipalities name it, they do not widen it.
    CHECK(docs.front().value(QStringLiteral("circle")) ==
          QStringLiteral("52.089400,5.110000 1.500"));
}

TEST_CASE("burgernetctl action cap in training: every document is an Exercise",
          "[dispatch][ctl][cap][training]")
{
    DispatchFixture live(DatabaseKind::Sqlite, 0); // the accounts
    DispatchFixture training(DatabaseKind::Sqlite, 20, QStringLiteral("centralist.west"),
                             Role::Dispatcher, Mode::Training);
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--db"),
                           live.spec().sqlitePath,
                           QStringLiteral("--training"),
                           QStringLiteral("--training-db"),
                           training.spec().sqlitePath,
                           QStringLiteral("--audit-log"),
                           dir.filePath(QStringLiteral("audit.sqlite"))};
    test::CtlAccounts accounts(base, dir.path());
    const QStringList common = base + accounts.as(Role::Dispatcher);
    const qint64 id = sendAction(common, {QStringLiteral("cap"), QStringLiteral("sms")}, t0);
    REQUIRE(training.actions().action(id)->mode == Mode::Training);
    const auto update =
        runCtl(common + QStringList{QStringLiteral("action"), QStringLiteral("update"),
                                    QString::number(id), QStringLiteral("--text"),
                                    QStringLiteral("Hij is gezien bij het station."),
                                    QStringLiteral("--yes")},
               t0.addSecs(5 * 60));
    INFO(update.err.toStdString());
    REQUIRE(update.exitCode == ExitOk);

    const auto docs = capOf(common, id, dir.path());
    REQUIRE(docs.size() == 2);
    CHECK(docs.at(0).value(QStringLiteral("msgType")) == QStringLiteral("Alert"));
    CHECK(docs.at(1).value(QStringLiteral("msgType")) == QStringLiteral("Update"));
    for (const auto& doc : docs) {
        CHECK(doc.value(QStringLiteral("status")) == QStringLiteral("Exercise"));
        CHECK(doc.value(QStringLiteral("headline")).startsWith(QStringLiteral("OEFENING")));
    }
    CHECK(docs.at(1)
              .value(QStringLiteral("references"))
              .contains(docs.at(0).value(QStringLiteral("identifier"))));
}
