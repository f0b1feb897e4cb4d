// burgernetctl participants: the summary line, exit codes and audit records.
#include "app/ctl/CtlContext.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/register/ParticipantCsvTestSupport.h"
#include "tests/support/TempDatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace burgernet;
using namespace burgernet::test;

TEST_CASE("burgernetctl participants prints a summary line and exits 0 or 1 or 2 and leaves audit "
          "records",
          "[register][ctl]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    const QStringList base{QStringLiteral("--db"), temp->address(), QStringLiteral("--audit-log"),
                           dir.filePath(QStringLiteral("audit.sqlite"))};
    CtlAccounts accounts(base, dir.path());
    const QStringList administrator = accounts.as(Role::Administrator);
    const auto ctl = [&](const QStringList& args) { return runCtl(base + administrator + args); };
    const QString people = dir.filePath(QStringLiteral("people.csv"));
    writeFile(people,
              csvText({validRow(1), validRow(2), with(validRow(3), {{"mobile", "020-1234567"}})})
                  .toUtf8());

    const CtlRun imported = ctl({QStringLiteral("participants"), QStringLiteral("import"), people});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == ExitOk);
    const QString report = dir.filePath(QStringLiteral("people-report.csv"));
    CHECK(imported.out == QStringLiteral("3 rows: 2 imported (0 updated), 1 rejected %1 see %2\n")
                              .arg(QString::fromUtf8("\xE2\x80\x94"), report));
    CHECK(imported.err.contains(QStringLiteral("\rImport: 3 of 3 rows (100 %)")));
    CHECK(reportEntries(report) == QStringList{"4|mobile"});

    const QString otherReport = dir.filePath(QStringLiteral("other.csv"));
    const CtlRun json = ctl({QStringLiteral("participants"), QStringLiteral("import"), people,
                             QStringLiteral("--json"), QStringLiteral("--report"), otherReport});
    REQUIRE(json.exitCode == ExitOk);
    const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(summary.value(QStringLiteral("rows")).toInt() == 3);
    CHECK(summary.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(summary.value(QStringLiteral("updated")).toInt() == 2);
    CHECK(summary.value(QStringLiteral("rejected")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("report")).toString() == otherReport);
    CHECK(QFileInfo::exists(otherReport));

    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    const CtlRun exportRun =
        ctl({QStringLiteral("participants"), QStringLiteral("export"), exported});
    REQUIRE(exportRun.exitCode == ExitOk);
    CHECK(exportRun.out == QStringLiteral("2 participants written to %1.\n").arg(exported));
    CHECK(readFile(exported).count("\r\n") == 3);

    const CtlRun erased =
        ctl({QStringLiteral("participants"), QStringLiteral("erase"), QStringLiteral("R1")});
    REQUIRE(erased.exitCode == ExitOk);
    CHECK(erased.out.startsWith(QStringLiteral("Participant P-")));
    CHECK(ctl({QStringLiteral("participants"), QStringLiteral("erase"), QStringLiteral("R1")})
              .exitCode == ExitFailure);

    // Failures: no file; a file whose every row is refused.
    CHECK(ctl({QStringLiteral("participants"), QStringLiteral("import"),
               dir.filePath(QStringLiteral("none.csv"))})
              .exitCode == ExitFailure);
    const QString refused = dir.filePath(QStringLiteral("refused.csv"));
    writeFile(refused, csvText({with(validRow(9), {{"home_lat", "1"}})}).toUtf8());
    const CtlRun allRefused =
        ctl({QStringLiteral("participants"), QStringLiteral("import"), refused});
    CHECK(allRefused.exitCode == ExitFailure);
    CHECK(allRefused.out.startsWith(QStringLiteral("1 rows: 0 imported (0 updated), 1 rejected")));

    // Wrong usage.
    for (const QStringList& args :
         {QStringList{QStringLiteral("participants")},
          QStringList{QStringLiteral("participants"), QStringLiteral("import")},
          QStringList{QStringLiteral("participants"), QStringLiteral("frob"), people},
          QStringList{QStringLiteral("participants"), QStringLiteral("export"), exported,
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("participants"), QStringLiteral("import"), people,
                      QStringLiteral("--bogus")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(ctl(args).exitCode == ExitUsage);
    }

    // Every step is in the audit log, with counts, file names and the pseudonym only.
    const CtlRun shown =
        ctl({QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--action"),
             QStringLiteral("participants."), QStringLiteral("--json"), QStringLiteral("--limit"),
             QStringLiteral("100")});
    REQUIRE(shown.exitCode == ExitOk);
    CHECK_FALSE(shown.out.contains(QStringLiteral("Anna")));
    CHECK_FALSE(shown.out.contains(QStringLiteral("+316")));
    CHECK_FALSE(shown.out.contains(QStringLiteral("\"R1\"")));
    QStringList seen;
    for (const QJsonValue& value : QJsonDocument::fromJson(shown.out.toUtf8()).array()) {
        const QJsonObject r = value.toObject();
        const QJsonObject details = r.value(QStringLiteral("details")).toObject();
        seen << r.value(QStringLiteral("action")).toString() + QLatin1Char('/') +
                    r.value(QStringLiteral("result")).toString();
        if (r.value(QStringLiteral("action")).toString() == QLatin1String("participants.erase"))
            CHECK(r.value(QStringLiteral("object_id")).toString().startsWith(QStringLiteral("P-")));
        if (details.contains(QStringLiteral("file")))
            CHECK_FALSE(
                details.value(QStringLiteral("file")).toString().contains(QLatin1Char('/')));
    }
    std::sort(seen.begin(), seen.end());
    // Per import: the record before writing and its follow-up with the counts; the missing file:
    // one failed record; the refused file: before and after (ok, nothing imported).
    CHECK(seen == QStringList{"participants.erase/ok", "participants.export/ok",
                              "participants.import/failed", "participants.import/ok",
                              "participants.import/ok", "participants.import/ok",
                              "participants.import/ok", "participants.import/ok",
                              "participants.import/ok"});
}

TEST_CASE("burgernetctl participants list shows any stretch of the list masked, to those who may "
          "see participants",
          "[register][ctl]")
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    const QStringList base{QStringLiteral("--db"), temp->address(), QStringLiteral("--audit-log"),
                           dir.filePath(QStringLiteral("audit.sqlite"))};
    CtlAccounts accounts(base, dir.path(), home);
    QList<CsvValues> rows;
    for (int i = 1; i <= 1'234; ++i)
        rows.push_back(validRow(i));
    const QString people = dir.filePath(QStringLiteral("people.csv"));
    writeFile(people, csvText(rows).toUtf8());
    REQUIRE(runCtlProcess(
                base + accounts.as(Role::Administrator) +
                    QStringList{QStringLiteral("participants"), QStringLiteral("import"), people},
                home)
                .exitCode == ExitOk);
    const auto list = [&](const QStringList& who, const QStringList& args) {
        return runCtlProcess(base + who +
                                 QStringList{QStringLiteral("participants"), QStringLiteral("list"),
                                             QStringLiteral("--json")} +
                                 args,
                             home);
    };

    // The dispatcher pages through the list by external id, anywhere in it.
    const QStringList dispatcher = accounts.as(Role::Dispatcher);
    const CtlRun tail =
        list(dispatcher, {QStringLiteral("--sort"), QStringLiteral("external-id"),
                          QStringLiteral("--descending"), QStringLiteral("--from"),
                          QStringLiteral("1230"), QStringLiteral("--limit"), QStringLiteral("10")});
    INFO(tail.err.toStdString());
    REQUIRE(tail.exitCode == ExitOk);
    const QJsonObject page = QJsonDocument::fromJson(tail.out.toUtf8()).object();
    CHECK(page.value(QStringLiteral("total")).toInteger() == 1'234);
    const QJsonArray got = page.value(QStringLiteral("rows")).toArray();
    REQUIRE(got.size() == 4);
    QStringList externalIds;
    for (const QJsonValue& row : got) {
        externalIds << row[QStringLiteral("external_id")].toString();
        // Contact data masked: never the whole number or address.
        CHECK(row[QStringLiteral("phone")].toString().contains(QStringLiteral("\u2022")));
        const QString email = row[QStringLiteral("email")].toString();
        CHECK((email.isEmpty() || email.contains(QStringLiteral("\u2022"))));
    }
    // In text order the smallest ids are R1 < R10 < R100 < R1000: last when descending.
    CHECK(externalIds == QStringList{QStringLiteral("R1000"), QStringLiteral("R100"),
                                     QStringLiteral("R10"), QStringLiteral("R1")});

    // Without a user the workstation may read the masked list; a municipal editor may not, and
    // the refusal is recorded.
    CHECK(list({}, {}).exitCode == ExitOk);
    const CtlRun editor = list(
        accounts.as(QStringLiteral("redactie"), Role::MunicipalEditor, QStringLiteral("Utrecht")),
        {});
    CHECK(editor.exitCode == ExitFailure);
    CHECK(editor.err.contains(QStringLiteral("see the participants")));
    const CtlRun denied = runCtlProcess(
        base + accounts.as(Role::Administrator) +
            QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--action"),
                        QStringLiteral("participants.list")},
        home);
    CHECK(denied.out.contains(QStringLiteral("redactie")));
    CHECK(denied.out.contains(QStringLiteral("denied")));
}
