// The participant CSV: reading (every rejection with its line and field, separators, encodings,
// quoting), updating by external id, all-or-nothing writes, the exact round trip, formula
// guards and erasure.
#include "app/register/ParticipantCsv.h"

#include "app/register/DemoPopulation.h"
#include "app/register/ParticipantCsvFormat.h"
#include "app/register/PhoneNumbers.h"
#include "app/register/Pseudonyms.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantRepository.h"
#include "app/storage/ParticipantWriter.h"
#include "tests/register/ParticipantCsvTestSupport.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace burgernet;
using namespace burgernet::test;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Database> openDb(const TempDatabase& temp)
{
    auto db = Database::open(temp.spec());
    INFO(db.errorMessage().toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

ImportSummary importOk(Database& db, const QString& csv, const QString& report = {},
                       const ImportOptions& options = {})
{
    auto imported = ParticipantCsv::import(db, csv, report, options);
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    return *imported;
}

QString path(const QTemporaryDir& dir, const char* name)
{
    return dir.filePath(QString::fromLatin1(name));
}

QByteArray utf16(const QString& text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

TEST_CASE("Phone numbers become E.164 and a refusal says why", "[register]")
{
    using K = PhoneNumbers::Kind;
    for (const char* mobile :
         {"06-12345678", "+31 6 1234 5678", "0031612345678", "+31612345678", "06 12 34 56 78"})
        CHECK(PhoneNumbers::normaliseDutch(QString::fromLatin1(mobile), K::Mobile).value() ==
              QStringLiteral("+31612345678"));
    CHECK(PhoneNumbers::normaliseDutch(QStringLiteral("020-1234567"), K::Any).value() ==
          QStringLiteral("+31201234567"));
    CHECK(PhoneNumbers::normaliseDutch(QStringLiteral("+31201234567"), K::Any).value() ==
          QStringLiteral("+31201234567"));
    CHECK(PhoneNumbers::normaliseDutch(QStringLiteral("020-1234567"), K::Mobile).errorMessage() ==
          QStringLiteral("not a mobile number (+31201234567)"));
    CHECK(PhoneNumbers::normaliseDutch(QStringLiteral("+3120123456"), K::Any).errorMessage() ==
          QStringLiteral("not a valid phone number (+3120123456)"));
    CHECK(PhoneNumbers::normaliseDutch(QStringLiteral("0612"), K::Any)
              .errorMessage()
              .startsWith(QStringLiteral("not a valid phone number")));
    CHECK(PhoneNumbers::normaliseDutch(QStringLiteral("bel me"), K::Any).errorMessage() ==
          QStringLiteral("not a phone number (bel me)"));
}

TEST_CASE("Cell values are read leniently and written in one canonical form", "[register]")
{
    using F = ParticipantCsvFormat;
    CHECK(F::postcode(QStringLiteral("1012ab")).value() == QStringLiteral("1012 AB"));
    CHECK(F::postcode(QStringLiteral("1012 AB")).value() == QStringLiteral("1012 AB"));
    CHECK_FALSE(F::postcode(QStringLiteral("0123 AB")).ok());
    CHECK(F::postcode(QStringLiteral("1234 SD"))
              .errorMessage()
              .contains(QStringLiteral("SA, SD and SS")));
    for (const char* hours : {"always", "mo-fr 08:00-18:00", "sa,su 22:00-06:00", "mo,we",
                              "mo-su 08:00-24:00", "tu-th", "mo,tu"}) {
        const auto parsed = F::hours(QString::fromLatin1(hours));
        REQUIRE(parsed.ok());
        ParticipantLocation l;
        l.weekdays = parsed->weekdays;
        l.startMinute = parsed->startMinute;
        l.endMinute = parsed->endMinute;
        CHECK(F::formatHours(l) == QString::fromLatin1(hours));
    }
    CHECK(F::hours(QStringLiteral("ma-vr 8:00-17:30"))->weekdays == 0b0011111);
    CHECK(F::hours(QStringLiteral("fr-mo"))->weekdays == 0b1110001);
    CHECK_FALSE(F::hours(QStringLiteral("weekdays 9-5")).ok());
    CHECK_FALSE(F::hours(QStringLiteral("mo 25:00-26:00")).ok());
    CHECK(F::time(QStringLiteral("2024-03-01"))->toString(Qt::ISODate) ==
          QStringLiteral("2024-02-29T23:00:00Z"));
    CHECK(F::time(QStringLiteral("2024-07-01 12:00"))->toString(Qt::ISODate) ==
          QStringLiteral("2024-07-01T10:00:00Z"));
    CHECK(F::time(QStringLiteral("2024-07-01T12:00:00Z"))->toString(Qt::ISODate) ==
          QStringLiteral("2024-07-01T12:00:00Z"));
    CHECK_FALSE(F::time(QStringLiteral("2024-02-30")).ok());
    CHECK(F::channels(QStringLiteral("SMS, e-mail")).value() ==
          (channelBit(BuiltinChannel::Sms) | channelBit(BuiltinChannel::Email)));
    CHECK(F::latitude(QStringLiteral("52,3731")).value() == 52.3731);
    CHECK(F::formatCoordinate(52.3702157) == QStringLiteral("52.3702157"));
    CHECK(F::unguard(QStringLiteral("'=1+1")) == QStringLiteral("=1+1"));
    CHECK(F::unguard(QStringLiteral("'t Hof")) == QStringLiteral("'t Hof"));
    CHECK(Pseudonyms::numberOf(Pseudonyms::fromNumber(123456789)) == 123456789u);
    CHECK(Pseudonyms::randomPseudonym().size() == 14);
}

TEST_CASE("Every rejection names its line and field and later rows are read on", "[register]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = openDb(*temp);
    QList<CsvValues> rows{
        with(validRow(1), {{"home_street", "Kerk\nstraat"}}), // lines 2-3
        with(validRow(2), {{"external_id", ""}}),             // 4
        with(validRow(3), {{"name", ""}}),
        with(validRow(4), {{"language", "fr"}}),
        with(validRow(5), {{"status", "gone"}}),
        with(validRow(6), {{"status", "unsubscribed"}}),
        with(validRow(7), {{"status", "unsubscribed"}, {"unsubscribed_at", "yesterday"}}),
        with(validRow(8), {{"mobile", "bel me"}}), // 10
        with(validRow(9), {{"mobile", "0612"}}),
        with(validRow(10), {{"mobile", "020-1234567"}}),
        with(validRow(11), {{"phone", "12345"}}),
        with(validRow(12), {{"email", "anna.example.org"}}),
        with(validRow(13), {{"mobile", ""}, {"email", ""}}), // 15
        with(validRow(14), {{"channels", "fax"}}),
        with(validRow(15), {{"channels", ""}}),
        with(validRow(16), {{"registered_at", "2024-02-30"}}),
        with(validRow(17), {{"consent_at", "03/01/2024"}}),
        with(validRow(18), {{"home_postcode", "0123 AB"}}), // 20
        with(validRow(19), {{"home_postcode", "1234 SS"}}),
        with(validRow(20), {{"home_lat", "48.8566"}}),
        with(validRow(21), {{"home_lon", "2.3522"}}),
        with(validRow(22), {{"home_lat", "noord"}}),
        with(validRow(23), {{"home_lat", ""}}), // 25
        with(validRow(24), {{"home_street", ""},
                            {"home_house_number", ""},
                            {"home_postcode", ""},
                            {"home_place", ""},
                            {"home_municipality", ""},
                            {"home_lat", ""},
                            {"home_lon", ""},
                            {"home_hours", ""}}),
        with(validRow(25), {{"home_hours", "weekdays 9-5"}}),
        with(validRow(26),
             {{"work_lat", "52.09"}, {"work_lon", "5.12"}, {"work_hours", "mo-fr 08:00-08:00"}}),
    };
    QString content = csvText(rows);              // header and lines 2..28
    content += QStringLiteral("R27;Piet;nl\r\n"); // 29: too few fields
    content += csvRow({{"external_id", "R28"}});  // 30: nothing but the id
    content += csvRow(validRow(29));              // 31
    content += csvRow(validRow(30)).chopped(2);   // 32, without a final line break
    writeFile(path(dir, "bad.csv"), content.toUtf8());

    const ImportSummary s = importOk(*db, path(dir, "bad.csv"), path(dir, "report.csv"));
    QStringList reasons;
    const QStringList entries = reportEntries(path(dir, "report.csv"), &reasons);
    INFO(entries.join(QLatin1Char('\n')).toStdString());
    INFO(reasons.join(QLatin1Char('\n')).toStdString());
    CHECK(entries == QStringList{"4|external_id", "5|name", "6|language", "7|status",
                                 "8|unsubscribed_at", "9|unsubscribed_at", "10|mobile", "11|mobile",
                                 "12|mobile", "13|phone", "14|email", "15|", "16|channels",
                                 "17|channels", "18|registered_at", "19|consent_at",
                                 "20|home_postcode", "21|home_postcode", "22|home_lat",
                                 "23|home_lon", "24|home_lat", "25|home_lat", "26|",
                                 "27|home_hours", "28|work_hours", "29|",
                                 // line 30: everything but the external id empty
                                 "30|name", "30|", "30|channels", "30|"});
    CHECK(reasons.value(entries.indexOf("12|mobile")) ==
          QStringLiteral("not a mobile number (+31201234567)"));
    CHECK(reasons.value(entries.indexOf("10|mobile")) ==
          QStringLiteral("not a phone number (bel me)"));
    CHECK(reasons.value(entries.indexOf("11|mobile"))
              .startsWith(QStringLiteral("not a valid phone number")));
    CHECK(reasons.value(entries.indexOf("21|home_postcode")).contains(QStringLiteral("SS")));
    CHECK(reasons.value(entries.indexOf("22|home_lat"))
              .contains(QStringLiteral("outside the Netherlands")));
    CHECK(reasons.value(entries.indexOf("25|home_lat")).startsWith(QStringLiteral("missing")));
    CHECK(reasons.value(entries.indexOf("29|")) ==
          QStringLiteral("3 fields where the header has 27"));
    CHECK(s.rowsRead == 30);
    CHECK(s.rejected == 27);
    CHECK(s.inserted == 3);
    CHECK(*ParticipantRepository(*db).countAll() == 3);
    CHECK(test::text(
              *db,
              QStringLiteral(
                  "SELECT street FROM locations l JOIN participants p ON p.id = l.participant_id "
                  "WHERE p.external_id = 'R1'")) == QStringLiteral("Kerk straat"));
    CHECK(
        scalar(*db, QStringLiteral(
                        "SELECT count(*) FROM participants WHERE external_id IN ('R29', 'R30')")) ==
        2);
}

TEST_CASE("Addresses abroad are refused by the national border, not by a rectangle",
          "[register][border]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = openDb(*temp);
    // All within the old rectangle (lat 50.70..53.60, lon 3.30..7.25).
    QList<CsvValues> rows{
        with(validRow(1), {{"home_lat", "50.8467"}, {"home_lon", "4.3525"}}), // 2 Brussels
        with(validRow(2), {{"home_lat", "51,2194"}, {"home_lon", "4,4025"}}), // 3 Antwerp
        with(validRow(3), {{"home_lat", "51.2277"}, {"home_lon", "6.7735"}}), // 4 Düsseldorf
        with(validRow(4), {{"home_lat", "52.5"}, {"home_lon", "3.5"}}),       // 5 North Sea
        with(validRow(5), {{"work_lat", "51.2277"}, {"work_lon", "6.7735"}}), // 6 works abroad
        with(validRow(6), {{"home_lat", "50.8514"}, {"home_lon", "5.6910"}}), // 7 Maastricht
        with(validRow(7), {{"home_lat", "53.4800"}, {"home_lon", "6.1600"}}), // 8 Schiermonnikoog
    };
    writeFile(path(dir, "abroad.csv"), csvText(rows).toUtf8());
    const ImportSummary s = importOk(*db, path(dir, "abroad.csv"), path(dir, "report.csv"));
    QStringList reasons;
    const QStringList entries = reportEntries(path(dir, "report.csv"), &reasons);
    INFO(entries.join(QLatin1Char('\n')).toStdString());
    CHECK(entries == QStringList{"2|home_lat, home_lon", "3|home_lat, home_lon",
                                 "4|home_lat, home_lon", "5|home_lat, home_lon",
                                 "6|work_lat, work_lon"});
    CHECK(reasons.value(0) == QStringLiteral("50.84670, 4.35250 lies outside the Netherlands "
                                             "(more than 1 km from its land)"));
    CHECK(s.rejected == 5);
    CHECK(s.inserted == 2);
}

TEST_CASE("A header with unknown or missing columns is refused whole", "[register]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = openDb(*temp);
    writeFile(path(dir, "extra.csv"),
              csvText({validRow(1)})
                  .replace(QStringLiteral("work_hours"), QStringLiteral("shoe_size"))
                  .toUtf8());
    auto extra = ParticipantCsv::import(*db, path(dir, "extra.csv"), {});
    REQUIRE_FALSE(extra.ok());
    CHECK(extra.errorMessage().contains(
        QStringLiteral("unknown columns in the header: \"shoe_size\"")));
    writeFile(path(dir, "missing.csv"), "external_id;name\r\nR1;Anna\r\n");
    auto missing = ParticipantCsv::import(*db, path(dir, "missing.csv"), {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("lacks required columns: channels")));
    writeFile(path(dir, "empty.csv"), "");
    CHECK_FALSE(ParticipantCsv::import(*db, path(dir, "empty.csv"), {}).ok());
    // Columns in another order and other case are fine.
    writeFile(path(dir, "few.csv"), "NAME,External_ID,channels,mobile,home_lat,home_lon\r\nAnna,R1,"
                                    "sms,06-12345678,52.37,4.89\r\n");
    CHECK(importOk(*db, path(dir, "few.csv")).inserted == 1);
    CHECK(*ParticipantRepository(*db).countAll() == 1);
}

TEST_CASE("Comma and semicolon files in UTF-8 with or without BOM, in UTF-16 or in Windows-1252 "
          "read alike",
          "[register]")
{
    QTemporaryDir dir;
    const QString zoe = QString::fromUtf8("Zo\xC3\xAB \xE2\x82\xAC");
    const QList<CsvValues> rows{
        with(validRow(1), {{"name", zoe}, {"home_place", QString::fromUtf8("Caf\xC3\xA9")}}),
        with(validRow(2), {{"home_street", "Dorpsstraat, hoek"}, {"channels", "sms,voice"}})};
    QByteArray windows1252 = csvText(rows).toUtf8();
    windows1252.replace(QByteArray("Zo\xC3\xAB \xE2\x82\xAC"), QByteArray("Zo\xEB \x80"));
    windows1252.replace(QByteArray("Caf\xC3\xA9"), QByteArray("Caf\xE9"));
    const QList<std::pair<const char*, QByteArray>> files{
        {"semicolon.csv", csvText(rows).toUtf8()},
        {"comma.csv", csvText(rows, QLatin1Char(',')).toUtf8()},
        {"bom.csv", "\xEF\xBB\xBF" + csvText(rows, QLatin1Char(',')).toUtf8()},
        {"windows1252.csv", windows1252},
        // Spreadsheets' "Unicode text": UTF-16 with a byte-order mark, and without one.
        {"utf16le.csv", QByteArray("\xFF\xFE") + utf16(csvText(rows), QStringConverter::Utf16LE)},
        {"utf16be.csv", utf16(csvText(rows, QLatin1Char(',')), QStringConverter::Utf16BE)}};
    QByteArray firstExport;
    for (const auto& [name, bytes] : files) {
        INFO(name);
        writeFile(path(dir, name), bytes);
        auto temp = TempDatabase::create(DatabaseKind::Sqlite);
        auto db = openDb(*temp);
        const ImportSummary s = importOk(*db, path(dir, name));
        CHECK(s.inserted == 2);
        CHECK(s.rejected == 0);
        const QByteArray file(name);
        CHECK(s.separator ==
              (file == "semicolon.csv" || file == "windows1252.csv" || file == "utf16le.csv"
                   ? QLatin1Char(';')
                   : QLatin1Char(',')));
        CHECK(s.encoding == (file == "windows1252.csv"  ? QStringLiteral("Windows-1252")
                             : file.startsWith("utf16") ? QStringLiteral("UTF-16")
                                                        : QStringLiteral("UTF-8")));
        CHECK(text(*db, QStringLiteral("SELECT name FROM participants WHERE external_id = 'R1'")) ==
              zoe);
        CHECK(
            text(*db,
                 QStringLiteral(
                     "SELECT place FROM locations WHERE street = 'Kerkstraat' AND participant_id = "
                     "(SELECT id FROM participants WHERE external_id = 'R1')")) ==
            QString::fromUtf8("Caf\xC3\xA9"));
        REQUIRE(ParticipantCsv::exportAll(*db, path(dir, "export.csv")).ok());
        const QByteArray exported = readFile(path(dir, "export.csv"));
        if (firstExport.isEmpty())
            firstExport = exported;
        CHECK(exported == firstExport);
    }
}

TEST_CASE("Quoted separators and quotes and line breaks keep later line numbers right",
          "[register]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = openDb(*temp);
    const QString name = QStringLiteral("Jansen; \"de Boer\", senior");
    QString content =
        csvText({with(validRow(1), {{"name", name}, {"home_street", "Lange\r\nKerk\nstraat"}}),
                 with(validRow(2), {{"home_place", "\"\""}}),
                 with(validRow(3), {{"mobile", "020-1234567"}})},
                QLatin1Char(','));
    content.chop(2); // the last record ends the file without a line break
    writeFile(path(dir, "quoted.csv"), content.toUtf8());
    const ImportSummary s = importOk(*db, path(dir, "quoted.csv"), path(dir, "report.csv"));
    CHECK(s.inserted == 2);
    CHECK(reportEntries(path(dir, "report.csv")) == QStringList{"6|mobile"});
    CHECK(text(*db, QStringLiteral("SELECT name FROM participants WHERE external_id = 'R1'")) ==
          name);
    CHECK(text(*db, QStringLiteral("SELECT place FROM locations WHERE participant_id = "
                                   "(SELECT id FROM participants WHERE external_id = 'R2')")) ==
          QStringLiteral("\"\""));
}

TEST_CASE("A later import updates by external id and keeps the pseudonym and the last duplicate "
          "counts",
          "[register]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = openDb(*temp);
    writeFile(path(dir, "first.csv"), csvText({validRow(1), validRow(2)}).toUtf8());
    CHECK(importOk(*db, path(dir, "first.csv")).inserted == 2);
    const QString pseudonym =
        text(*db, QStringLiteral("SELECT pseudonym FROM participants WHERE external_id = 'R1'"));
    CHECK(Pseudonyms::numberOf(pseudonym).has_value());

    writeFile(path(dir, "second.csv"),
              csvText({with(validRow(1), {{"name", "Anna B"}}), validRow(3),
                       with(validRow(1), {{"name", "Anna C"},
                                          {"work_lat", "52.09"},
                                          {"work_lon", "5.12"},
                                          {"work_hours", "mo-fr 08:00-18:00"}})})
                  .toUtf8());
    const ImportSummary s = importOk(*db, path(dir, "second.csv"), path(dir, "report.csv"));
    CHECK(s.rowsRead == 3);
    CHECK(s.updated == 1);
    CHECK(s.inserted == 1);
    CHECK(s.superseded == 1);
    CHECK(s.warnings == 1);
    QStringList reasons;
    CHECK(reportEntries(path(dir, "report.csv"), &reasons) == QStringList{"2|external_id"});
    CHECK(reasons.value(0) ==
          QStringLiteral("warning: R1 appears again on line 4; the later row counts"));
    CHECK(*ParticipantRepository(*db).countAll() == 3);
    CHECK(text(*db, QStringLiteral("SELECT name FROM participants WHERE external_id = 'R1'")) ==
          QStringLiteral("Anna C"));
    CHECK(
        text(*db, QStringLiteral("SELECT pseudonym FROM participants WHERE external_id = 'R1'")) ==
        pseudonym);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM locations WHERE participant_id = "
                                     "(SELECT id FROM participants WHERE external_id = 'R1')")) ==
          2);
    CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT pseudonym) FROM participants")) == 3);
}

TEST_CASE("A cancelled import and a failed write leave the register as it was", "[register]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = openDb(*temp);
    writeFile(path(dir, "few.csv"), csvText({validRow(1), validRow(2), validRow(3)}).toUtf8());
    importOk(*db, path(dir, "few.csv"));
    const qint64 before = *ParticipantRepository(*db).countAll();
    const qint64 locationsBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM locations"));

    QList<CsvValues> many;
    for (int i = 1; i <= 10'000; ++i)
        many << with(validRow(i), {{"name", QStringLiteral("Changed %1").arg(i)}});
    many[7000]["home_street"] = QStringLiteral("Foutstraat");
    writeFile(path(dir, "many.csv"), csvText(many).toUtf8());

    ImportOptions cancelling;
    qint64 announced = -1, calls = 0;
    cancelling.beforeWrite = [&](qint64 rows) {
        announced = rows;
        return Status::success();
    };
    cancelling.progress = [&](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    };
    auto cancelled =
        ParticipantCsv::import(*db, path(dir, "many.csv"), path(dir, "report.csv"), cancelling);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.errorMessage().contains(QStringLiteral("cancelled")));
    CHECK(announced == 10'000);
    CHECK(calls == 2); // after 4,096 rows, then after 8,192 (past half): cancelled
    CHECK(*ParticipantRepository(*db).countAll() == before);
    CHECK(text(*db, QStringLiteral("SELECT name FROM participants WHERE external_id = 'R1'")) ==
          QStringLiteral("Anna de Vries 1"));
    CHECK(readFile(path(dir, "report.csv")).contains("Nothing was imported"));

    // A refusal by the database in the middle of the file (here a trigger) undoes every row.
    {
        QSqlQuery trigger(db->connection());
        REQUIRE(trigger.exec(
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON locations WHEN NEW.street = "
                           "'Foutstraat' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
    }
    auto failed = ParticipantCsv::import(*db, path(dir, "many.csv"), {});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.errorMessage().contains(QStringLiteral("refused for the test")));
    CHECK(*ParticipantRepository(*db).countAll() == before);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM locations")) == locationsBefore);
    CHECK(text(*db, QStringLiteral("SELECT name FROM participants WHERE external_id = 'R1'")) ==
          QStringLiteral("Anna de Vries 1"));

    // A beforeWrite that fails (the audit log refusing) stops the import before any write.
    ImportOptions refusing;
    refusing.beforeWrite = [](qint64) { return Status(Error{QStringLiteral("no audit record")}); };
    auto refused = ParticipantCsv::import(*db, path(dir, "few.csv"), {}, refusing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage() == QStringLiteral("no audit record"));
}

TEST_CASE("Export then import into an empty register then export again gives the same bytes",
          "[register]")
{
    QTemporaryDir dir;
    auto source = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = openDb(*source);
    REQUIRE(DemoPopulation::generate(*db, 2000, 11).ok());
    {
        // Participants that test the format's corners.
        auto writer = ParticipantWriter::begin(*db);
        REQUIRE(writer.ok());
        Participant p;
        p.externalId = QStringLiteral("X1");
        p.pseudonym = Pseudonyms::randomPseudonym();
        p.name = QStringLiteral("=HYPERLINK(\"http://example.org/x\",\"klik\")");
        p.mobile = QStringLiteral("+31612345678");
        p.phone = QStringLiteral("+3197012345678");
        p.status = Participant::Status::Unsubscribed;
        p.registeredAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
        p.unsubscribedAt = QDateTime::fromMSecsSinceEpoch(1'710'000'000'000, Qt::UTC);
        p.channelPrefs = channelBit(BuiltinChannel::Voice);
        ParticipantLocation home;
        home.street = QStringLiteral("Lange; \"Kerk\"  straat"); // no line break: never imported
        home.houseNumber = QStringLiteral("-1");
        home.postcode = QStringLiteral("9999 ZZ");
        home.place = QStringLiteral("'s-Hertogenbosch");
        home.municipality = QStringLiteral("@gemeente");
        home.lat = 51.37; // Cadzand, on the south-western edge
        home.lon = 3.39;
        home.weekdays = 0b1100000;
        home.startMinute = 22 * 60;
        home.endMinute = 6 * 60;
        ParticipantLocation work = home;
        work.kind = ParticipantLocation::Kind::Work;
        work.street = QStringLiteral("'=al bewaakt");
        work.place = QStringLiteral("'+31612345678");
        work.weekdays = 0b0010101;
        work.startMinute = 0;
        work.endMinute = 1440;
        p.locations = {home, work};
        REQUIRE((*writer)->write(p).ok());
        REQUIRE((*writer)->commit().ok());
    }
    auto exported = ParticipantCsv::exportAll(*db, path(dir, "one.csv"));
    REQUIRE(exported.ok());
    CHECK(*exported == 2001);

    auto target = TempDatabase::create(DatabaseKind::Sqlite);
    auto empty = openDb(*target);
    const ImportSummary s = importOk(*empty, path(dir, "one.csv"), path(dir, "report.csv"));
    INFO(QString::fromUtf8(readFile(path(dir, "report.csv"))).toStdString());
    CHECK(s.rejected == 0);
    CHECK(s.inserted == 2001);
    REQUIRE(ParticipantCsv::exportAll(*empty, path(dir, "two.csv")).ok());
    const QByteArray one = readFile(path(dir, "one.csv")), two = readFile(path(dir, "two.csv"));
    CHECK(one.startsWith("\xEF\xBB\xBF"
                         "external_id;name;language;status;"));
    CHECK(one == two);

    // The formula is guarded in the file, the phone numbers are not, and both come back as they
    // were.
    CHECK(one.contains(
        "\r\nX1;\"'=HYPERLINK(\"\"http://example.org/x\"\",\"\"klik\"\")\";nl;unsubscribed;"));
    CHECK(one.contains(";+31612345678;+3197012345678;"));
    CHECK(one.contains(";''=al bewaakt;-1;9999 ZZ;''+31612345678;'@gemeente;"));
    CHECK(text(*empty, QStringLiteral("SELECT name FROM participants WHERE external_id = 'X1'")) ==
          QStringLiteral("=HYPERLINK(\"http://example.org/x\",\"klik\")"));
    CHECK(text(*empty, QStringLiteral(
                           "SELECT street FROM locations WHERE kind = 'work' AND participant_id = "
                           "(SELECT id FROM participants WHERE external_id = 'X1')")) ==
          QStringLiteral("'=al bewaakt"));
    CHECK(text(*empty, QStringLiteral(
                           "SELECT place FROM locations WHERE kind = 'work' AND participant_id = "
                           "(SELECT id FROM participants WHERE external_id = 'X1')")) ==
          QStringLiteral("'+31612345678"));
}

TEST_CASE("Erasure removes the participant and their addresses", "[register]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = openDb(*temp);
    writeFile(path(dir, "three.csv"),
              csvText({with(validRow(1), {{"work_lat", "52.09"}, {"work_lon", "5.12"}}),
                       validRow(2), validRow(3)})
                  .toUtf8());
    importOk(*db, path(dir, "three.csv"));
    const qint64 id =
        scalar(*db, QStringLiteral("SELECT id FROM participants WHERE external_id = 'R1'"));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM locations WHERE participant_id = %1")
                          .arg(id)) == 2);
    const QString pseudonym2 =
        text(*db, QStringLiteral("SELECT pseudonym FROM participants WHERE external_id = 'R2'"));

    REQUIRE(ParticipantCsv::erase(*db, QStringLiteral("R1")).ok());
    CHECK(scalar(*db, QStringLiteral(
                          "SELECT count(*) FROM participants WHERE external_id = 'R1'")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM locations WHERE participant_id = %1")
                          .arg(id)) == 0);
    CHECK(ParticipantCsv::pseudonymOf(*db, QStringLiteral("R2")).value() == pseudonym2);
    REQUIRE(ParticipantCsv::erase(*db, pseudonym2).ok());
    CHECK(*ParticipantRepository(*db).countAll() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM locations")) == 1);
    const Status unknown = ParticipantCsv::erase(*db, QStringLiteral("R1"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("No participant")));
}

namespace {

// The import path on each database: insert, update by external id, export.
void importsIntoTheRegister(DatabaseKind kind)
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(kind);
    auto db = openDb(*temp);
    QList<CsvValues> rows;
    for (int i = 1; i <= 50; ++i)
        rows << (i % 5 == 0 ? with(validRow(i), {{"work_lat", "51.9244"},
                                                 {"work_lon", "4.4777"},
                                                 {"work_hours", "mo-fr 08:00-18:00"}})
                            : validRow(i));
    rows << with(validRow(51), {{"mobile", "020-1234567"}});
    writeFile(path(dir, "first.csv"), csvText(rows).toUtf8());
    const ImportSummary first = importOk(*db, path(dir, "first.csv"), path(dir, "report.csv"));
    CHECK(first.inserted == 50);
    CHECK(first.rejected == 1);
    CHECK(reportEntries(path(dir, "report.csv")) == QStringList{"52|mobile"});
    CHECK(*ParticipantRepository(*db).countAll() == 50);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM locations")) == 60);
    CHECK(text(*db, QStringLiteral("SELECT mobile FROM participants WHERE external_id = 'R7'")) ==
          QStringLiteral("+31612345007"));
    CHECK(text(*db, QStringLiteral("SELECT postcode FROM locations WHERE participant_id = "
                                   "(SELECT id FROM participants WHERE external_id = 'R7')")) ==
          QStringLiteral("1012 AB"));
    const QString pseudonym =
        text(*db, QStringLiteral("SELECT pseudonym FROM participants WHERE external_id = 'R5'"));

    writeFile(path(dir, "second.csv"),
              csvText({with(validRow(5), {{"status", "paused"}})}).toUtf8());
    const ImportSummary second = importOk(*db, path(dir, "second.csv"));
    CHECK(second.updated == 1);
    CHECK(text(*db, QStringLiteral("SELECT status FROM participants WHERE external_id = 'R5'")) ==
          QStringLiteral("paused"));
    CHECK(
        text(*db, QStringLiteral("SELECT pseudonym FROM participants WHERE external_id = 'R5'")) ==
        pseudonym);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM locations")) ==
          59); // R5's work address is gone

    auto exported = ParticipantCsv::exportAll(*db, path(dir, "export.csv"));
    REQUIRE(exported.ok());
    CHECK(*exported == 50);
    const QByteArray bytes = readFile(path(dir, "export.csv"));
    // Sorted by external id as bytes: R1, R10, R11, ...
    CHECK(bytes.indexOf("\r\nR1;") < bytes.indexOf("\r\nR10;"));
    CHECK(bytes.indexOf("\r\nR19;") < bytes.indexOf("\r\nR2;"));
    CHECK(bytes.contains(
        "\r\nR5;Anna de Vries 5;nl;paused;;+31612345005;;anna5@example.org;sms,email;"
        "2024-03-01T08:30:00Z;2024-02-29T23:00:00Z;Kerkstraat;6;1012 AB;Amsterdam;"
        "Amsterdam;52.3731;4.8922;always;;;;;;;;\r\n"));
}

} // namespace

BURGERNET_STORAGE_TEST("The import inserts and updates by external id and exports",
                       importsIntoTheRegister)

TEST_CASE("Workbooks, UTF-32 and binary files are refused with a message that names what they are",
          "[register]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = openDb(*temp);
    const QByteArray text = csvText({validRow(1)}).toUtf8();
    const QList<std::pair<const char*, QByteArray>> files{
        {"sheet.xlsx", QByteArray("PK\x03\x04", 4) + text},
        {"sheet.xls", QByteArray("\xD0\xCF\x11\xE0", 4) + text},
        {"utf32.csv", QByteArray("\xFF\xFE\x00\x00", 4) + text},
        {"binary.csv", text + QByteArray("\x00\x01\x02", 3)}};
    const QStringList named{u"ZIP archive"_s, u"Excel 97-2003"_s, u"UTF-32"_s, u"binary"_s};
    for (qsizetype i = 0; i < files.size(); ++i) {
        const auto& [name, bytes] = files[i];
        INFO(name);
        writeFile(path(dir, name), bytes);
        auto imported = ParticipantCsv::import(*db, path(dir, name), {});
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.errorMessage().contains(QString::fromLatin1(name)));
        CHECK(imported.errorMessage().contains(named[i]));
    }
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM participants"_s) == 0);
}

TEST_CASE("Names and addresses with control characters, bidirectional overrides or too much text "
          "are refused, naming line and field",
          "[register]")
{
    QTemporaryDir dir;
    auto temp = TempDatabase::create(DatabaseKind::Sqlite);
    auto db = openDb(*temp);
    const QList<CsvValues> rows{
        validRow(1), with(validRow(2), {{"name", u"Anna \u202Eseirf"_s}}), // RLO
        with(validRow(3), {{"name", u"Anna\u0007 de Vries"_s}}),           // BEL
        with(validRow(4), {{"name", QString(201, u'a')}}),                 // too long
        with(validRow(5), {{"home_street", u"Kerk\u2066straat"_s}}),       // LRI
        with(validRow(6), {{"name", QString(200, u'a')}}),                 // just fits
        with(validRow(7), {{"name", u"Zo\u00EB \u200Fal-Amin"_s}}),        // RLM: a mark, allowed
        // A refused postcode is quoted in the report; the control characters in it are not.
        with(validRow(8), {{"home_postcode", u"10\u0001\u202E12AB"_s}})};
    writeFile(path(dir, "people.csv"), csvText(rows).toUtf8());
    const ImportSummary s = importOk(*db, path(dir, "people.csv"), path(dir, "report.csv"));
    CHECK(s.inserted == 3);
    CHECK(s.rejected == 5);
    QStringList reasons;
    CHECK(reportEntries(path(dir, "report.csv"), &reasons) ==
          QStringList{"3|name", "4|name", "5|name", "6|home_street", "9|home_postcode"});
    CHECK(reasons.filter(u"(U+202E)"_s).size() == 1);
    CHECK(reasons.filter(u"U+0007"_s).size() == 1);
    CHECK(reasons.filter(u"200 characters"_s).size() == 1);
    CHECK(reasons.filter(u"U+2066"_s).size() == 1);
    // The report quotes the refused values with those characters shown, never carried.
    const QString report = QString::fromUtf8(readFile(path(dir, "report.csv")));
    CHECK_FALSE(report.contains(QChar(0x202E)));
    CHECK_FALSE(report.contains(QChar(0x0007)));
    CHECK_FALSE(report.contains(QChar(0x2066)));
    CHECK_FALSE(report.contains(QChar(1)));
    CHECK(report.contains(u"10<U+0001><U+202E>12AB"_s));
}
