#include "app/register/Pseudonyms.h"

#include "app/storage/Database.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

namespace burgernet {

namespace {
constexpr char kLetters[] = "BCDFGHJKLMNPQRSTVWXZ";
constexpr int kLength = 12;
constexpr quint64 kSpace = 4'096'000'000'000'000ULL; // 20^12
} // namespace

QString Pseudonyms::fromNumber(quint64 n)
{
    QString text = QStringLiteral("P-");
    text.reserve(2 + kLength);
    for (int k = 0; k < kLength; ++k) {
        text += QLatin1Char(kLetters[n % 20]);
        n /= 20;
    }
    return text;
}

std::optional<quint64> Pseudonyms::numberOf(const QString& pseudonym)
{
    if (pseudonym.size() != 2 + kLength || !pseudonym.startsWith(QLatin1String("P-")))
        return std::nullopt;
    quint64 n = 0;
    for (int k = kLength - 1; k >= 0; --k) {
        const char16_t c = pseudonym.at(2 + k).unicode();
        const char* found =
            c > 0 && c < 0x80 ? std::strchr(kLetters, static_cast<char>(c)) : nullptr;
        if (!found)
            return std::nullopt;
        n = n * 20 + static_cast<quint64>(found - kLetters);
    }
    return n;
}

QString Pseudonyms::randomPseudonym()
{
    // The modulo's bias (2^64 is not a multiple of 20^12) is below one in 4,000: harmless here.
    return fromNumber(QRandomGenerator::global()->generate64() % kSpace);
}

bool Pseudonyms::Pool::loadFrom(Database& db, QString* error)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT pseudonym FROM participants"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next())
        if (const auto n = numberOf(query.value(0).toString()))
            m_taken.insert(*n);
    return true;
}

QString Pseudonyms::Pool::next()
{
    for (;;) {
        const quint64 n = QRandomGenerator::global()->generate64() % kSpace;
        if (m_taken.insert(n).second)
            return fromNumber(n);
    }
}

} // namespace burgernet
