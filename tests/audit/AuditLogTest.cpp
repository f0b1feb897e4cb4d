#include "app/audit/AuditLog.h"

#include "app/audit/AuditVerifier.h"
#include "app/audit/PersonalDataGuard.h"
#include "app/audit/SigningKey.h"
#include "tests/audit/AuditTestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QThread>

#include <catch2/catch.hpp>
#include <random>

using namespace burgernet;

namespace {

int countRows(const QString& path, const QString& table)
{
    const QString name = QStringLiteral("count-") + table;
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(query.next());
        count = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace

TEST_CASE("Records get gapless sequence numbers, the clock's time and the workstation", "[audit]")
{
    test::AuditFixture f;
    f.clock().set(QDateTime(QDate(2026, 7, 1), QTime(12, 30, 15, 250), Qt::UTC));
    auto first = f.log().append(test::sampleEvent(0));
    REQUIRE(first.ok());
    CHECK(*first == 1);
    auto batch =
        f.log().append(std::vector<AuditEvent>{test::sampleEvent(1), test::sampleEvent(2)});
    REQUIRE(batch.ok());
    CHECK(*batch == 3);
    CHECK(*f.log().lastSeq() == 3);
    f.close();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("r"));
    {
        db.setDatabaseName(f.path());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT time_utc, workstation, actor, result, details "
                                          "FROM audit_records WHERE seq = 1")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("2026-07-01T12:30:15.250Z"));
        CHECK(query.value(1).toString() == QStringLiteral("mk-west-07"));
        CHECK(query.value(2).toString() == QStringLiteral("centralist.west"));
        CHECK(query.value(3).toString() == QStringLiteral("ok"));
        CHECK(query.value(4).toString().contains(QStringLiteral("\"recipients\":0")));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("r"));
}

TEST_CASE("Personal data is refused and a refused batch writes nothing", "[audit]")
{
    CHECK_FALSE(PersonalDataGuard::check({{QStringLiteral("phone"), QStringLiteral("x")}}).ok());
    CHECK_FALSE(PersonalDataGuard::check({{QStringLiteral("participant_email"), 1}}).ok());
    CHECK_FALSE(
        PersonalDataGuard::check({{QStringLiteral("note"), QStringLiteral("call +31 6 1234 5678")}})
            .ok());
    CHECK_FALSE(
        PersonalDataGuard::check({{QStringLiteral("note"), QStringLiteral("06-12345678")}}).ok());
    CHECK_FALSE(
        PersonalDataGuard::check({{QStringLiteral("to"), QStringLiteral("jan@example.org")}}).ok());
    CHECK_FALSE(
        PersonalDataGuard::check({{QStringLiteral("where"), QStringLiteral("1234 AB")}}).ok());
    CHECK_FALSE(
        PersonalDataGuard::check(
            {{QStringLiteral("list"), QJsonArray{QStringLiteral("ok"), QStringLiteral("a@b.nl")}}})
            .ok());
    CHECK(
        PersonalDataGuard::check(
            {{QStringLiteral("participant"), QStringLiteral("P-7KQ2M9XA")},
             {QStringLiteral("callback"), QStringLiteral("0800-0011")},
             {QStringLiteral("recipients"), 51234},
             {QStringLiteral("at"), QStringLiteral("2026-11-27T14:00:00.000Z")},
             {QStringLiteral("register"), QStringLiteral("0d2a9e7c-0123-4567-8901-000000000000")}})
            .ok());

    test::AuditFixture f;
    AuditEvent bad = test::sampleEvent(1);
    bad.details.insert(QStringLiteral("mobile"), QStringLiteral("+31612345678"));
    auto refused = f.log().append(std::vector<AuditEvent>{test::sampleEvent(0), bad});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("mobile")));
    CHECK(*f.log().lastSeq() == 0);
    AuditEvent noActor = test::sampleEvent(0);
    noActor.actor.clear();
    CHECK_FALSE(f.log().append(noActor).ok());
}

TEST_CASE("Declared detail kinds are checked by their rule, not by how the digits look", "[audit]")
{
    // A fingerprint whose hex digits are all decimal, channel counts keyed "email": both were
    // refused as a phone number and as personal data when the guard only guessed.
    const QJsonObject details{
        {QStringLiteral("key"), QStringLiteral("0612345678901234")},
        {QStringLiteral("by_channel"),
         QJsonObject{{QStringLiteral("sms"), 12}, {QStringLiteral("email"), 7}}},
        {QStringLiteral("participant"), QStringLiteral("P-7KQ2M9XA")},
        {QStringLiteral("action"), QStringLiteral("A-2026-0042")},
        {QStringLiteral("channel"), QStringLiteral("email")},
        {QStringLiteral("at"), QStringLiteral("2026-11-27T14:00:00.000Z")}};
    const DetailKinds kinds{{QStringLiteral("key"), DetailKind::Fingerprint},
                            {QStringLiteral("by_channel"), DetailKind::Counts},
                            {QStringLiteral("participant"), DetailKind::Pseudonym},
                            {QStringLiteral("action"), DetailKind::Id},
                            {QStringLiteral("channel"), DetailKind::Code},
                            {QStringLiteral("at"), DetailKind::Time}};
    CHECK_FALSE(PersonalDataGuard::check(details).ok()); // guessed: refused
    CHECK(PersonalDataGuard::check(details, kinds).ok());

    // A declared value must have its kind's form: nothing personal passes as a declared kind.
    const auto refused = [](const char* key, const QJsonValue& value, DetailKind kind) {
        return !PersonalDataGuard::check({{QString::fromLatin1(key), value}},
                                         {{QString::fromLatin1(key), kind}})
                    .ok();
    };
    CHECK(refused("key", QStringLiteral("+31 6 1234 5678"), DetailKind::Fingerprint));
    CHECK(refused("participant", QStringLiteral("Jan de Vries"), DetailKind::Pseudonym));
    CHECK(refused("action", QStringLiteral("jan@example.org"), DetailKind::Id));
    CHECK(refused("action", QStringLiteral("Kerkstraat 12"), DetailKind::Id));
    CHECK(refused("rows", QStringLiteral("0612345678"), DetailKind::Count));
    CHECK(refused("by_channel", QJsonObject{{QStringLiteral("sms"), QStringLiteral("x")}},
                  DetailKind::Counts));
    CHECK(refused("channel", QStringLiteral("E-mail Jan"), DetailKind::Code));
    CHECK(refused("at", QStringLiteral("gisteren"), DetailKind::Time));
    // Free text declared as such is checked as before.
    CHECK(refused("note", QStringLiteral("bel 06-12345678"), DetailKind::Text));

    // A refused record names itself in the error.
    test::AuditFixture f;
    AuditEvent event = test::sampleEvent(0);
    event.action = QStringLiteral("participant.note");
    event.details.insert(QStringLiteral("note"), QStringLiteral("jan@example.org"));
    auto appended = f.log().append(event);
    REQUIRE_FALSE(appended.ok());
    CHECK(appended.errorMessage().contains(QStringLiteral("participant.note")));
}

TEST_CASE("The store refuses updates and deletes", "[audit]")
{
    test::AuditFixture f;
    f.appendSome(3);
    f.close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
    {
        db.setDatabaseName(f.path());
        REQUIRE(db.open());
        QSqlQuery query(db);
        CHECK_FALSE(
            query.exec(QStringLiteral("UPDATE audit_records SET actor = 'x' WHERE seq = 2")));
        CHECK(query.lastError().text().contains(QStringLiteral("append-only")));
        CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_records WHERE seq = 3")));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
}

TEST_CASE("Checkpoints are signed at intervals and at close", "[audit]")
{
    test::AuditFixture f(10);
    f.appendSome(25);
    const QString checkpoints =
        QStringLiteral("audit_records WHERE action = 'audit.checkpoint' AND actor = 'system'");
    CHECK(countRows(f.path(), checkpoints) == 2); // records 11 and 22, after every ten
    f.close();
    CHECK(countRows(f.path(), checkpoints) == 3); // and at close
    f.reopen();
    f.close(); // nothing new: no extra checkpoint
    CHECK(countRows(f.path(), checkpoints) == 3);
    CHECK(countRows(f.path(), QStringLiteral("sqlite_master WHERE name = 'audit_checkpoints'")) ==
          0);

    auto key = SigningKey::load(f.keyPath());
    REQUIRE(key.ok());
    auto v = AuditVerifier::verify(f.path(), key->publicKey());
    REQUIRE(v.ok());
    INFO(v->summary().toStdString());
    CHECK(v->intact());
    CHECK(v->records == 28); // 25 and the three checkpoints in the chain
    CHECK(v->checkpoints == 3);
    CHECK(v->lastCheckpointSeq == 28);
    REQUIRE(v->signedHeads.size() == 3);
    CHECK(v->signedHeads[0].seq == 10);
    CHECK(v->signedHeads[1].seq == 21);
    CHECK(v->signedHeads[2].seq == 27);
    CHECK(v->unsignedTail() == 0);
    CHECK(v->keySource == AuditKeySource::Given);
    CHECK(v->keyFingerprint == key->fingerprint());
}

TEST_CASE("The signing key and the log are for their owner only", "[audit]")
{
    test::AuditFixture f;
    f.appendSome(1);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadUser | QFileDevice::WriteUser;
    CHECK(QFileInfo(f.keyPath()).permissions() == ownerOnly);
    CHECK(QFileInfo(f.path()).permissions() == ownerOnly);
    auto a = SigningKey::load(f.keyPath());
    auto b = SigningKey::load(f.keyPath());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->publicKey() == b->publicKey());
    const QByteArray signature = a->sign("checkpoint");
    CHECK(SigningKey::verify(b->publicKey(), "checkpoint", signature));
    CHECK_FALSE(SigningKey::verify(SigningKey::generate().publicKey(), "checkpoint", signature));
}

TEST_CASE("An untouched log always verifies", "[audit]")
{
    for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
        std::mt19937 random(seed);
        test::AuditFixture f(1 + static_cast<int>(random() % 40));
        const int batches = 1 + static_cast<int>(random() % 30);
        int total = 0;
        for (int b = 0; b < batches; ++b) {
            std::vector<AuditEvent> events;
            const int size = 1 + static_cast<int>(random() % 50);
            for (int i = 0; i < size; ++i) {
                AuditEvent e = test::sampleEvent(static_cast<int>(random() % 1000));
                e.details.insert(QStringLiteral("unicode"),
                                 QStringLiteral("ĳ ë € 🚓 %1").arg(random()));
                e.result = static_cast<AuditResult>(random() % 3);
                events.push_back(e);
            }
            f.clock().advance(static_cast<qint64>(random() % 100'000));
            REQUIRE(f.log().append(events).ok());
            total += size;
            if (random() % 5 == 0) {
                f.reopen(); // a restart in between
            }
        }
        if (seed % 2 == 0)
            f.close();
        else
            f.reopen(); // verify while the log is open (a live console)
        auto v = AuditVerifier::verify(f.path());
        REQUIRE(v.ok());
        INFO("seed " << seed << ": " << v->summary().toStdString());
        CHECK(v->intact());
        CHECK(v->records == total + v->checkpoints);
    }
}

TEST_CASE("Two writers on one file (console and burgernetctl) keep one chain", "[audit]")
{
    test::AuditFixture f(7);
    AuditLog::Options options;
    options.path = f.path();
    options.keyPath = f.keyPath();
    options.workstation = QStringLiteral("mk-west-07");
    options.checkpointEveryRecords = 5;
    auto second = AuditLog::open(options, f.clock());
    REQUIRE(second.ok());
    std::atomic<int> failures = 0;
    QThread* a = QThread::create([&] {
        for (int i = 0; i < 200; ++i)
            if (!f.log().append(test::sampleEvent(i)).ok())
                ++failures;
    });
    QThread* b = QThread::create([&] {
        for (int i = 0; i < 200; ++i)
            if (!(*second)
                     ->append(
                         std::vector<AuditEvent>{test::sampleEvent(i), test::sampleEvent(i + 1)})
                     .ok())
                ++failures;
    });
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    CHECK(failures == 0);
    second = Error{};
    f.close();
    auto v = AuditVerifier::verify(f.path());
    REQUIRE(v.ok());
    INFO(v->summary().toStdString());
    CHECK(v->intact());
    CHECK(v->records == 600 + v->checkpoints);
    CHECK(v->checkpoints >= 600 / 7);
}
