// The register's bulk writer: every column stored as given (UTF-8, NULL versus empty), updates
// through the external id, all or nothing, and on SQLite the bulk path (indexes dropped and
// rebuilt, foreign keys and cache changed for the write) leaving the connection as it found it.
#include "app/storage/ParticipantWriter.h"

#include "app/register/ParticipantCsv.h"
#include "app/storage/Database.h"
#include "app/storage/EncodedParticipant.h"
#include "app/storage/ParticipantAppender.h"
#include "app/storage/PgParticipantWriter.h"
#include "app/storage/PgSession.h"
#include "tests/support/StorageTest.h"
#include "tests/support/TempDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace burgernet;

namespace {

// Far above the writer's threshold for the bulk path, whatever is actually written.
constexpr qint64 kBulk = 1'000'000;

Participant person(int i)
{
    Participant p;
    p.pseudonym = QStringLiteral("P-W%1").arg(i);
    p.externalId = QStringLiteral("EXT-%1").arg(i);
    p.name = QStringLiteral("Zoë Çelik-Ősz %1").arg(i);
    p.language = i % 2 ? QStringLiteral("en") : QStringLiteral("nl");
    p.status = i % 3 == 2 ? Participant::Status::Paused : Participant::Status::Active;
    p.mobile = QStringLiteral("+3161234%1").arg(i, 4, 10, QLatin1Char('0'));
    p.email = i % 2 ? QString() : QStringLiteral("zoe%1@example.org").arg(i);
    p.phone = QStringLiteral(""); // empty: stored as NULL like a null string
    p.registeredAt = QDateTime(QDate(2021, 3, 4), QTime(5, 6), Qt::UTC).addDays(i);
    ParticipantLocation home;
    home.street = QStringLiteral("Ĳsselstraat");
    home.houseNumber = QString::number(i + 1);
    home.postcode = QStringLiteral("8011 AB");
    home.place = QStringLiteral("Zwolle");
    home.municipality = QStringLiteral("Zwolle");
    home.lat = 52.51 + i * 1e-4;
    home.lon = 6.09;
    p.locations << home;
    if (i % 2) {
        ParticipantLocation work = home;
        work.kind = ParticipantLocation::Kind::Work;
        work.place = QStringLiteral("Kampen");
        work.weekdays = 0b0011111;
        work.startMinute = 8 * 60;
        work.endMinute = 18 * 60;
        p.locations << work;
    }
    return p;
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

qint64 count(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

QStringList indexes(Database& db)
{
    QStringList names;
    if (db.kind() != DatabaseKind::Sqlite)
        return names;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                      "tbl_name IN ('participants', 'locations') ORDER BY name")));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

int reach(Database& db, const QString& externalId)
{
    return scalar(db, QStringLiteral("SELECT reach FROM participants WHERE external_id = '%1'")
                          .arg(externalId))
        .toInt();
}

// Participants whose kept reach differs from what their addresses and wishes give.
qint64 unreachableAsKept(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT reach, channel_prefs, mobile IS NOT NULL, phone IS "
                                      "NOT NULL, email IS NOT NULL FROM participants")));
    qint64 wrong = 0;
    while (query.next())
        wrong += query.value(0).toInt() !=
                 Participant::reachableChannels(query.value(1).toInt(), query.value(2).toBool(),
                                                query.value(3).toBool(), query.value(4).toBool());
    return wrong;
}

struct ConnectionState
{
    QVariant foreignKeys, cacheSize, journalMode;
    bool operator==(const ConnectionState&) const = default;
};

ConnectionState connectionState(Database& db)
{
    if (db.kind() != DatabaseKind::Sqlite)
        return {};
    return {scalar(db, QStringLiteral("PRAGMA foreign_keys")),
            scalar(db, QStringLiteral("PRAGMA cache_size")),
            scalar(db, QStringLiteral("PRAGMA journal_mode"))};
}

void writesEveryColumn(DatabaseKind kind, qint64 expected)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    const QStringList indexesBefore = indexes(**db);
    const ConnectionState before = connectionState(**db);
    CHECK((*db)->registerGeneration().isEmpty());
    {
        auto writer = ParticipantWriter::begin(**db, expected);
        REQUIRE(writer.ok());
        for (int i = 0; i < 40; ++i) {
            // Both ways in: as a participant, and encoded on "another thread" beforehand.
            auto written = i % 2 ? (*writer)->write(person(i))
                                 : (*writer)->write(EncodedParticipant(person(i)));
            REQUIRE(written.ok());
        }
        REQUIRE((*writer)->commit().ok());
        CHECK((*writer)->inserted() == 40);
    }
    CHECK(indexes(**db) == indexesBefore);
    CHECK(connectionState(**db) == before);
    const QString generation = (*db)->registerGeneration();
    CHECK_FALSE(generation.isEmpty()); // other windows learn that the register changed
    CHECK(count(**db, QStringLiteral("participants")) == 40);
    CHECK(count(**db, QStringLiteral("locations")) == 60);

    QSqlQuery row((*db)->connection());
    REQUIRE(row.exec(QStringLiteral(
        "SELECT p.pseudonym, p.external_id, p.name, p.language, p.status, p.mobile, p.phone, "
        "p.email, l.street, l.place, l.weekdays, l.start_minute, l.end_minute, l.lat "
        "FROM participants p JOIN locations l ON l.participant_id = p.id "
        "WHERE p.external_id = 'EXT-7' AND l.kind = 'work'")));
    REQUIRE(row.next());
    const Participant seven = person(7);
    CHECK(row.value(0).toString() == seven.pseudonym);
    CHECK(row.value(1).toString() == seven.externalId);
    CHECK(row.value(2).toString() == seven.name);
    CHECK(row.value(3).toString() == QStringLiteral("en"));
    CHECK(row.value(4).toString() == QStringLiteral("active"));
    CHECK(row.value(5).toString() == seven.mobile);
    CHECK(row.value(6).isNull()); // no address is NULL, whether empty or null
    CHECK(row.value(7).isNull());
    CHECK(row.value(8).toString() == QStringLiteral("Ĳsselstraat"));
    CHECK(row.value(9).toString() == QStringLiteral("Kampen"));
    CHECK(row.value(10).toInt() == 0b0011111);
    CHECK(row.value(11).toInt() == 8 * 60);
    CHECK(row.value(12).toInt() == 18 * 60);
    CHECK(row.value(13).toDouble() == seven.locations[1].lat);
    CHECK(
        scalar(**db, QStringLiteral("SELECT status FROM participants WHERE external_id = 'EXT-2'"))
            .toString() == QStringLiteral("paused"));
    row.finish(); // a read still open on the connection would block the next write's schema change
    // What each can be reached on, kept beside the addresses for the index's load: SMS and
    // voice on the mobile, and e-mail for the even ones that have an address for it.
    CHECK(reach(**db, QStringLiteral("EXT-7")) == 1 + 2);
    CHECK(reach(**db, QStringLiteral("EXT-8")) == 1 + 2 + 4);
    CHECK(unreachableAsKept(**db) == 0);

    // A second write updates through the external id and replaces the addresses.
    {
        auto writer = ParticipantWriter::begin(**db, expected);
        INFO(writer.errorMessage().toStdString());
        REQUIRE(writer.ok());
        Participant changed = person(7);
        changed.name = QStringLiteral("Zoë Verhuisd");
        changed.locations.removeLast();
        changed.mobile.clear();
        changed.phone = QStringLiteral("+31201234567");
        changed.email = QStringLiteral("zoe7@example.org");
        changed.channelPrefs = channelBit(BuiltinChannel::Voice) | channelBit(BuiltinChannel::Sms);
        REQUIRE((*writer)->write(EncodedParticipant(changed)).ok());
        REQUIRE((*writer)->write(person(40)).ok());
        REQUIRE((*writer)->commit().ok());
        CHECK((*writer)->updated() == 1);
        CHECK((*writer)->inserted() == 1);
    }
    CHECK(scalar(**db, QStringLiteral("SELECT name FROM participants WHERE external_id = 'EXT-7'"))
              .toString() == QStringLiteral("Zoë Verhuisd"));
    CHECK(count(**db, QStringLiteral("participants")) == 41);
    CHECK(count(**db, QStringLiteral("locations")) == 60 - 1 + 1);
    // No mobile for SMS now, e-mail not wanted: voice only, on the fixed line.
    CHECK(reach(**db, QStringLiteral("EXT-7")) == 2);
    CHECK(unreachableAsKept(**db) == 0);
    CHECK(indexes(**db) == indexesBefore);
    CHECK(connectionState(**db) == before);
    const QString updatedGeneration = (*db)->registerGeneration();
    CHECK(updatedGeneration != generation);

    // An erasure changes it too.
    const qint64 erased =
        scalar(**db, QStringLiteral("SELECT id FROM participants WHERE external_id = 'EXT-3'"))
            .toLongLong();
    REQUIRE(ParticipantCsv::eraseIds(**db, {erased}).ok());
    CHECK(count(**db, QStringLiteral("participants")) == 40);
    CHECK((*db)->registerGeneration() != updatedGeneration);
}

void updatesInBulk(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    {
        auto writer = ParticipantWriter::begin(**db, 20);
        REQUIRE(writer.ok());
        for (int i = 0; i < 20; ++i)
            REQUIRE((*writer)->write(person(i)).ok());
        REQUIRE((*writer)->commit().ok());
    }
    const QString pseudonym5 =
        scalar(**db,
               QStringLiteral("SELECT pseudonym FROM participants WHERE external_id = 'EXT-5'"))
            .toString();
    {
        auto writer = ParticipantWriter::begin(**db, 5);
        REQUIRE(writer.ok());
        Participant first = person(5);
        first.pseudonym = QStringLiteral("P-NEW-5");
        first.name = QStringLiteral("Eerste");
        Participant second = first;
        second.name = QStringLiteral("Tweede");
        second.locations.removeFirst(); // only the work address is left
        Participant fresh = person(30);
        Participant twin = person(31);
        twin.externalId = fresh.externalId;
        twin.pseudonym = QStringLiteral("P-TWIN");
        twin.name = QStringLiteral("Laatste");
        for (const Participant& p : {first, second, fresh, twin})
            REQUIRE((*writer)->write(p).ok());
        const Status committed = (*writer)->commit();
        INFO(committed.errorMessage().toStdString());
        REQUIRE(committed.ok());
        CHECK((*writer)->inserted() == 1);
        CHECK((*writer)->updated() == 3);
    }
    CHECK(count(**db, QStringLiteral("participants")) == 21);
    CHECK(scalar(**db, QStringLiteral("SELECT name || '/' || pseudonym FROM participants WHERE "
                                      "external_id = 'EXT-5'"))
              .toString() == QStringLiteral("Tweede/") + pseudonym5);
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM locations l JOIN participants p ON "
                                      "p.id = l.participant_id WHERE p.external_id = 'EXT-5'"))
              .toInt() == 1);
    CHECK(scalar(**db, QStringLiteral("SELECT name || '/' || pseudonym FROM participants WHERE "
                                      "external_id = 'EXT-30'"))
              .toString() == QStringLiteral("Laatste/P-W30"));
    CHECK(unreachableAsKept(**db) == 0);
}

void allOrNothing(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    const QStringList indexesBefore = indexes(**db);
    const ConnectionState before = connectionState(**db);
    {
        // Abandoned: as if the import were cancelled or the program ended half way.
        auto writer = ParticipantWriter::begin(**db, kBulk);
        REQUIRE(writer.ok());
        for (int i = 0; i < 10; ++i)
            REQUIRE((*writer)->write(person(i)).ok());
    }
    CHECK(count(**db, QStringLiteral("participants")) == 0);
    CHECK(count(**db, QStringLiteral("locations")) == 0);
    CHECK(indexes(**db) == indexesBefore);
    CHECK(connectionState(**db) == before);
    CHECK((*db)->registerGeneration().isEmpty()); // nothing written, nothing to follow
    {
        // Two participants with one pseudonym: on the bulk path the unique index finds it
        // only when it is built again at the commit, and the whole write is refused.
        auto writer = ParticipantWriter::begin(**db, kBulk);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->write(person(1)).ok());
        Participant twin = person(2);
        twin.pseudonym = person(1).pseudonym;
        const auto written = (*writer)->write(twin);
        const Status committed = written.ok() ? (*writer)->commit() : Status(written.error());
        CHECK_FALSE(committed.ok());
    }
    CHECK(count(**db, QStringLiteral("participants")) == 0);
    CHECK(indexes(**db) == indexesBefore);
    CHECK(connectionState(**db) == before);
}

// Text that COPY's format would misread unless escaped, in every text column.
QStringList hostileTexts()
{
    return {QStringLiteral("tab\there"),
            QStringLiteral("line\nbreak"),
            QStringLiteral("carriage\rreturn\r\n"),
            QStringLiteral("back\\slash \\N \\. \\t"),
            QStringLiteral("\\N"),
            QStringLiteral("\t\n\r\\"),
            QStringLiteral("'quote\" ;,| %s %1 $1"),
            QStringLiteral("Zoë Ĳsselstraat 🍔 \u202Eeert\u200F"),
            QStringLiteral("\u0001\u001b[31m\u007f"),
            QString(5000, QLatin1Char('x')) + QStringLiteral("\tend")};
}

Participant hostile(int i, const QString& text)
{
    Participant p = person(i);
    p.pseudonym = QStringLiteral("P-H%1 ").arg(i) + text;
    p.externalId = QStringLiteral("H%1 ").arg(i) + text;
    p.name = text;
    p.mobile = text + QStringLiteral(" m");
    p.phone = text + QStringLiteral(" p");
    p.email = text + QStringLiteral(" e");
    for (ParticipantLocation& l : p.locations) {
        l.street = text;
        l.houseNumber = text + QStringLiteral("a");
        l.postcode = text + QStringLiteral("b");
        l.place = text + QStringLiteral("c");
        l.municipality = text + QStringLiteral("d");
    }
    return p;
}

void hostileTextSurvives(DatabaseKind kind, qint64 expected)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    const QStringList texts = hostileTexts();
    {
        auto writer = ParticipantWriter::begin(**db, expected);
        INFO(writer.errorMessage().toStdString());
        REQUIRE(writer.ok());
        for (int i = 0; i < texts.size(); ++i)
            REQUIRE((*writer)->write(hostile(2 * i + 1, texts[i])).ok()); // with a work address
        const Status committed = (*writer)->commit();
        INFO(committed.errorMessage().toStdString());
        REQUIRE(committed.ok());
    }
    CHECK(count(**db, QStringLiteral("locations")) == 2 * texts.size());
    QSqlQuery row((*db)->connection());
    REQUIRE(row.prepare(QStringLiteral(
        "SELECT p.pseudonym, p.external_id, p.name, p.mobile, p.phone, p.email, l.street, "
        "l.house_number, l.postcode, l.place, l.municipality, l.kind "
        "FROM participants p JOIN locations l ON l.participant_id = p.id "
        "WHERE p.name = ? ORDER BY l.kind")));
    for (int i = 0; i < texts.size(); ++i) {
        const Participant p = hostile(2 * i + 1, texts[i]);
        row.addBindValue(texts[i]);
        REQUIRE(row.exec());
        for (const ParticipantLocation& l : p.locations) {
            INFO("text " << i << ", " << ParticipantLocation::kindKey(l.kind));
            REQUIRE(row.next());
            CHECK(row.value(0).toString() == p.pseudonym);
            CHECK(row.value(1).toString() == p.externalId);
            CHECK(row.value(2).toString() == p.name);
            CHECK(row.value(3).toString() == p.mobile);
            CHECK(row.value(4).toString() == p.phone);
            CHECK(row.value(5).toString() == p.email);
            CHECK(row.value(6).toString() == l.street);
            CHECK(row.value(7).toString() == l.houseNumber);
            CHECK(row.value(8).toString() == l.postcode);
            CHECK(row.value(9).toString() == l.place);
            CHECK(row.value(10).toString() == l.municipality);
            CHECK(row.value(11).toString() == ParticipantLocation::kindId(l.kind));
        }
        CHECK_FALSE(row.next());
    }
}

// Every stored column but the update time, participants and then addresses, in id order.
QStringList dump(Database& db)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT id, pseudonym, external_id, name, language, status, unsubscribed_at, mobile, "
        "phone, email, channel_prefs, reach, registered_at, consent_at FROM participants ORDER "
        "BY id")));
    const auto row = [&query] {
        QStringList values;
        for (int c = 0; c < query.record().count(); ++c)
            values << (query.isNull(c) ? QStringLiteral("NULL") : query.value(c).toString());
        return values.join(QLatin1Char('|'));
    };
    while (query.next())
        rows << row();
    REQUIRE(query.exec(QStringLiteral(
        "SELECT participant_id, kind, street, house_number, postcode, place, municipality, lat, "
        "lon, weekdays, start_minute, end_minute FROM locations ORDER BY participant_id, kind")));
    while (query.next())
        rows << row();
    return rows;
}

// Enough for several statements of many rows and a remainder; some with no address at all.
std::vector<Participant> manyPeople(int first)
{
    std::vector<Participant> people;
    for (int i = first; i < first + 2 * ParticipantAppender::kRowsPerStatement + 37; ++i) {
        Participant p = person(i);
        if (i % 7 == 3)
            p.locations.clear();
        p.unsubscribedAt = i % 11 == 0 ? p.registeredAt.addDays(3) : QDateTime();
        p.consentAt = i % 5 == 0 ? QDateTime() : p.registeredAt;
        people.push_back(p);
    }
    return people;
}

// The bulk path into an empty register against the one-at-a-time path, on two registers:
// the same rows and the same ids, also after the ids of erased participants were used.
void bulkAppendsAsOneAtATime(DatabaseKind kind)
{
    auto write = [](Database& db, qint64 expected, const std::vector<Participant>& people) {
        auto writer = ParticipantWriter::begin(db, expected);
        REQUIRE(writer.ok());
        std::vector<qint64> ids;
        for (const Participant& p : people) {
            auto id = (*writer)->write(EncodedParticipant(p));
            REQUIRE(id.ok());
            ids.push_back(*id);
        }
        const Status committed = (*writer)->commit();
        INFO(committed.errorMessage().toStdString());
        REQUIRE(committed.ok());
        CHECK((*writer)->inserted() == static_cast<qint64>(people.size()));
        return ids;
    };
    auto bulkTemp = test::TempDatabase::create(kind);
    auto oneTemp = test::TempDatabase::create(kind);
    auto bulk = Database::open(bulkTemp->spec());
    auto one = Database::open(oneTemp->spec());
    REQUIRE(bulk.ok());
    REQUIRE(one.ok());
    for (int round = 0; round < 2; ++round) {
        const std::vector<Participant> people = manyPeople(round * 1000);
        const std::vector<qint64> bulkIds = write(**bulk, kBulk, people);
        const std::vector<qint64> oneIds = write(**one, 0, people);
        if (kind == DatabaseKind::Sqlite) // the COPY path gives its ids at the commit
            CHECK(bulkIds == oneIds);
        qsizetype expectedRows = static_cast<qsizetype>(people.size());
        for (const Participant& p : people)
            expectedRows += p.locations.size();
        const QStringList rows = dump(**bulk);
        CHECK(rows.size() == expectedRows);
        CHECK(rows == dump(**one));
        CHECK(unreachableAsKept(**bulk) == 0);
        // Emptied again: the next write is into an empty register, past the ids used.
        for (Database* db : {&**bulk, &**one}) {
            QSqlQuery erase(db->connection());
            REQUIRE(erase.exec(QStringLiteral("DELETE FROM locations")));
            REQUIRE(erase.exec(QStringLiteral("DELETE FROM participants")));
        }
    }
}

// A row the register refuses, amid rows that wait to be written many to a statement.
void bulkRefusalWritesNothing(DatabaseKind kind)
{
    auto temp = test::TempDatabase::create(kind);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    const QStringList indexesBefore = indexes(**db);
    {
        auto writer = ParticipantWriter::begin(**db, kBulk);
        REQUIRE(writer.ok());
        std::vector<Participant> people = manyPeople(0);
        people[ParticipantAppender::kRowsPerStatement + 5].language = QStringLiteral("xx");
        Status status;
        for (const Participant& p : people)
            if (auto written = (*writer)->write(p); !written) {
                status = written.error();
                break;
            }
        if (status.ok())
            status = (*writer)->commit();
        REQUIRE_FALSE(status.ok());
        INFO(status.errorMessage().toStdString());
        CHECK(status.errorMessage().contains(QStringLiteral("language")));
    }
    CHECK(count(**db, QStringLiteral("participants")) == 0);
    CHECK(count(**db, QStringLiteral("locations")) == 0);
    CHECK(indexes(**db) == indexesBefore);
}

} // namespace

BURGERNET_STORAGE_TEST("Hostile text (tabs, line breaks, backslashes, \\N, emoji) comes back "
                       "exactly from the writer",
                       [](DatabaseKind kind) { hostileTextSurvives(kind, 0); })
BURGERNET_STORAGE_TEST("Hostile text comes back exactly from the bulk path (COPY on PostgreSQL)",
                       [](DatabaseKind kind) { hostileTextSurvives(kind, 10); })
BURGERNET_STORAGE_TEST("Hostile text comes back exactly from the bulk path with rebuilt indexes",
                       [](DatabaseKind kind) { hostileTextSurvives(kind, kBulk); })

TEST_CASE("The COPY writer refuses a NUL character and two home addresses, naming the "
          "participant, and writes nothing",
          "[storage][postgres]")
{
    auto temp = test::TempDatabase::create(DatabaseKind::PostgreSql);
    auto db = Database::open(temp->spec());
    REQUIRE(db.ok());
    {
        auto writer = ParticipantWriter::begin(**db, 3);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->write(person(1)).ok());
        Participant nul = person(2);
        nul.name = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
        const auto refused = (*writer)->write(nul);
        REQUIRE_FALSE(refused.ok());
        INFO(refused.errorMessage().toStdString());
        CHECK(refused.errorMessage().contains(nul.pseudonym));
        CHECK(refused.errorMessage().contains(QStringLiteral("NUL")));
        Participant twoHomes = person(3);
        twoHomes.locations << twoHomes.locations.first();
        const auto twice = (*writer)->write(twoHomes);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.errorMessage().contains(twoHomes.pseudonym));
        // The refused rows left nothing in the COPY: the rest still commits.
        REQUIRE((*writer)->write(person(4)).ok());
        REQUIRE((*writer)->commit().ok());
        CHECK((*writer)->inserted() == 2);
    }
    CHECK(count(**db, QStringLiteral("participants")) == 2);
}

TEST_CASE("The COPY writer merged in small parts, with repeats across and within parts, ends "
          "as SQLite's writer does",
          "[storage][postgres]")
{
    // Two writes: into the empty register, then over it; repeats of external ids within a
    // part and across parts, and addresses dropped.
    auto writes = [](int round) {
        std::vector<Participant> list;
        for (int i = 0; i < 40; ++i)
            list.push_back(person(round * 30 + i));
        for (const int i : {3, 17, 39, 39}) {
            Participant again = person(round * 30 + i);
            again.pseudonym = QStringLiteral("P-AGAIN-%1-%2-%3").arg(round).arg(i).arg(list.size());
            again.name = QStringLiteral("Again %1").arg(list.size());
            if (i == 17)
                again.locations.removeLast();
            list.push_back(again);
        }
        return list;
    };
    auto run = [&](DatabaseKind kind) {
        auto temp = test::TempDatabase::create(kind);
        auto db = Database::open(temp->spec());
        REQUIRE(db.ok());
        QStringList counts;
        for (int round = 0; round < 2; ++round) {
            // SQLite's reference: the writer that looks each external id up.
            auto writer = kind == DatabaseKind::PostgreSql
                              ? beginPgCopyWriter(**db, PgSession::of(**db), kBulk, 7)
                              : ParticipantWriter::begin(**db);
            REQUIRE(writer.ok());
            for (const Participant& p : writes(round))
                REQUIRE((*writer)->write(p).ok());
            const Status committed = (*writer)->commit();
            INFO(committed.errorMessage().toStdString());
            REQUIRE(committed.ok());
            counts << QStringLiteral("%1+%2").arg((*writer)->inserted()).arg((*writer)->updated());
        }
        QSqlQuery rows((*db)->connection());
        REQUIRE(rows.exec(QStringLiteral(
            "SELECT p.external_id, p.pseudonym, p.name, p.status, count(l.kind) FROM participants "
            "p LEFT JOIN locations l ON l.participant_id = p.id GROUP BY p.id, p.external_id, "
            "p.pseudonym, p.name, p.status ORDER BY p.external_id")));
        while (rows.next())
            counts << QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(rows.value(0).toString(), rows.value(1).toString(),
                               rows.value(2).toString(), rows.value(3).toString(),
                               rows.value(4).toString());
        return counts;
    };
    const QStringList sqlite = run(DatabaseKind::Sqlite);
    const QStringList postgres = run(DatabaseKind::PostgreSql);
    CHECK(sqlite.size() == 2 + 70);
    CHECK(sqlite == postgres);
}

BURGERNET_STORAGE_TEST("The participant writer stores every column as given and updates by "
                       "external id",
                       [](DatabaseKind kind) { writesEveryColumn(kind, 0); })
BURGERNET_STORAGE_TEST("The participant writer's bulk path stores the same and leaves the "
                       "indexes and the connection as they were",
                       [](DatabaseKind kind) { writesEveryColumn(kind, kBulk); })
BURGERNET_STORAGE_TEST("The participant writer writes all or nothing", allOrNothing)
BURGERNET_STORAGE_TEST("The bulk path into an empty register stores the same rows, with the "
                       "same ids, as the one-at-a-time path, also after erased participants",
                       bulkAppendsAsOneAtATime)
BURGERNET_STORAGE_TEST("A row the register refuses amid rows waiting for the bulk path's "
                       "statement fails the write, which writes nothing",
                       bulkRefusalWritesNothing)
BURGERNET_STORAGE_TEST("The participant writer's bulk path into a filled register updates by "
                       "external id, the last of two rows winning",
                       [](DatabaseKind kind) { updatesInBulk(kind); })
