// The PDF reports through the real burgernetctl: one action's report and a period's, each
// rendered to an image (pdftoppm, poppler-utils) and read as text (pdftotext), recorded in the
// audit log before the file is written, with no participant in them.
#include "app/ctl/CtlContext.h"
#include "tests/integration/CtlRun.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace burgernet;
using namespace Qt::StringLiterals;
using test::runCtlProcess;

namespace {

QString writePassword(const QTemporaryDir& dir, const QString& name, const QString& password)
{
    const QString path = dir.filePath(name + u".pw"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(password.toUtf8() + '\n');
    return path;
}

QString tool(const QString& name)
{
    const QString path = QStandardPaths::findExecutable(name);
    INFO("poppler-utils is needed (packaging/debian-packages.txt): " << name.toStdString());
    REQUIRE(!path.isEmpty());
    return path;
}

// The first page as an image, the way a reader sees it.
QImage firstPage(const QString& pdf, const QString& prefix)
{
    QProcess render;
    render.start(tool(u"pdftoppm"_s), {u"-r"_s, u"50"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                       u"-png"_s, u"-singlefile"_s, pdf, prefix});
    REQUIRE(render.waitForFinished(60'000));
    REQUIRE(render.exitCode() == 0);
    QImage image(prefix + u".png"_s);
    REQUIRE(!image.isNull());
    return image;
}

QString text(const QString& pdf)
{
    QProcess read;
    read.start(tool(u"pdftotext"_s), {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(read.waitForFinished(60'000));
    REQUIRE(read.exitCode() == 0);
    return QString::fromUtf8(read.readAllStandardOutput());
}

// Not blank: a good share of the page is ink, in more than a few colours (map, charts).
void checkNotBlank(const QImage& page)
{
    qint64 ink = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QRgb c = page.pixel(x, y);
            if (qGray(c) < 235)
                ++ink;
            colours.insert(c & 0xf0f0f0);
        }
    CHECK(ink > qint64(page.width()) * page.height() / 50);
    CHECK(colours.size() > 8);
}

} // namespace

TEST_CASE("report action --pdf and report period --pdf: rendered, recorded, nothing personal",
          "[ctl][report][pdf]")
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
    const QStringList supervisor =
        base + QStringList{u"--user"_s, u"supervisor"_s, u"--password-file"_s,
                           writePassword(home, u"supervisor"_s, u"supervisor-demo"_s)};

    // An action with tips, from the overview.
    const auto overview = runCtlProcess(
        supervisor + QStringList{u"report"_s, u"overview"_s, u"--json"_s}, home.path());
    REQUIRE(overview.exitCode == ExitOk);
    qint64 id = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(overview.out.toUtf8()).array())
        if (v.toObject().value(u"tips"_s).toInteger() > 0 &&
            v.toObject().value(u"state"_s).toString() == u"closed"_s) {
            id = v.toObject().value(u"id"_s).toInteger();
            break;
        }
    REQUIRE(id > 0);

    // The workstation filter: the overview's and the figures' counts agree with the rows.
    qint64 atWest = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(overview.out.toUtf8()).array())
        atWest += v.toObject().value(u"workstation"_s).toString() == u"mk-west-01"_s;
    CHECK(atWest > 0);
    const auto westStats =
        runCtlProcess(supervisor + QStringList{u"report"_s, u"stats"_s, u"--workstation"_s,
                                               u"mk-west-01"_s, u"--json"_s},
                      home.path());
    REQUIRE(westStats.exitCode == ExitOk);
    const QJsonObject west = QJsonDocument::fromJson(westStats.out.toUtf8()).object();
    CHECK(west.value(u"actions"_s).toInteger() == atWest);
    CHECK(west.value(u"filter"_s).toObject().value(u"workstation"_s).toString() == u"mk-west-01"_s);
    const auto westRows =
        runCtlProcess(supervisor + QStringList{u"report"_s, u"overview"_s, u"--workstation"_s,
                                               u"mk-west-01"_s, u"--json"_s},
                      home.path());
    REQUIRE(westRows.exitCode == ExitOk);
    CHECK(QJsonDocument::fromJson(westRows.out.toUtf8()).array().size() == atWest);

    const QString actionPdf = home.filePath(u"actie.pdf"_s);
    const auto action =
        runCtlProcess(supervisor + QStringList{u"report"_s, u"action"_s, QString::number(id),
                                               u"--pdf"_s, actionPdf},
                      home.path());
    INFO(action.err.toStdString());
    REQUIRE(action.exitCode == ExitOk);
    REQUIRE(QFile::exists(actionPdf));
    checkNotBlank(firstPage(actionPdf, home.filePath(u"actie"_s)));
    const QString actionText = text(actionPdf);
    CHECK(actionText.contains(u"Action %1"_s.arg(id)));
    CHECK(actionText.contains(u"Delivery per channel"_s));
    CHECK(actionText.contains(u"Timeline"_s));
    CHECK(actionText.contains(u"message reached"_s)); // the steps in words
    CHECK(actionText.contains(u"GeoNames"_s));        // the map's credit
    CHECK(!actionText.contains(u"Terugbeller"_s));    // no tip's words
    CHECK(!actionText.contains(u"@"_s));              // no e-mail address
    CHECK(!actionText.contains(u"+316"_s));           // no phone number

    const QString periodPdf = home.filePath(u"periode.pdf"_s);
    const auto period = runCtlProcess(
        supervisor + QStringList{u"report"_s, u"period"_s, u"--from"_s,
                                 QDate::currentDate().addMonths(-2).toString(Qt::ISODate),
                                 u"--to"_s, QDate::currentDate().toString(Qt::ISODate), u"--pdf"_s,
                                 periodPdf},
        home.path());
    INFO(period.err.toStdString());
    REQUIRE(period.exitCode == ExitOk);
    checkNotBlank(firstPage(periodPdf, home.filePath(u"periode"_s)));
    const QString periodText = text(periodPdf);
    CHECK(periodText.contains(u"Burgernet statistics"_s));
    CHECK(periodText.contains(u"Success by incident type"_s));
    CHECK(periodText.contains(u"Message fatigue"_s));
    // The period's figures are the ones `report stats` gives.
    const auto stats = runCtlProcess(
        supervisor + QStringList{u"report"_s, u"stats"_s, u"--from"_s,
                                 QDate::currentDate().addMonths(-2).toString(Qt::ISODate),
                                 u"--to"_s, QDate::currentDate().toString(Qt::ISODate),
                                 u"--json"_s},
        home.path());
    REQUIRE(stats.exitCode == ExitOk);
    const QJsonObject figures = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    const qint64 actions = figures.value(u"actions"_s).toInteger();
    CHECK(actions > 0);
    CHECK(period.out.contains(u"report of %1 actions"_s.arg(actions)));
    CHECK(periodText.contains(QRegularExpression(u"Actions\\s+%1\\n"_s.arg(actions))));

    // A file that cannot be written: the export was recorded first, then its failure.
    const auto unwritable =
        runCtlProcess(supervisor + QStringList{u"report"_s, u"period"_s, u"--pdf"_s,
                                               home.filePath(u"geen-map/periode.pdf"_s)},
                      home.path());
    CHECK(unwritable.exitCode == ExitFailure);
    // Usage: a period needs --pdf; a dispatcher gets no report and no file.
    CHECK(runCtlProcess(supervisor + QStringList{u"report"_s, u"period"_s}, home.path()).exitCode ==
          ExitUsage);
    const QString refusedPdf = home.filePath(u"geweigerd.pdf"_s);
    const auto refused = runCtlProcess(
        base + QStringList{u"--user"_s, u"dispatcher"_s, u"--password-file"_s,
                           writePassword(home, u"dispatcher"_s, u"dispatcher-demo"_s), u"report"_s,
                           u"action"_s, QString::number(id), u"--pdf"_s, refusedPdf},
        home.path());
    CHECK(refused.exitCode == ExitFailure);
    CHECK(!QFile::exists(refusedPdf));

    const auto audit = runCtlProcess(
        base + QStringList{u"audit"_s, u"show"_s, u"--action"_s, u"report.export"_s, u"--json"_s},
        home.path());
    REQUIRE(audit.exitCode == ExitOk);
    int ok = 0, failed = 0, denied = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(audit.out.toUtf8()).array()) {
        const QJsonObject r = v.toObject();
        const QString result = r.value(u"result"_s).toString();
        ok += result == u"ok"_s;
        failed += result == u"failed"_s;
        denied += result == u"denied"_s;
    }
    CHECK(ok == 3); // action, period, and the unwritable one (recorded before writing)
    CHECK(failed == 1);
    CHECK(denied == 1);
    CHECK(audit.out.contains(u"actie.pdf"_s));
    CHECK(audit.out.contains(u"pdf"_s));
}
