#include "app/register/DemoPopulation.h"

#include "app/geo/NationalBorder.h"
#include "app/storage/Database.h"
#include "app/storage/ParticipantWriter.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <future>

namespace burgernet {

namespace {

constexpr std::array kFirstNames{
    "Anna",    "Bram", "Daan",   "Emma",    "Fleur",  "Gijs",   "Hanneke", "Iris",      "Jan",
    "Julia",   "Kees", "Lotte",  "Maarten", "Noor",   "Pieter", "Roos",    "Sanne",     "Thijs",
    "Vera",    "Wim",  "Yara",   "Zoë",     "Ahmed",  "Fatima", "Mohamed", "Sara",      "Luuk",
    "Sem",     "Tess", "Femke",  "Henk",    "Ingrid", "Joost",  "Karin",   "Lars",      "Marieke",
    "Niels",   "Olga", "Ruud",   "Sophie",  "Tim",    "Ursula", "Victor",  "Willemijn", "Bas",
    "Chantal", "Dirk", "Esther", "Frank",   "Gerda",  "Hugo",   "Ilse",    "Jeroen",    "Kim",
    "Linda",   "Mark", "Nadia",  "Otto",    "Petra",  "Rik"};
constexpr std::array kSurnames{
    "de Jong",         "Jansen",       "de Vries",      "van den Berg", "van Dijk",
    "Bakker",          "Janssen",      "Visser",        "Smit",         "Meijer",
    "de Boer",         "Mulder",       "de Groot",      "Bos",          "Vos",
    "Peters",          "Hendriks",     "van Leeuwen",   "Dekker",       "Brouwer",
    "de Wit",          "Dijkstra",     "Smits",         "de Graaf",     "van der Meer",
    "van der Linden",  "Kok",          "Jacobs",        "de Haan",      "Vermeulen",
    "van den Heuvel",  "van der Veen", "van den Broek", "de Bruijn",    "de Bruin",
    "van der Heijden", "Schouten",     "van Beek",      "Willems",      "van Vliet",
    "van de Ven",      "Hoekstra",     "Maas",          "Verhoeven",    "Koster",
    "van Dam",         "van der Wal",  "Prins",         "Blom",         "Huisman",
    "Yılmaz",          "El Amrani",    "Kaya",          "Nguyen"};
constexpr std::array kStreetStems{
    "Kerk",       "Molen",   "School",    "Dorps",      "Linden",  "Eiken",     "Beuken",
    "Wilgen",     "Tulpen",  "Rozen",     "Juliana",    "Beatrix", "Oranje",    "Prins Hendrik",
    "Wilhelmina", "Emma",    "Stations",  "Haven",      "Markt",   "Brink",     "Vijver",
    "Zand",       "Heide",   "Bos",       "Polder",     "Dijk",    "Sluis",     "Kastanje",
    "Berken",     "Esdoorn", "Merel",     "Lijster",    "Zwaluw",  "Rembrandt", "Vondel",
    "Spinoza",    "Erasmus", "Thorbecke", "Anne Frank", "Mozart"};
constexpr std::array kStreetKinds{"straat", "laan", "weg",    "plein", "singel",
                                  "hof",    "kade", "gracht", "dreef", "pad"};
constexpr std::array kDomains{"example.org", "mail.example.org", "post.example.org"};

// The first digit of the postcode by province, roughly as PostNL's regions run.
int postcodeBase(const QString& province)
{
    static const QHash<QString, std::pair<int, int>> ranges{
        {QStringLiteral("Noord-Holland"), {1000, 2099}},
        {QStringLiteral("Zuid-Holland"), {2100, 3399}},
        {QStringLiteral("Utrecht"), {3400, 3999}},
        {QStringLiteral("Zeeland"), {4300, 4699}},
        {QStringLiteral("Noord-Brabant"), {4700, 5799}},
        {QStringLiteral("Limburg"), {5800, 6499}},
        {QStringLiteral("Gelderland"), {6500, 7399}},
        {QStringLiteral("Overijssel"), {7400, 8099}},
        {QStringLiteral("Flevoland"), {8200, 8399}},
        {QStringLiteral("Friesland"), {8400, 9299}},
        {QStringLiteral("Groningen"), {9300, 9999}},
        {QStringLiteral("Drenthe"), {7700, 7999}}};
    return ranges.value(province, {1000, 9999}).first;
}
int postcodeSpan(const QString& province)
{
    return postcodeBase(province) == 1000 && province != QLatin1String("Noord-Holland") ? 8999 : 90;
}

// The area codes of some large places, for fixed lines near them; others get a regional one.
constexpr std::array kAreaCodes{"20", "10", "70", "30", "40", "50", "13", "76", "24", "26",
                                "43", "53", "38", "58", "35", "71", "15", "23", "72", "73"};

template <typename Array>
size_t pickIndex(DemoRandom& random, const Array& array)
{
    return random() % array.size();
}

template <typename Array>
const char* pick(DemoRandom& random, const Array& array)
{
    return array[pickIndex(random, array)];
}

// `prefix` and `number` in decimal: QString::arg's parsing of its pattern was a tenth of the
// time it took to make a participant.
QString numbered(const char* prefix, quint64 number)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + number % 10);
        number /= 10;
    } while (number > 0);
    const qsizetype prefixSize = static_cast<qsizetype>(std::strlen(prefix));
    QString text(prefixSize + n, Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < prefixSize; ++i)
        *out++ = QLatin1Char(prefix[i]);
    while (n > 0)
        *out++ = QLatin1Char(digits[--n]);
    return text;
}

// ASCII letters only: decomposed accents (Zoë -> zoe, Yılmaz -> ylmaz) are dropped.
QString emailName(const QString& first, const QString& last)
{
    const QString decomposed =
        (first + QLatin1Char('.') + last).toLower().normalized(QString::NormalizationForm_KD);
    QString local;
    local.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('.'))
            local += c;
    return local;
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    for (quint64& word : m_s) {
        quint64 z = (seed += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        word = z ^ (z >> 31);
    }
}

DemoRandom::result_type DemoRandom::operator()()
{
    const auto rotl = [](quint64 x, int k) { return (x << k) | (x >> (64 - k)); };
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

DemoPopulation::DemoPopulation(PlaceTable places, quint64 seed)
    : m_places(std::move(places))
    , m_seed(seed)
{
    double total = 0;
    for (const Place& place : m_places.places()) {
        if (place.isSection || place.population <= 0)
            continue;
        // A place whose GeoNames centre lies beyond the border check (Vaals, where the basemap's
        // line runs 2 km west of the real one) would give addresses the importer refuses.
        if (!NationalBorder::netherlands().contains(place.lat, place.lon))
            continue;
        total += static_cast<double>(place.population);
        const int postcodeDigits =
            postcodeBase(place.province) +
            static_cast<int>(qHash(place.name) % static_cast<size_t>(postcodeSpan(place.province)));
        m_weighted.push_back({&place, postcodeDigits,
                              0.3 + 0.004 * std::sqrt(static_cast<double>(place.population)),
                              111.2 * std::cos(place.lat * M_PI / 180)});
        m_cumulative.push_back(total);
    }
    for (const char* first : kFirstNames)
        for (const char* last : kSurnames) {
            const QString firstName = QString::fromUtf8(first);
            const QString lastName = QString::fromUtf8(last);
            m_names.push_back(firstName + QLatin1Char(' ') + lastName);
            m_emailNames.push_back(emailName(firstName, lastName));
        }
    for (const char* stem : kStreetStems)
        for (const char* kind : kStreetKinds)
            m_streets.push_back(QString::fromUtf8(stem) + QString::fromLatin1(kind));
}

QString DemoPopulation::pseudonymFor(qint64 i)
{
    static constexpr char kLetters[] = "BCDFGHJKLMNPQRSTVWXZ";
    constexpr quint64 kSpace = 25'600'000'000ULL; // 20^8
    // Multiplying by a number coprime with 20^8 permutes the space: unique, and neighbours differ.
    quint64 n = (static_cast<quint64>(i) * 2'654'435'761ULL + 12'345ULL) % kSpace;
    QString text = QStringLiteral("P-");
    for (int k = 0; k < 8; ++k) {
        text += QLatin1Char(kLetters[n % 20]);
        n /= 20;
    }
    return text;
}

const DemoPopulation::PeopledPlace& DemoPopulation::pickPlace(DemoRandom& random) const
{
    std::uniform_real_distribution<double> u(0, m_cumulative.back());
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u(random));
    return m_weighted[static_cast<size_t>(std::min<ptrdiff_t>(
        it - m_cumulative.begin(), static_cast<ptrdiff_t>(m_weighted.size()) - 1))];
}

ParticipantLocation DemoPopulation::makeLocation(DemoRandom& random, const PeopledPlace& peopled,
                                                 ParticipantLocation::Kind kind) const
{
    const Place& place = *peopled.place;
    // Spread around the place's centre, wider for larger places.
    std::normal_distribution<double> offset(0, peopled.sigmaKm);
    ParticipantLocation l;
    l.kind = kind;
    // On land (or within the border's 1 km), as the importer demands: not in the sea off a
    // coastal town or across the border from a border town.
    for (int attempt = 0;; ++attempt) {
        l.lat = std::round((place.lat + offset(random) / 111.2) * 1e7) / 1e7;
        l.lon = std::round((place.lon + offset(random) / peopled.kmPerDegreeLon) * 1e7) / 1e7;
        if (NationalBorder::netherlands().contains(l.lat, l.lon))
            break;
        if (attempt == 16) {
            l.lat = place.lat;
            l.lon = place.lon;
            break;
        }
    }
    // The kind is drawn before the stem, as in every register made so far.
    const size_t streetKind = pickIndex(random, kStreetKinds);
    l.street = m_streets[pickIndex(random, kStreetStems) * kStreetKinds.size() + streetKind];
    l.houseNumber = QString::number(1 + random() % 240);
    if (random() % 10 == 0)
        l.houseNumber += QLatin1Char(static_cast<char>('a' + random() % 4));
    const int pc4 = peopled.postcodeDigits + static_cast<int>(random() % 10);
    char letters[3] = {static_cast<char>('A' + random() % 26),
                       static_cast<char>('A' + random() % 26), 0};
    if ((letters[0] == 'S' && (letters[1] == 'A' || letters[1] == 'D' || letters[1] == 'S')))
        letters[1] = 'B'; // SA, SD and SS are not used in Dutch postcodes
    l.postcode = numbered("", static_cast<quint64>(std::min(pc4, 9999))) + QLatin1Char(' ') +
                 QLatin1String(letters, 2);
    l.place = place.name;
    l.municipality = place.municipality;
    if (kind == ParticipantLocation::Kind::Work) {
        l.weekdays = 0b0011111; // Monday to Friday
        static constexpr std::array<std::pair<int, int>, 3> hours{
            {{8 * 60, 18 * 60}, {7 * 60, 16 * 60}, {9 * 60, 17 * 60 + 30}}};
        const auto& h = hours[random() % hours.size()];
        l.startMinute = h.first;
        l.endMinute = h.second;
    }
    return l;
}

Participant DemoPopulation::make(qint64 i)
{
    // One generator per participant: participant i is the same whatever was made before it.
    DemoRandom random(m_seed * 0x9E3779B97F4A7C15ULL + static_cast<quint64>(i));
    Participant p;
    p.pseudonym = pseudonymFor(i);
    p.externalId = numbered("R", static_cast<quint64>(10'000'000 + i));
    const size_t first = pickIndex(random, kFirstNames);
    const size_t name = first * kSurnames.size() + pickIndex(random, kSurnames);
    p.name = m_names[name];
    p.language = random() % 20 == 0 ? QStringLiteral("en") : QStringLiteral("nl");
    const int status = static_cast<int>(random() % 100);
    const QDateTime registered = QDateTime(QDate(2012, 1, 1), QTime(9, 0), Qt::UTC)
                                     .addSecs(static_cast<qint64>(random() % (14LL * 365 * 86400)));
    p.registeredAt = registered;
    p.consentAt = registered;
    if (status >= 98) {
        p.status = Participant::Status::Unsubscribed;
        p.unsubscribedAt = registered.addDays(30 + static_cast<qint64>(random() % 2000));
    } else if (status >= 95) {
        p.status = Participant::Status::Paused;
    }
    if (random() % 100 < 92) {
        const quint64 network = 1 + random() % 5;
        p.mobile = numbered("+316", network * 10'000'000 + random() % 10'000'000);
    }
    if (random() % 100 < 35 || p.mobile.isEmpty()) {
        const char* area = pick(random, kAreaCodes);
        p.phone = QLatin1String("+31") + QLatin1String(area) +
                  numbered("", 2'000'000 + random() % 7'000'000);
    }
    if (random() % 100 < 75) {
        const quint64 number = static_cast<quint64>(i % 1000);
        p.email = m_emailNames[name] + numbered("", number) + QLatin1Char('@') +
                  QLatin1String(pick(random, kDomains));
    }
    const int prefs = static_cast<int>(random() % 10);
    p.channelPrefs =
        prefs < 6   ? (channelBit(BuiltinChannel::Sms) | channelBit(BuiltinChannel::Voice) |
                     channelBit(BuiltinChannel::Email))
        : prefs < 8 ? (channelBit(BuiltinChannel::Sms) | channelBit(BuiltinChannel::Email))
        : prefs < 9 ? channelBit(BuiltinChannel::Sms)
                    : channelBit(BuiltinChannel::Voice);
    const PeopledPlace& home = pickPlace(random);
    p.locations << makeLocation(random, home, ParticipantLocation::Kind::Home);
    if (random() % 100 < 25) {
        // Most people work near home, in a place of their region.
        const PeopledPlace* work = &pickPlace(random);
        for (int attempt = 0; attempt < 8 && std::abs(work->place->lat - home.place->lat) +
                                                     std::abs(work->place->lon - home.place->lon) >
                                                 0.5;
             ++attempt)
            work = &pickPlace(random);
        p.locations << makeLocation(random, *work, ParticipantLocation::Kind::Work);
    }
    return p;
}

Status DemoPopulation::generate(Database& db, qint64 count, quint64 seed, const Progress& progress)
{
    auto places = PlaceTable::load();
    if (!places)
        return places.error();
    auto writer = ParticipantWriter::begin(db, count);
    if (!writer)
        return writer.error();

    // Making participants and writing them run side by side: a worker makes and encodes block
    // k+1, and frees block k-1, while this thread writes block k (the database connection stays
    // on this thread, which is the bottleneck: it does nothing it can hand off).
    constexpr qint64 kBlock = 4096;
    using Block = std::vector<EncodedParticipant>;
    DemoPopulation population(*places, seed);
    auto makeBlock = [&population, count](qint64 first, Block written) {
        written = {};
        Block block;
        block.reserve(static_cast<size_t>(kBlock));
        for (qint64 i = first; i < std::min(first + kBlock, count); ++i)
            block.emplace_back(population.make(i));
        return block;
    };
    std::future<Block> next = std::async(std::launch::async, makeBlock, 0, Block{});
    Block written;
    for (qint64 first = 0; first < count; first += kBlock) {
        Block block = next.get();
        if (first + kBlock < count)
            next = std::async(std::launch::async, makeBlock, first + kBlock, std::move(written));
        for (const EncodedParticipant& p : block)
            if (auto w = (*writer)->write(p); !w)
                return w.error();
        written = std::move(block);
        if (progress && !progress(std::min(first + kBlock, count), count)) {
            if (next.valid())
                next.wait();
            return Error{tr("The demo population was cancelled; the register is unchanged.")};
        }
    }
    if (auto committed = (*writer)->commit(); !committed)
        return committed;
    return db.setMetaValue(QStringLiteral("content"),
                           QStringLiteral("demo:%1:%2").arg(count).arg(seed));
}

} // namespace burgernet
