#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <unordered_set>

namespace burgernet {

class Database;

// Pseudonyms for participants who enter the register other than through the demo population:
// "P-" and twelve consonants drawn at random (20^12, about 4 * 10^15 of them), so never a word
// nor a number, and never one of the demo's eight-letter pseudonyms.
class Pseudonyms
{
public:
    static QString randomPseudonym();

    // The number behind a pseudonym of this form, or nothing for any other text.
    static std::optional<quint64> numberOf(const QString& pseudonym);
    static QString fromNumber(quint64 number);

    // Hands out random pseudonyms that are unique in the register: a million random draws among
    // 4 * 10^15 collide with a chance of about 1 in 10,000, and a collision would abort a whole
    // import at its commit, so the register's own pseudonyms of this form are remembered.
    class Pool
    {
    public:
        // Remembers the pseudonyms of this form already in the register.
        bool loadFrom(Database& db, QString* error = nullptr);
        QString next();

    private:
        std::unordered_set<quint64> m_taken;
    };
};

} // namespace burgernet
