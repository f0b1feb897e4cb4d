#include "app/services/DemoHistory.h"

#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/AlarmRepository.h"
#include "app/services/AuditService.h"
#include "app/services/ReviewTypes.h"
#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace burgernet {

namespace {

// A small generator of our own over mt19937_64's raw output, so that a seed gives the same
// history with every standard library.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed)
    {}
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double between(double low, double high) { return low + (high - low) * uniform(); }
    int below(int n) { return int(uniform() * n); }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    double logNormal(double median, double sigma)
    {
        // Box-Muller
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return median * std::exp(sigma * std::sqrt(-2.0 * std::log(u1)) *
                                 std::cos(2.0 * 3.141592653589793 * u2));
    }
    template <std::size_t N>
    std::size_t weighted(const std::array<double, N>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double pick = uniform() * total;
        for (std::size_t i = 0; i < N; ++i) {
            if (pick < weights[i])
                return i;
            pick -= weights[i];
        }
        return N - 1;
    }

private:
    std::mt19937_64 m_engine;
};

struct TypeProfile
{
    IncidentType type;
    double share;     // of all actions
    double radiusLow; // metres
    double radiusHigh;
    double direct;    // share of closed actions with an arrest or the person found
    const char* text; // a made-up description: nobody real
};

// The programme's mix: burglary and missing persons most, then street robbery and shoplifting.
const std::array<TypeProfile, 8> kTypes{{
    {IncidentType::Burglary, 0.30, 800, 1500, 0.09,
     "Man, ca. 25 jaar, donkere kleding, op de fiets"},
    {IncidentType::Missing, 0.20, 1500, 4000, 0.14, "Vrouw, ca. 80 jaar, grijs haar, blauwe jas"},
    {IncidentType::StreetRobbery, 0.15, 1000, 2000, 0.09, "Twee jongens, ca. 18 jaar, scooter"},
    {IncidentType::Shoplifting, 0.10, 500, 1000, 0.10, "Man, ca. 40 jaar, grijze trui, rugtas"},
    {IncidentType::Robbery, 0.08, 1500, 3000, 0.08,
     "Twee mannen, donkere kleding, witte bestelbus"},
    {IncidentType::Pickpocketing, 0.07, 500, 1000, 0.07, "Vrouw, ca. 30 jaar, lange jas"},
    {IncidentType::HitAndRun, 0.07, 2000, 4000, 0.09,
     "Rode personenauto met schade aan de voorkant"},
    {IncidentType::Other, 0.03, 1000, 2000, 0.08, "Man, ca. 35 jaar, felgekleurde jas"},
}};

struct Place
{
    const char* name;
    double lat;
    double lon;
    double perKm2; // participants per km² near the centre
};

const std::array<Place, 12> kPlaces{{
    {"Amsterdam", 52.3731, 4.8922, 60},
    {"Rotterdam", 51.9225, 4.4792, 55},
    {"Den Haag", 52.0799, 4.3113, 55},
    {"Utrecht", 52.0894, 5.1100, 50},
    {"Eindhoven", 51.4416, 5.4697, 40},
    {"Groningen", 53.2194, 6.5665, 35},
    {"Tilburg", 51.5555, 5.0913, 35},
    {"Almere", 52.3508, 5.2647, 30},
    {"Breda", 51.5719, 4.7683, 30},
    {"Nijmegen", 51.8126, 5.8372, 30},
    {"Zwolle", 52.5168, 6.0830, 25},
    {"Assen", 52.9928, 6.5642, 15},
}};

// More actions in the afternoon and evening than at night, as the control rooms see.
const std::array<double, 24> kHours{1.0, 0.8, 0.6, 0.5, 0.4, 0.5, 0.8, 1.2, 1.5, 1.7, 1.9, 2.0,
                                    2.1, 2.2, 2.3, 2.5, 2.7, 2.8, 2.8, 2.6, 2.3, 2.0, 1.6, 1.2};

struct ChannelProfile
{
    const char* id;
    double share;        // of the area's participants who take this channel
    double perSecond;    // how fast the gateway delivers
    double delivered;    // share delivered; the rest fails
    const char* reached; // "delivered" or "sent": what the gateway reports
};

const std::array<ChannelProfile, 3> kChannels{{
    {"sms", 0.60, 40, 0.96, "delivered"},
    {"voice", 0.35, 4, 0.88, "delivered"},
    {"email", 0.45, 30, 0.97, "sent"},
}};

Error failed(const QSqlQuery& q)
{
    return Error{DemoHistory::tr("Cannot write the demo history: %1").arg(q.lastError().text())};
}

} // namespace

DemoHistory::DemoHistory(Database& db, AuditService& audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<qint64> DemoHistory::add(const Options& options)
{
    const QString what = QStringLiteral("register.demo_history");
    const QString registerId = m_db.metaValue(QStringLiteral("database_id"));
    const Session& session = m_audit.session();
    if (session.role != Role::Workstation && !session.can(Permission::ImportParticipants)) {
        (void)m_audit.record(what, QStringLiteral("register"), registerId, AuditResult::Denied);
        return Error{tr("Your role (%1) may not add a demo history.")
                         .arg(AuditService::roleInWords(session.role))};
    }
    const bool demo = m_db.metaValue(QStringLiteral("content")).startsWith(QLatin1String("demo:"));
    if (!demo && session.mode != Mode::Training) {
        (void)m_audit.record(what, QStringLiteral("register"), registerId, AuditResult::Denied,
                             {{QStringLiteral("reason"), QStringLiteral("not-demo")}},
                             {{QStringLiteral("reason"), DetailKind::Code}});
        return Error{tr("A demo history goes into a demo register or a training register only; "
                        "this register holds real participants.")};
    }
    if (options.months < 1 || options.months > 36)
        return Error{tr("--history needs a number of months from 1 to 36.")};

    Dice dice(options.seed);
    const QDateTime until = options.until.toUTC();
    const QDateTime start = until.addMonths(-options.months);
    const qint64 spanDays = start.daysTo(until);
    const int count = options.months * options.actionsPerMonth;

    qint64 firstParticipant = 0, lastParticipant = -1;
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM participants")) && q.next() &&
            !q.value(0).isNull()) {
            firstParticipant = q.value(0).toLongLong();
            lastParticipant = q.value(1).toLongLong();
        }
    }
    // The places' densities are those of the full demo population; a smaller register reaches
    // fewer people per action (at least one per channel).
    const double density =
        std::clamp(double(lastParticipant - firstParticipant + 1) / 1'250'000.0, 0.0, 8.0);
    if (auto seq = m_audit.record(what, QStringLiteral("register"), registerId, AuditResult::Ok,
                                  {{QStringLiteral("months"), options.months},
                                   {QStringLiteral("seed"), qint64(options.seed)},
                                   {QStringLiteral("actions"), count}},
                                  {{QStringLiteral("months"), DetailKind::Count},
                                   {QStringLiteral("seed"), DetailKind::Count},
                                   {QStringLiteral("actions"), DetailKind::Count}});
        !seq)
        return seq.error();

    SqlTransaction transaction(m_db.connection());
    ActionRepository repo(m_db);
    QSqlQuery outbox(m_db.connection());
    outbox.prepare(QStringLiteral(
        "INSERT INTO outbox (action_id, message_id, message_type, urgent, channel, "
        "participant_id, language, state, attempts, next_attempt_at, created_at, updated_at) "
        "VALUES (?, ?, ?, 1, ?, ?, 'nl', ?, 1, ?, ?, ?)"));
    const auto writeRows = [&](qint64 actionId, qint64 messageId, const QString& type,
                               const ChannelProfile& c, qint64 rows, qint64 fromMs,
                               qint64* reached) -> Status {
        for (qint64 i = 0; i < rows; ++i) {
            const bool ok = dice.chance(c.delivered);
            const qint64 at = fromMs + qint64(1000.0 * (double(i) / c.perSecond)) +
                              qint64(dice.between(500, 20'000));
            outbox.addBindValue(actionId);
            outbox.addBindValue(messageId);
            outbox.addBindValue(type);
            outbox.addBindValue(QString::fromLatin1(c.id));
            outbox.addBindValue(
                lastParticipant >= firstParticipant
                    ? QVariant(firstParticipant +
                               qint64(dice.uniform() * double(lastParticipant - firstParticipant)))
                    : QVariant(QMetaType::fromType<qint64>()));
            outbox.addBindValue(ok ? QString::fromLatin1(c.reached) : QStringLiteral("failed"));
            outbox.addBindValue(fromMs);
            outbox.addBindValue(fromMs);
            outbox.addBindValue(at);
            if (!outbox.exec())
                return failed(outbox);
            if (ok && reached)
                ++*reached;
        }
        return {};
    };

    for (int n = 0; n < count; ++n) {
        std::array<double, kTypes.size()> shares{};
        for (std::size_t i = 0; i < kTypes.size(); ++i)
            shares[i] = kTypes[i].share;
        const TypeProfile& type = kTypes[dice.weighted(shares)];
        std::array<double, kPlaces.size()> placeWeights{};
        for (std::size_t i = 0; i < kPlaces.size(); ++i)
            placeWeights[i] = kPlaces[i].perKm2;
        const Place& place = kPlaces[dice.weighted(placeWeights)];

        const QDate day = start.date().addDays(dice.below(int(std::max<qint64>(1, spanDays))));
        const int hour = int(dice.weighted(kHours));
        QDateTime created(day, QTime(hour, dice.below(60), dice.below(60)));
        if (created >= until || created < start)
            created = start.addSecs(qint64(dice.uniform() * double(start.secsTo(until) - 7200)));
        created = created.toUTC();
        const bool notice = dice.chance(0.05);
        const bool approved = !notice && dice.chance(0.15);
        const QDateTime submitted = created.addSecs(qint64(dice.between(40, 180)));
        const QDateTime sent =
            approved ? submitted.addSecs(qint64(dice.between(60, 480))) : submitted;

        Action a;
        a.mode = session.mode;
        a.content.kind = notice ? ActionKind::Notice : ActionKind::Urgent;
        a.content.incident = notice ? IncidentType::Other : type.type;
        const double lat = place.lat + dice.between(-0.03, 0.03);
        const double lon = place.lon + dice.between(-0.05, 0.05);
        a.content.location = QGeoCoordinate(lat, lon);
        a.content.locationText = QString::fromUtf8(place.name);
        a.content.freeText = QString::fromUtf8(notice ? "Getuigen gezocht" : type.text);
        const double radius = std::round(dice.between(type.radiusLow, type.radiusHigh) / 50) * 50;
        a.area = GeoArea::circle(a.content.location, radius);
        a.areaDescription = QStringLiteral("%1, %2 m").arg(a.content.locationText).arg(radius);
        a.author = QStringLiteral("dispatcher");
        // A region's control room has a few workstations; the actions take turns.
        a.workstation = QStringLiteral("mk-west-%1").arg(n % 3 + 1, 2, 10, QLatin1Char('0'));
        a.approver = approved ? QStringLiteral("supervisor") : QString();
        a.createdAt = created;
        a.sentAt = sent;

        // The outcome, as the programme publishes it.
        Outcome outcome = Outcome::NoResult;
        if (!notice) {
            const double roll = dice.uniform();
            if (roll < type.direct)
                outcome =
                    type.type == IncidentType::Missing ? Outcome::PersonFound : Outcome::Arrested;
            else if (roll < type.direct + 0.40)
                outcome = Outcome::UsefulInformation;
            else if (roll > 0.97)
                outcome = Outcome::Other;
        }
        // Closing mostly 30 to 60 minutes after the alert; a few run late.
        const double closingMinutes =
            dice.chance(0.88) ? dice.logNormal(42, 0.18) : dice.between(61, 150);
        const QDateTime closed = sent.addSecs(qint64(closingMinutes * 60));
        a.state = notice ? ActionState::Sent : ActionState::Closed;
        a.outcome = notice ? Outcome::None : outcome;
        a.closedAt = notice ? QDateTime() : closed;
        a.updatedAt = notice ? sent : closed;
        for (const ChannelProfile& c : kChannels)
            a.content.channels << *Channel::fromId(QString::fromLatin1(c.id));

        auto id = repo.insert(a);
        if (!id)
            return id.error();
        const auto event = [&](const QDateTime& at, const QString& actor, const QString& name,
                               ActionState from, ActionState to, const QString& detail) {
            return repo.addEvent({0, *id, at, actor, name, enumId(from), enumId(to), detail});
        };
        Status s = event(created, a.author, QStringLiteral("create"), ActionState::Draft,
                         ActionState::Draft, QString());
        if (s && approved)
            s = event(submitted, a.author, QStringLiteral("submit"), ActionState::Draft,
                      ActionState::AwaitingApproval, QString());

        ComposedMessage alert;
        alert.type = MessageType::Alert;
        alert.texts[QStringLiteral("nl")][Channel::sms()] =
            ChannelText{{}, QStringLiteral("Burgernet: %1").arg(a.content.freeText), {}, {}};
        auto alertId = repo.insertMessage(*id, alert, sent, a.author);
        if (!alertId)
            return alertId.error();
        const double km2 = 3.141592653589793 * radius * radius / 1e6;
        const double people = km2 * place.perKm2 * density * dice.between(0.6, 1.4);
        std::array<qint64, kChannels.size()> reached{};
        std::array<qint64, kChannels.size()> written{};
        qint64 rows = 0;
        for (std::size_t i = 0; s && i < kChannels.size(); ++i) {
            written[i] = std::max<qint64>(1, qint64(people * kChannels[i].share));
            rows += written[i];
            s = writeRows(*id, *alertId, QStringLiteral("alert"), kChannels[i], written[i],
                          sent.toMSecsSinceEpoch(), &reached[i]);
        }
        if (s)
            s = event(sent, approved ? a.approver : a.author,
                      approved ? QStringLiteral("approve") : QStringLiteral("send"),
                      approved ? ActionState::AwaitingApproval : ActionState::Draft,
                      ActionState::Sending, QString::number(rows));
        if (s)
            s = event(sent.addSecs(120), QStringLiteral("system"), QStringLiteral("sent"),
                      ActionState::Sending, ActionState::Sent, QString());
        if (!s)
            return s.error();

        // Tips: a success has at least one useful call; most others a few or none.
        int tips = 0, useful = 0;
        if (!notice) {
            const Success success = successOf(outcome);
            tips = success == Success::None ? dice.below(3) : 1 + dice.below(3);
            useful = success == Success::None ? 0 : 1 + dice.below(tips);
        }
        for (int t = 0; t < tips; ++t) {
            Tip tip;
            tip.actionId = *id;
            const double minutes = std::min(dice.exponential(9), closingMinutes - 1);
            tip.at = sent.addSecs(qint64(std::max(0.5, minutes) * 60));
            tip.lat = lat + dice.between(-0.01, 0.01);
            tip.lon = lon + dice.between(-0.015, 0.015);
            tip.text = QStringLiteral("Terugbeller zag iemand die op de beschrijving lijkt.");
            tip.useful = t < useful;
            tip.author = a.author;
            if (auto added = repo.addTip(tip); !added)
                return added.error();
        }
        if (notice) {
            // A notice has no closing message and stays sent; its failed rows were seen and
            // acknowledged then, or a fresh demo would open with months-old alarms.
            for (std::size_t i = 0; i < kChannels.size(); ++i) {
                if (written[i] == reached[i])
                    continue;
                const Alarm failure{AlarmKind::PartialFailure, *id,
                                    QString::fromLatin1(kChannels[i].id), written[i] - reached[i]};
                AlarmResponse ack;
                ack.key = failure.key();
                ack.kind = failure.kind;
                ack.actionId = *id;
                ack.level = failure.level;
                ack.at = sent.addSecs(qint64(dice.between(300, 1200)));
                ack.by = a.author;
                if (auto added = AlarmRepository(m_db).insert(ack); !added)
                    return added.error();
            }
            continue;
        }
        ComposedMessage closing;
        closing.type = MessageType::Closing;
        closing.texts[QStringLiteral("nl")][Channel::sms()] = ChannelText{
            {}, QStringLiteral("Burgernet: de actie is beëindigd. Dank voor uw hulp."), {}, {}};
        auto closingId = repo.insertMessage(*id, closing, closed, a.author);
        if (!closingId)
            return closingId.error();
        qint64 closingRows = 0;
        for (std::size_t i = 0; s && i < kChannels.size(); ++i) {
            closingRows += reached[i];
            s = writeRows(*id, *closingId, QStringLiteral("closing"), kChannels[i], reached[i],
                          closed.toMSecsSinceEpoch(), nullptr);
        }
        if (s)
            s = event(closed, a.author, QStringLiteral("close"), ActionState::Sent,
                      ActionState::Closed, QString::number(closingRows));
        if (!s)
            return s.error();
    }
    if (auto s = transaction.commit(); !s) {
        (void)m_audit.record(what, QStringLiteral("register"), registerId, AuditResult::Failed);
        return s.error();
    }
    return qint64(count);
}

} // namespace burgernet
